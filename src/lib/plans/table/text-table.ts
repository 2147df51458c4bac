import { assembleRows, type BodyLine } from './assemble.ts';
import {
  HEADER_PIECE,
  describeColumns,
  mergeHeader,
  readHeaderContinuation,
  readHeaderLine,
  resolveColumns,
  type Column,
  type ValueColumn,
} from './header.ts';
import { unfoldSideBySide } from './side-by-side.ts';
import type { ParsedTable } from './types.ts';

/**
 * The indicator table in text whose columns are separated by two or more spaces or a tab, as text copied from a
 * PDF (or written by the PDF reader) gives it: a header line naming the columns (序号 optional), then the rows.
 */

/** The short line above a table that names it, e.g. “十四五”时期残疾人事业发展主要指标. */
export function captionAbove(lines: string[], at: number): string | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (t.length > 40 || /[。,，；]/.test(t) || /^[—\-－]\s*\d+\s*[—\-－]$/.test(t)) return undefined;
    // The table's label (表1, 附表2, 专栏1) is not part of its name.
    return t.replace(/^(?:附表|表|专栏)\s*\d+[\s：:]*/, '').trim() || undefined;
  }
  return undefined;
}

/**
 * Reads the first table with a recognised header and at least one row (or, failing that, the first header with
 * lines it could not read, so the official sees why). `format` names the source in the dry run.
 */
export function readTextTable(text: string, format: ParsedTable['format'] = 'columns'): ParsedTable | undefined {
  // A table printed in two halves side by side reads as one (each line keeps its number in the file).
  const { lines, numbers } = unfoldSideBySide(text.split(/\r?\n/));
  let failed: ParsedTable | undefined;
  const compact = (s: string) => s.replace(/\s+/g, '');
  for (let h = 0; h < lines.length; h++) {
    let headerText = lines[h]!.trim();
    if (!readHeaderLine(headerText)) continue;
    // 序 above 号 (a narrow 序号 cell printed over two lines) may stand above or below the header line.
    let top = h;
    for (let i = h - 1; i >= 0 && i >= h - 3; i--) {
      const t = compact(lines[i]!);
      if (t === '') continue;
      if (!HEADER_PIECE.test(t)) break;
      top = i;
      if (t === '序' && compact(headerText).startsWith('号')) headerText = `序${headerText}`;
    }
    let next = h + 1;
    let more: Column[] = [];
    for (; next < lines.length; next++) {
      const t = lines[next]!.trim();
      if (t === '' && lines.slice(next + 1, next + 3).some((l) => HEADER_PIECE.test(compact(l)))) continue;
      if (HEADER_PIECE.test(compact(t))) {
        if (compact(t) === '号' && /^序(?!号)/.test(compact(headerText)))
          headerText = headerText.replace(/^序/, '序号');
        continue;
      }
      const cont = readHeaderContinuation(t);
      if (!cont) break;
      more = [...more, ...cont];
    }
    const first = readHeaderLine(headerText);
    if (!first) continue;
    const columns = more.length ? mergeHeader(first, more) : first;
    const header = resolveColumns(columns);
    if (!header) continue;
    const body: BodyLine[] = lines.slice(next).map((l, i) => ({ line: numbers[next + i]!, text: l, cells: [] }));
    const got = assembleRows(header, body);
    const value = (i: number | undefined) => (i === undefined ? undefined : (header.columns[i] as ValueColumn).year);
    const baseYear = value(header.baseline);
    const targetYear = value(header.target);
    const table: ParsedTable = {
      format,
      rows: got.rows,
      caption: captionAbove(lines, top),
      ...(baseYear ? { baseYear } : {}),
      ...(targetYear ? { targetYear } : {}),
      header: describeColumns(header.columns),
      passed: got.passed,
      unread: got.unread,
      ...(got.end ? { end: got.end } : {}),
    };
    if (table.rows.length) return table;
    if (!failed && table.unread?.length) failed = table;
    h = next - 1;
  }
  return failed;
}
