import type { SourceRef } from './source-ref.ts';

/**
 * Columns of `data/plans/<plan>/actuals.csv`, in the order the template uses. `text` (the value as the document
 * writes it, e.g. 73％) and `note` may be empty; every other cell is required.
 */
export const ACTUAL_COLUMNS = ['indicator', 'year', 'value', 'text', 'document', 'quote', 'note'] as const;
export type ActualColumn = (typeof ACTUAL_COLUMNS)[number];

/** Columns that may be left empty. */
export const OPTIONAL_ACTUAL_COLUMNS: readonly ActualColumn[] = ['text', 'note'];

/** What each column holds, for messages and the publishing guide. */
export const ACTUAL_COLUMN_LABELS: Record<ActualColumn, string> = {
  indicator: '指标编号（indicators.yaml 中的 id）',
  year: '年份（四位数字）',
  value: '实际值（数字；百分比写 73，不写 0.73）',
  text: '原文写法（如 73％，可空）',
  document: '来源文件编号（如 004）',
  quote: '来源原句（照抄原文）',
  note: '备注（可空）',
};

/** One reported value of an indicator (实际值), one row of the actuals CSV. */
export interface Actual {
  /** Id of the indicator within the plan. */
  indicator: string;
  /** The year the value is for. */
  year: number;
  /** The value, in the indicator's unit (a percentage as 73, not 0.73). */
  value: number;
  /** The value as the document writes it, e.g. `73％`. */
  text?: string;
  /** The document and sentence, verbatim. */
  source: SourceRef;
  /** A remark, e.g. how the document's own rounding differs. */
  note?: string;
  /** 1-based line of the row in the CSV file. */
  line: number;
}
