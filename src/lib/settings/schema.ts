import { z } from 'zod';
import { textSchema } from '../core/schema-common.ts';

/** Site-wide settings: `data/site.yaml`. Site name and footer text come only from here. */
export const siteSchema = z
  .object({
    /** Site name, shown in the header and page titles. */
    name: textSchema,
    /** One line under the site name. */
    tagline: textSchema,
    /** Footer: where the content comes from. */
    sourceStatement: textSchema,
    /** Footer: licence of the data. */
    licence: textSchema,
    /** Footer: status of the site. */
    disclaimer: textSchema.optional(),
  })
  .strict();

export type SiteConfig = z.output<typeof siteSchema>;
