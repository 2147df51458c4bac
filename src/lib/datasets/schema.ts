import { z } from 'zod';
import { CSV_ENCODINGS } from '../core/csv/decode.ts';
import { COLUMN_TYPES, type ColumnType } from '../core/csv/numbers.ts';
import { showInvisible } from '../core/invisible.ts';
import { msg } from '../core/problem.ts';
import { idSchema, plainString, rejectInvisible, textSchema, yearSchema, trueOnly } from '../core/schema-common.ts';
import { isReservedName } from '../core/reserved-names.ts';

/** Topics a dataset is filed under, with the Chinese label shown on pages (a fixed list). */
export const DATASET_TOPICS = {
  certification: '持证残疾人',
  'social-security': '社会保障与补贴',
  rehabilitation: '康复与辅助器具',
  accessibility: '无障碍改造',
  care: '托养与“残疾人之家”',
  employment: '就业创业',
  education: '教育',
  'culture-sports': '文化体育',
} as const;
export type DatasetTopic = keyof typeof DATASET_TOPICS;

/** What a column is for, beyond holding values. */
export const COLUMN_ROLES = {
  /** The verbatim sentence(s) of the source document that every number in the row comes from. */
  sentence: '原文',
  /** The source document id (e.g. 004), when a dataset draws on more than one document. */
  document: '来源文件',
  /** The organisation a row is about (its short or full name, e.g. 瑞安市残联), for datasets covering several. */
  org: '机构',
  /** Free notes, e.g. why a cell is empty (原文未给出金额, 原文为“X万元”). */
  note: '备注',
} as const;
export type ColumnRole = keyof typeof COLUMN_ROLES;

/** Chart types a dataset may declare. */
export const CHART_TYPES = ['bar', 'line', 'stacked-bar', 'pie'] as const;
export type DatasetChartType = (typeof CHART_TYPES)[number];

const enumOf = <T extends string>(values: readonly T[], fix: string) =>
  z.enum(values as [T, ...T[]], {
    error: (issue) =>
      issue.input === undefined ? undefined : msg(`取值“${showInvisible(String(issue.input))}”不在允许范围内`, fix),
  });

/** A source document id: the three-digit number of the seed document (`004`). Unquoted `004` reads as 4. */
export const documentIdSchema = z
  .union([z.string(), z.number()], msg('来源文件编号应为三位数字', "写成 '004' 这样带引号的三位数字"))
  .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v.trim()))
  .superRefine(rejectInvisible)
  .refine((v) => /^\d{3}$/.test(v), msg('来源文件编号应为三位数字', "写成 '004' 这样带引号的三位数字"));

/** One column of the CSV, as its header names it. */
export const columnSchema = z
  .object({
    /** Exactly as in the CSV's first row; never a name the program itself uses (`__proto__`, `constructor`). */
    name: textSchema.refine((name) => !isReservedName(name), {
      error: (iss) =>
        msg(
          `列名“${String(iss.input)}”是程序内部使用的名字，不能作为列名（数据会显示成乱码）`,
          '改用说明这一列内容的中文列名，如 人数、类别；CSV 第一行和元数据 columns 中的 name 一起改',
        ),
    }),
    /** text | integer | decimal | percent | year. */
    type: enumOf(Object.keys(COLUMN_TYPES) as ColumnType[], 'type 只能是 text、integer、decimal、percent、year 之一'),
    /** Unit of the numbers (人, 户, 万元, %, 例…). Values are never converted between units. */
    unit: textSchema.optional(),
    /** What the column means, in a sentence; shown on the page. */
    meaning: textSchema,
    /** sentence | document | org | note, for columns that carry provenance or notes. */
    role: enumOf(
      Object.keys(COLUMN_ROLES) as ColumnRole[],
      'role 只能是 sentence、document、org、note 之一',
    ).optional(),
    /**
     * `true` only for a column of changes (比上年增减, 增长率) where a value below zero is meaningful; otherwise a
     * negative number is rejected as a slip (counts, amounts and rates are never negative).
     */
    canBeNegative: trueOnly('canBeNegative', '这一列是增减数'),
    /**
     * `true` only for a percent column that can exceed 100 (增长率, 完成率 such as 超额完成117.5%); a coverage rate
     * or share (覆盖率, 占比) above 100 is rejected.
     */
    canExceed100: trueOnly('canExceed100', '这一列是增长率、完成率等可以超过 100% 的比例'),
  })
  .strict();

/** Picks one row by the values of its key columns, e.g. `{ 类别: 合计 }`. */
const rowSelectorSchema = z.record(plainString(), z.union([plainString(), z.number()]).transform(String));

