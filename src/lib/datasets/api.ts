import { z } from 'zod';
import { absoluteUrlSchema, apiResponseSchema, documentRefSchema, type ApiContext } from '../core/api.ts';
import { COLUMN_TYPES, type ColumnType } from '../core/csv/numbers.ts';
import { embedDatasetUrl } from '../core/urls.ts';
import { datasetCsvUrl, datasetJsonUrl, datasetUrl, periodLabel } from './catalogue.ts';
import { datasetPage } from './page.ts';
import { CHART_TYPES, COLUMN_ROLES, DATASET_TOPICS, type ColumnRole, type DatasetTopic } from './schema.ts';
import type { Dataset } from './types.ts';

// /api/datasets.json: every dataset's metadata with its pages and downloads (issue 18, part 5). Field names are
// the API's own where the metadata file's would clash with the envelope: the metadata's one-or-many `org` is
// always the list `orgs`, its `source.document` the list of registered `documents`, its `period` has the plans'
// `startYear`/`endYear`, and its reuse sentence
// (`licence` in the file) `terms`, beside the envelope's `licence` record.

const topics = Object.keys(DATASET_TOPICS) as [DatasetTopic, ...DatasetTopic[]];
const columnTypes = Object.keys(COLUMN_TYPES) as [ColumnType, ...ColumnType[]];
const roles = Object.keys(COLUMN_ROLES) as [ColumnRole, ...ColumnRole[]];
const text = () => z.string().min(1);

const columnApiSchema = z
  .object({
    name: text().describe('列名，与 CSV 第一行相同'),
    type: z.enum(columnTypes).describe('类型'),
    unit: text().optional().describe('单位'),
    meaning: text().describe('这一列的意思'),
    role: z.enum(roles).optional().describe('记录出处或备注的列'),
    canBeNegative: z.literal(true).optional().describe('可以为负数（增减数）'),
    canExceed100: z.literal(true).optional().describe('百分数可以超过 100'),
  })
  .strict();

/** One dataset as /api/datasets.json lists it. */
export const datasetApiItemSchema = z
  .object({
    id: text().describe('数据集编号，全站唯一'),
    title: text().describe('标题'),
    description: text().optional().describe('说明'),
    orgs: z.array(text()).min(1).describe('数据所属机构的编号'),
    year: z.number().int().optional().describe('数据所讲的年份'),
    period: z
      .object({ startYear: z.number().int(), endYear: z.number().int() })
      .strict()
      .optional()
      .describe('多年数据的起止年份'),
    asOf: text().optional().describe('数据截止的时间，照录原文'),
    periodLabel: text().describe('时间的中文写法'),
    topic: z.enum(topics).describe('主题'),
    topicLabel: text().describe('主题的中文名称'),
    documents: z.array(documentRefSchema).min(1).describe('数字出自的来源文件'),
    sourceNote: text().optional().describe('怎样从来源文件中取数的说明'),
    basis: text().optional().describe('统计口径'),
    terms: text().describe('转载说明'),
    key: z.array(text()).min(1).describe('确定一行的列'),
    total: z.object({ column: text(), label: text(), note: text().optional() }).strict().optional().describe('合计行'),
    totalColumn: z
      .object({ column: text(), parts: z.array(text()).min(2), note: text().optional() })
      .strict()
      .optional()
      .describe('合计列'),
    columns: z.array(columnApiSchema).min(1),
    chart: z
      .object({ type: z.enum(CHART_TYPES), x: text(), y: z.array(text()).min(1), title: text().optional() })
      .strict()
      .optional(),
    rowCount: z.number().int().nonnegative().describe('行数'),
    url: absoluteUrlSchema.describe('数据集网页'),
    embed: absoluteUrlSchema.optional().describe('可嵌入其他网页的图表（有图表时才有）'),
    downloads: z
      .object({ csv: absoluteUrlSchema.describe('长表 CSV'), json: absoluteUrlSchema.describe('JSON') })
      .strict(),
  })
  .strict();

/** The whole response of /api/datasets.json. */
export const datasetsApiSchema = apiResponseSchema('datasets', datasetApiItemSchema);

/** A dataset as the API lists it. */
export function datasetApiItem(d: Dataset, ctx: ApiContext): z.output<typeof datasetApiItemSchema> {
  const m = d.meta;
  return {
    id: d.id,
    title: m.title,
    ...(m.description ? { description: m.description } : {}),
    orgs: m.org,
    ...(m.year !== undefined ? { year: m.year } : {}),
    ...(m.period ? { period: { startYear: m.period.start, endYear: m.period.end } } : {}),
    ...(m.asOf ? { asOf: m.asOf } : {}),
    periodLabel: periodLabel(m),
    topic: m.topic,
    topicLabel: DATASET_TOPICS[m.topic],
    documents: m.source.document.map((id) => ctx.document(id)),
    ...(m.source.note ? { sourceNote: m.source.note } : {}),
    ...(m.basis ? { basis: m.basis } : {}),
    terms: m.licence,
    key: m.key,
    ...(m.total ? { total: m.total } : {}),
    ...(m.totalColumn ? { totalColumn: m.totalColumn } : {}),
    columns: m.columns,
    ...(m.chart ? { chart: m.chart } : {}),
    rowCount: d.rows.length,
    url: ctx.abs(datasetUrl(d.id)),
    // The embed page exists where the dataset page draws a chart (src/pages/embed/data/[id].astro).
    ...(m.chart && datasetPage(d).chart ? { embed: ctx.abs(embedDatasetUrl(d.id)) } : {}),
    downloads: { csv: ctx.abs(datasetCsvUrl(d.id)), json: ctx.abs(datasetJsonUrl(d.id)) },
  };
}
