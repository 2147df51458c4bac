/**
 * A plan's main-indicator table (主要指标表) as read from a document: its rows with the cells as printed, what the
 * header says each column holds, and every line the reader passed over or could not read.
 */

/** A value the table gives for a year other than the baseline and target (`2023年` between 2020年 and 2025年). */
export interface YearValue {
  year?: number;
  /** The header of the column, e.g. `2023年`. */
  label: string;
  /** The cell as printed. */
  text: string;
  /** `milestone` (a target on the way) or `actual` (the header says 完成/实际). */
  role: 'milestone' | 'actual';
}

/** One row of the table, cells as written. */
export interface TableRow {
  /** Running number of the indicator in the table (1, 2, 3…), whatever the printed numbering. */
  seq: number;
  /** The indicator's name, without the unit in its trailing parentheses. */
  name: string;
  /** Baseline cell; absent when the row has a single merged value cell or the table no baseline column. */
  baseline?: string;
  /** Target cell (or the merged value cell). */
  target: string;
  /** 约束性 / 预期性 when the table has that column. */
  attribute?: string;
  /** The row's cells as written, for the source quote. */
  cells: string[];
  /** 1-based line of the row in text input. */
  line?: number;
  /** The numbering as printed (`1.`, `（1）`), when the row is numbered. */
  marker?: string;
  /** The group the row is in, from the category row above it or the 类别 column. */
  category?: string;
  /** The unit, from the name's parentheses (`(%)`) or the 单位 column. */
  unit?: string;
  /** The table marks the row's values as totals over the period (〔 〕, 累计). */
  cumulative?: boolean;
  /** Values of the other year columns. */
  others?: YearValue[];
  /** The 备注 cell. */
  note?: string;
  /** The row has one value cell for a table with several value columns (a merged cell). */
  merged?: boolean;
  /** All 1-based lines the row was read from (a name wrapped over lines, a row split by a page break). */
  lines?: number[];
}

/** A line of the source the reader passed over, with why. */
export interface PassedLine {
  line: number;
  text: string;
  /** In Chinese, for the dry run: 页码, 重复的表头, 分类行, 续表… */
  why: string;
}

/** A parsed table. */
export interface ParsedTable {
  format: 'docx' | 'lines' | 'columns' | 'pdf';
  rows: TableRow[];
  /** Year of the baseline column (from a header such as 2020年基期值). */
  baseYear?: number;
  /** Year of the target column (from 2025年目标值). */
  targetYear?: number;
  /** The table's title line, e.g. “十四五”时期残疾人事业发展主要指标. */
  caption?: string;
  /** The header as read: `指标 | 2025年（目标值） | 属性`. */
  header?: string;
  /** Lines inside the table that are not rows: page numbers, repeated headers, category rows, joined lines. */
  passed?: PassedLine[];
  /** Lines inside the table that could not be read. Any of them stops the import: nothing half-read is written. */
  unread?: PassedLine[];
  /** Where the table ends and why (`第 30 行：注：…`), for the dry run. */
  end?: PassedLine;
}