/** Metadata of a dataset: `data/datasets/<id>.yaml`, describing `data/datasets/<id>.csv`. */
export const datasetSchema = z
  .object({
    /** Title shown on the site. */
    title: textSchema,
    /** One or two sentences for lists and search. */
    description: textSchema.optional(),
    /** Organisation id(s) from data/orgs/; several when a dataset compares organisations. */
    org: z.union([idSchema, z.array(idSchema).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
    /** The year the figures are about … */
    year: yearSchema.optional(),
    /** … or the period, for multi-year figures. */
    period: z.object({ start: yearSchema, end: yearSchema }).strict().optional(),
    /** When in the year the figures stand, as the source says it (e.g. 截止10月底). */
    asOf: textSchema.optional(),
    /** One of the fixed topics (certification, social-security, …). */
    topic: enumOf(
      Object.keys(DATASET_TOPICS) as DatasetTopic[],
      `topic 只能是以下之一：${Object.keys(DATASET_TOPICS).join('、')}`,
    ),
    /** The documents the figures come from; each row's sentence (role: sentence) is verbatim from one of them. */
    source: z
      .object({
        /** Seed document id(s), e.g. '004'. */
        document: z
          .union([documentIdSchema, z.array(documentIdSchema).min(1)])
          .transform((v) => (Array.isArray(v) ? v : [v])),
        /** Optional note on how the figures were taken from the documents. */
        note: textSchema.optional(),
      })
      .strict(),
    /**
     * 统计口径: when the rows are not measured the same way (a stock on one date against a year's total, a city
     * against a district), the sentence that says how. The page shows it under the chart's title and in the chart's
     * summary, so a comparison never hides it.
     */
    basis: textSchema.optional(),
    /** Terms of reuse, shown with the downloads. */
    licence: textSchema,
    /**
     * `false` on a draft written by `npm run figures -- … --draft`: the figures were found by a program and an
     * official has not yet compared them with the source. Such a dataset is rejected, so it is never published.
     */
    confirmed: z
      .boolean()
      .optional()
      .refine((v) => v !== false, msg('这份数据还没有核对', '逐行对照原文核对后改为 confirmed: true')),
    /** `gb18030` for CSV saved by Excel on Chinese Windows; UTF-8 (with or without BOM) needs nothing. */
    encoding: enumOf(CSV_ENCODINGS, 'encoding 只能是 utf-8 或 gb18030；UTF-8 文件可以不写这一行').optional(),
    /** Column(s) whose values together identify a row; no two rows may repeat them. */
    key: z.array(textSchema).min(1),
    /** Marks the total row: the row whose `column` holds `label` (e.g. 类别 = 合计). Parts must add up to it. */
    total: z
      .object({
        column: textSchema,
        label: textSchema,
        /** Set only when the source's own figures do not add up: said on the page instead of failing the check. */
        note: textSchema.optional(),
      })
      .strict()
      .optional(),
    /** A column that is the sum of other columns in every row. */
    totalColumn: z
      .object({ column: textSchema, parts: z.array(textSchema).min(2), note: textSchema.optional() })
      .strict()
      .optional(),
    /** Every column of the CSV, in any order. */
    columns: z.array(columnSchema).min(1),
    /** Optional chart: x is a text or year column, y one or more number columns (one series each). */
    chart: z
      .object({
        type: enumOf(CHART_TYPES, 'chart.type 只能是 bar、line、stacked-bar、pie 之一'),
        x: textSchema,
        y: z.array(textSchema).min(1),
        /** Chart title; the dataset title when left out. */
        title: textSchema.optional(),
      })
      .strict()
      .optional(),
    /** Key figures other pages (organisation, report) may show: one cell each, picked by row and column. */
    highlights: z
      .array(z.object({ label: textSchema, row: rowSelectorSchema, column: textSchema }).strict())
      .optional(),
  })
  .strict()
  .refine((d) => (d.year === undefined) !== (d.period === undefined), {
    message: msg(
      '要写 year（某一年）或 period（起止年份）之一，且只写一个',
      '例如 year: 2023，或 period: {start: 2021, end: 2025}',
    ),
    path: ['year'],
  })
  .refine((d) => !d.period || d.period.end > d.period.start, {
    message: msg('结束年份应晚于开始年份', '检查 period.start 和 period.end'),
    path: ['period'],
  });

export type DatasetMeta = z.output<typeof datasetSchema>;
export type DatasetColumn = z.output<typeof columnSchema>;
