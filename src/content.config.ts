// Content collections. Each schema is the same zod schema `npm run check` uses (the `schema.ts` of each feature in src/lib), so the site,
// the check and the build can never disagree about what a valid file is.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guides/schema.ts';
import { orgSchema } from './lib/orgs/schema.ts';
import { reportSchema } from './lib/reports/schema.ts';

const orgs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './data/orgs' }),
  schema: orgSchema,
});

// Pages render `rendered` HTML and never read the raw markdown `body`; keeping it would nearly double the content
// store the build loads into memory (762 MB instead of 454 MB at national scale, see docs/benchmarks.md).
const reports = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/reports', retainBody: false }),
  schema: reportSchema,
});

// README.md in the folder is a note for officials, not a guide.
const guides = defineCollection({
  loader: glob({ pattern: ['*.md', '!README.md'], base: './content/guides', retainBody: false }),
  schema: guideSchema,
});

export const collections = { orgs, reports, guides };
