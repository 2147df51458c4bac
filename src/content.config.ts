// Content collections. Each schema is the same zod schema `npm run check` uses (the `schema.ts` of each feature in src/lib), and each
// loader lists the files its kind declares (`files` in the feature's kind.ts, the same object `checkSite` lists them with), so the
// site, the check and the build can never disagree about what a valid file is, nor about which files there are.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideKind } from './lib/guides/kind.ts';
import { guideSchema } from './lib/guides/schema.ts';
import { orgKind } from './lib/orgs/kind.ts';
import { orgSchema } from './lib/orgs/schema.ts';
import { reportKind } from './lib/reports/kind.ts';
import { reportSchema } from './lib/reports/schema.ts';

/** The kinds that are content collections, by collection name; tests/unit/file-kinds.test.ts reads this. */
export const COLLECTION_KINDS = { orgs: orgKind, reports: reportKind, guides: guideKind };

const orgs = defineCollection({
  loader: glob({ ...COLLECTION_KINDS.orgs.files }),
  schema: orgSchema,
});

// Pages render `rendered` HTML and never read the raw markdown `body`; keeping it would nearly double the content
// store the build loads into memory (762 MB instead of 454 MB at national scale, see docs/benchmarks.md).
const reports = defineCollection({
  loader: glob({ ...COLLECTION_KINDS.reports.files, retainBody: false }),
  schema: reportSchema,
});

const guides = defineCollection({
  loader: glob({ ...COLLECTION_KINDS.guides.files, retainBody: false }),
  schema: guideSchema,
});

export const collections = { orgs, reports, guides };
