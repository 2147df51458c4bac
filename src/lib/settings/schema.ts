import { z } from 'zod';
import { maintainersSchema, textSchema } from '../core/schema-common.ts';
import { publicAddressSchema } from './public-address.ts';
import { dataLicenceSchema } from './licence.ts';

/** Site-wide settings: `data/site.yaml`. Site name and footer text come only from here. */
export const siteSchema = z
  .object({
    /** Site name, shown in the header and page titles. */
    name: textSchema,
    /** One line under the site name. */
    tagline: textSchema,
    /** Footer: where the content comes from. */
    sourceStatement: textSchema,
    /**
     * The site's public address (`https://…/`): canonical links, the feed, the APIs, citations and embed codes are
     * absolute URLs under it.
     */
    url: publicAddressSchema,
    /** Footer: licence of the data, in a sentence for readers. */
    licence: textSchema,
    /** The same licence as an SPDX id (`CC-BY-4.0`), for the APIs and the data package. */
    dataLicence: dataLicenceSchema,
    /**
     * The site's maintainers on the git host (`@canlian/site-team`): they own every file no one organisation owns
     * (this file, national and shared guides, the source register, the code) and are CODEOWNERS' `*` line.
     */
    maintainers: maintainersSchema.optional(),
    /** Footer: status of the site. */
    disclaimer: textSchema.optional(),
  })
  .strict();

export type SiteConfig = z.output<typeof siteSchema>;
