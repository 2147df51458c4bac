// How a download names a source document and quotes it, so that a file stands on its own (issue 18): a document
// id is never written bare (Excel turns "003" into 3), and a table row is never a markdown pipe row.

/**
 * The title of a source document by its id (`003`). Features take it as a parameter; the site layer supplies it
 * from the register of source documents (src/site/downloads.ts, `documentTitle`).
 */
export type DocumentTitleOf = (documentId: string) => string;

/** How a table row is quoted in data files: its cells joined by this separator (the document has one per line). */
export const TABLE_ROW_SEPARATOR = ' | ';

/** A document id as text that no spreadsheet turns into a number: `003` → `文件003`. */
export function documentLabel(id: string): string {
  return `文件${id}`;
}

/**
 * A source quote as plain text for a download. A sentence stays as written; a table row quoted as its cells
 * (`2 | 困难残疾人生活补贴覆盖率 | 99% | >99% | 约束性`) becomes `表格一行，各栏依次为：2；困难残疾人生活补贴覆盖率；99%；>99%；约束性`,
 * with where the row is (`“十四五”时期残疾人事业发展主要指标表第2行`) in place of “表格一行” when known. The cells are
 * kept verbatim.
 */
export function quoteAsText(quote: string, location?: string): string {
  if (!quote.includes(TABLE_ROW_SEPARATOR)) return quote;
  const cells = quote.split(TABLE_ROW_SEPARATOR).map((c) => c.trim());
  return `${location ?? '表格一行'}，各栏依次为：${cells.join('；')}`;
}
