import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { changesSchema, idSchema, isoDateSchema, textSchema, yearSchema } from '../core/schema-common.ts';
import { siteUrlSchema } from '../core/site-url.ts';

/** Kinds of report, with their Chinese labels. */
export const REPORT_KINDS = {
  summary: '年度工作总结',
  plan: '年度工作计划',
  'summary-and-plan': '年度总结和计划',
  'five-year-plan': '五年规划',
} as const;
export type ReportKind = keyof typeof REPORT_KINDS;

const kindSchema = z.enum(Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]]);

/** Where a report came from: the original document. */
export const reportSourceSchema = z
  .object({
    /** The document's original title, verbatim. */
    title: textSchema,
    /** Who published it, e.g. 丽水市残疾人联合会. */
    publisher: textSchema,
    /** Publication date, only where the document gives it. */
    published: isoDateSchema.optional(),
    /** File name of the original document as received. */
    file: textSchema,
    /** Web address of the original, where known. */
    url: siteUrlSchema.optional(),
  })
  .strict();

/** Front matter of an annual report: `content/reports/<org>/<year>-<kind>.md`. */
export const reportSchema = z
  .object({
    /** Title shown on the site. */
    title: textSchema,
    /** Id of the organisation (a file in data/orgs/). */
    org: idSchema,
    /** The year the report is about (for a five-year plan, its first year). */
    year: yearSchema,
    /** For multi-year documents: the last year of the period (e.g. 2025 for 2021–2025). */
    endYear: yearSchema.optional(),
    /** summary | plan | summary-and-plan | five-year-plan. */
    kind: kindSchema,
    /** One or two sentences shown in lists and search results. */
    summary: textSchema.optional(),
    /** The day this site published the report (not the original's date, which is `source.published`). */
    published: isoDateSchema.optional(),
    /** Date the report was last updated, when `changes` does not say (the newest change wins). */
    updated: isoDateSchema.optional(),
    source: reportSourceSchema,
    /** 页面历史: major changes, each with its date and a note for readers. */
    changes: changesSchema,
  })
  .strict()
  // The feed and the APIs date every report by what its file says, never by the build clock: a report must say
  // when this site published it.
  .refine((r) => r.published !== undefined || r.updated !== undefined || r.changes.length > 0, {
    message: msg(
      '没有写本站发布这份报告的日期',
      '在 title 下面加一行“published: 年-月-日”，写本站发布这份报告的日期，如 published: 2024-01-31（原文自己的发布日期写在 source 的 published 中）',
    ),
    path: ['published'],
  })
  .refine((r) => r.endYear === undefined || r.endYear > r.year, {
    message: msg('结束年份不能早于或等于开始年份', '检查 year 和 endYear，例如 year: 2021、endYear: 2025'),
    path: ['endYear'],
  });

export type Report = z.output<typeof reportSchema>;
