import Papa from 'papaparse';

// The one CSV writer of the site (issue 14, class 9). Every CSV the site or its tools write goes through here, so
// a cell that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)) is written as text. A test
// (tests/unit/csv-writers.test.ts) fails if any other module of src/ or scripts/ writes CSV itself.

/** A cell value: numbers are written as numbers, `null`/`undefined` as an empty cell. */
export type CsvValue = string | number | null | undefined;

// Characters that make Excel, WPS or LibreOffice read a cell as a formula (OWASP "CSV injection"): = + - @, and
// their full-width forms (＝ ＋ －, which WPS and Excel with a Chinese input method may take for them), after any
// blanks or invisible characters a spreadsheet may skip (spaces, tabs, line breaks, U+3000, zero-width, BOM).
const FORMULA_START = /^[\s\u3000\u200b-\u200d\u2060\ufeff]*[=+\-@＝＋－＠]|^[\t\r\n]/;

// A plain number as the site writes numbers (-3.5, +2, 1234, 68.4): left as it is so it stays a number.
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/**
 * One cell as text that no spreadsheet runs: a text cell starting with = + - @, a tab or a carriage return gets a
 * leading apostrophe (the OWASP recommendation, which spreadsheets show as the text after it), while a real
 * number, written as a number or as the text of a plain number such as `-3.5` or `+2`, stays a number.
 */
export function neutraliseCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Options of a written CSV file. */
export interface CsvOptions {
  /** Line end: `\r\n` (Excel's own) for downloads, `\n` for files committed to the repository. */
  newline?: '\r\n' | '\n';
  /** Starts the file with a byte-order mark, so Excel on Chinese Windows reads UTF-8 correctly. */
  bom?: boolean;
}

/**
 * Writes a table as CSV: the header, then each row, every cell neutralised (`neutraliseCell`) and quoted where
 * it holds a comma, quote or line break; the file ends with a line end.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const newline = options.newline ?? '\r\n';
  const data = [header.map(neutraliseCell), ...rows.map((r) => r.map(neutraliseCell))];
  return `${options.bom ? '\uFEFF' : ''}${Papa.unparse(data, { newline, escapeFormulae: false })}${newline}`;
}
