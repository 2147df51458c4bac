import { z } from 'zod';
import {
  absoluteUrlSchema,
  apiDateSchema,
  apiResponseSchema,
  documentRefSchema,
  type ApiContext,
} from '../core/api.ts';
import { reportDates } from './feed.ts';
import { reportUrl } from './reports.ts';
import { REPORT_KINDS, type Report, type ReportKind } from './schema.ts';

// /api/reports.json: every report with its dates and its source document (issue 18, part 5).

const kinds = Object.keys(REPORT_KINDS) as [ReportKind, ...ReportKind[]];

/** One report as /api/reports.json lists it. */
export const reportApiItemSchema = z
  .object({
    id: z.string().min(1).describe('报告编号（机构编号/年份-类型），全站唯一'),
    org: z.string().min(1).describe('机构编号'),
    year: z.number().int().describe('报告所讲的年份（五年规划为第一年）'),
    endYear: z.number().int().optional().describe('多年文件的最后一年'),
    kind: z.enum(kinds).describe('报告类型'),
    kindLabel: z.string().min(1).describe('报告类型的中文名称'),
    title: z.string().min(1).describe('本站标题'),
    summary: z.string().min(1).optional().describe('一两句摘要'),
    published: apiDateSchema.optional().describe('本站发布日期'),
    updated: apiDateSchema.describe('本站最后更新日期'),
    url: absoluteUrlSchema.describe('报告网页'),
    source: z
      .object({
        title: z.string().min(1).describe('原文件标题，照录'),
        publisher: z.string().min(1).describe('原文件的发布机构'),
        published: apiDateSchema.optional().describe('原文件的发布日期（原文写明时才有）'),
        url: absoluteUrlSchema.optional().describe('原文件在发布机构网站上的网址（已知时才有）'),
        document: documentRefSchema.optional().describe('来源文件在本站的登记'),
      })
      .strict(),
  })
  .strict();

/** The whole response of /api/reports.json. */
export const reportsApiSchema = apiResponseSchema('reports', reportApiItemSchema);

/** A report as the API lists it. */
export function reportApiItem(id: string, r: Report, ctx: ApiContext): z.output<typeof reportApiItemSchema> {
  const document = ctx.documentOfFile(r.source.file);
  return {
    id,
    org: r.org,
    year: r.year,
    ...(r.endYear ? { endYear: r.endYear } : {}),
    kind: r.kind,
    kindLabel: REPORT_KINDS[r.kind],
    title: r.title,
    ...(r.summary ? { summary: r.summary } : {}),
    ...reportDates(r),
    url: ctx.abs(reportUrl(id)),
    source: {
      title: r.source.title,
      publisher: r.source.publisher,
      ...(r.source.published ? { published: r.source.published } : {}),
      ...(r.source.url ? { url: r.source.url } : {}),
      ...(document ? { document } : {}),
    },
  };
}
