import type { CsvEncoding } from '../core/csv/decode.ts';
import type { CellValue } from '../core/csv/numbers.ts';
import type { DatasetMeta } from './schema.ts';

/** One validated row of a dataset. */
export interface DatasetRow {
  /** Line in the CSV file where the row starts. */
  line: number;
  /** Typed values by column name: numbers, text, or null for an empty cell. */
  cells: Record<string, CellValue>;
  /** The cells exactly as written (trimmed), by column name. */
  raw: Record<string, string>;
  /** True for the row marked as the total (metadata `total`). */
  total: boolean;
  /** Id of the source document of this row's figures (e.g. `004`). */
  document: string;
  /** The verbatim source sentence of this row. */
  sentence: string;
  /** Id of the organisation the row is about. */
  org: string;
}

/** A dataset: its metadata and its validated rows. */
export interface Dataset {
  /** File name without extension, used in URLs. */
  id: string;
  meta: DatasetMeta;
  /** Project-relative paths of the two files. */
  csvFile: string;
  metaFile: string;
  /** How the CSV was decoded. */
  encoding: CsvEncoding;
  rows: DatasetRow[];
}

/** The organisation fields datasets need (to read an org column). */
export interface OrgRef {
  id: string;
  name: string;
  shortName: string;
  /** The area it serves (示例市), to recognise a row that is the whole area's total. */
  region?: string;
}
