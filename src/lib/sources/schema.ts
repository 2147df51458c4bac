import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { idSchema, isoDateSchema, plainString, textSchema, yearSchema } from '../core/schema-common.ts';
import { siteUrlSchema } from '../core/site-url.ts';
import { SEED_DOCUMENT_PATTERN } from '../core/source-ref.ts';

// The register of source documents (issue 18, part 2): one `data/sources/<id>.yaml` per document that figures
// are quoted from, so that a page can name a document by its title and link to a page about it, never by its
// number or file name. Nothing here may be guessed: a date only when the document states it, a web address only
// where the original is known to be published.

/** What kind of document it is, as pages name it. */
export const SOURCE_KINDS = ['工作总结', '工作总结和计划', '年度回顾和展望', '发展规划', '工作计划', '其他'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where the kept copies of source documents live in the project. */
export const SOURCES_FOLDER = 'sources/';

/** A path to a kept copy: under `sources/`, forward slashes, no `..`, no empty or hidden parts. */
const keptFileSchema = plainString()
  .trim()
  .refine(
    (p) =>
      p.startsWith(SOURCES_FOLDER) &&
      p
        .slice(SOURCES_FOLDER.length)
        .split('/')
        .every((part) => part !== '' && part !== '..' && !part.startsWith('.')) &&
      !p.includes('\\'),
    msg(
      'file 应写成 sources/ 下的文件路径',
      '写保存的原文件在项目中的位置，如 sources/seeds/003_a1e747283835999b.txt（用 / 分隔，不要写 .. 或盘符）',
    ),
  );

/** One source document. */
export const sourceDocumentSchema = z
  .object({
    /** The three-digit number content cites it by (`document: "003"`); also the file name. */
    id: z
      .union([z.string(), z.number()], msg('id 应为三位编号', '写成 id: "003"（加英文引号）'))
      .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v.trim()))
      .pipe(
        plainString().regex(SEED_DOCUMENT_PATTERN, msg('id 应为三位数字编号', '写成 id: "003"，与文件名一致')),
      ),
    /** The document's title as it gives it (or, where it has none, as the site names it; say so in `note`). */
    title: textSchema,
    /** Who published it: the organisation's id in data/orgs/ where it is one, and its name as pages show it. */
    publisher: z
      .object(
        {
          org: idSchema.optional(),
          name: textSchema,
        },
        msg('publisher 写法不对', '在 publisher 下写 name: 发布机构全称，是本站机构时再写 org: 机构编号'),
      )
      .strict(),
    /** The date the document itself states (发布时间, 落款日期). Never a guess. */
    date: isoDateSchema.optional(),
    /** The years the document covers, for a document that states no date (e.g. [2020, 2021]). */
    years: z
      .array(yearSchema, msg('years 应为年份列表', '写成 years: [2020, 2021]（文件涉及的年份）'))
      .min(1, msg('years 是空的', '写出文件涉及的年份，如 years: [2023]；不知道就删掉这一行'))
      .optional(),
    /** 工作总结、发展规划… */
    kind: z.enum(SOURCE_KINDS, msg('kind 写法不对', `写其中之一：${SOURCE_KINDS.join('、')}`)),
    /** The original's public web address, only where it is known; otherwise left out. */
    url: siteUrlSchema.optional(),
    /** The kept copy in the project, e.g. sources/seeds/003_a1e747283835999b.txt. */
    file: keptFileSchema,
    /** What a reader should know about the document (how it was obtained, what was anonymised). */
    note: textSchema.optional(),
  })
  .strict()
  .refine(
    (d) => d.date !== undefined || d.years !== undefined,
    {
      path: ['years'],
      message: msg(
        '没有写日期，也没有写涉及的年份',
        '原文写明日期就写 date: 2021-12-16；没有写明就写 years: [2020]（文件涉及的年份）',
      ),
    },
  );

export type SourceDocument = z.output<typeof sourceDocumentSchema>;
