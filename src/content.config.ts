// Content collections. Each schema is the same zod schema `npm run check` uses (src/lib/schemas), so the site,
// the check and the build can never disagree about what a valid file is.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { orgSchema } from './lib/schemas/org.ts';
import { reportSchema } from './lib/schemas/report.ts';

const orgs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './data/orgs' }),
  schema: orgSchema,
});

const reports = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/reports' }),
  schema: reportSchema,
});

export const collections = { orgs, reports };
