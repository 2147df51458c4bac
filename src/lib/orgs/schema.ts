import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { idSchema, maintainersSchema, textSchema } from '../core/schema-common.ts';
import { siteUrlSchema } from '../core/site-url.ts';
import { orgContactSchema } from './contact.ts';
import { seedDocumentSchema } from '../core/source-ref.ts';

/** Administrative levels of a federation, with the Chinese label shown on pages. */
export const ORG_LEVELS = { province: '省级', city: '地市级', county: '县（市）级', district: '区级' } as const;

/** An organisation (a disabled persons' federation), one YAML file in `data/orgs/<id>.yaml`. */
export const orgSchema = z
  .object({
    /** Same as the file name without `.yaml`; used in URLs and by reports to name their organisation. */
    id: idSchema,
    /** Full Chinese name, e.g. 丽水市残疾人联合会. */
    name: textSchema,
    /** Short name used in lists, e.g. 丽水市残联. */
    shortName: textSchema,
    /** province | city | county | district. */
    level: z.enum(
      Object.keys(ORG_LEVELS) as [keyof typeof ORG_LEVELS, ...(keyof typeof ORG_LEVELS)[]],
      msg(
        '层级写法不对',
        `只能填写 ${Object.entries(ORG_LEVELS)
          .map(([k, v]) => `${k}（${v}）`)
          .join('、')} 之一`,
      ),
    ),
    /** The region the federation serves, e.g. 丽水市. Anonymised names stay as the source wrote them (XX区). */
    region: textSchema,
    /** The region above it, e.g. 浙江省. */
    parentRegion: textSchema,
    /**
     * The federation one level up (province → city → county or district), by its id, when that federation is on
     * the site too: pages and the directory show the tree from it. Checked: it exists, it is a higher level, its
     * region is this file's parentRegion, and following parents never comes back here.
     */
    parent: idSchema.optional(),
    /** The federation's own website, only where known from a source. */
    website: siteUrlSchema.optional(),
    /**
     * True when the source anonymised the organisation's name (XX区): pages then say so next to the name, so that
     * readers do not take “XX” for a mistake of the site.
     */
    anonymised: z
      .boolean(msg('anonymised 应为 true 或 false', '来源文件把名称匿名了就写 anonymised: true，否则删掉这一行'))
      .optional(),
    /** 联系方式, each item with its source; left out when no source gives one (pages then say so). */
    contact: orgContactSchema.optional(),
    /**
     * Who maintains this organisation's files on the git host (account names, `@huzhou-canlian`): CODEOWNERS names
     * them for the organisation's files, and `npm run check -- --changes-for` tells others whose files they touched.
     * Left out until the organisation has named its maintainers; its files then fall to the site's maintainers.
     */
    maintainers: maintainersSchema.optional(),
    /** The source document the facts in this file come from, by its number in the register (`"004"`). */
    document: seedDocumentSchema.optional(),
    /**
     * A sentence about where the facts in this file come from. It never names a document by its number: the
     * page shows the document of `document` by its title, linked to its page.
     */
    source: textSchema.refine(
      (s) => !/文件\s*\d{3}/.test(s),
      msg(
        'source 中写了来源文件的编号，读者看不懂编号',
        '把编号写到单独一行 document: "004"（网页上会显示文件标题并链接到来源页），source 只写说明文字',
      ),
    ),
  })
  .strict();

export type Org = z.output<typeof orgSchema>;
