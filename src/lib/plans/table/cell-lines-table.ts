import { assembleRows, type BodyLine } from './assemble.ts';
import { ATTRIBUTE_CELL, looksLikeValue, readMarker } from './cells.ts';
import {
  describeColumns,
  isHeaderCell,
  readHeaderLine,
  resolveColumns,
  type ResolvedHeader,
  type ValueColumn,
} from './header.ts';
import { captionAbove } from './text-table.ts';
import type { ParsedTable } from './types.ts';

/**
 * The indicator table in text with one cell per line, as a web page or a Word table saved as text gives it
 * (seed 003): the header's cells on lines of their own (序号 / 指  标 / 2020年 / 基期值 …), then each row's cells.
 * The lines are grouped back into rows (a row starts at its number, or at its name in a table without numbers,
 * and is whole at its attribute or when it has a cell for every column), and the rows read like space-aligned
 * text (assemble.ts), so category rows, units in names and the value columns work the same way.
 */

interface Cell {
  text: string;
  line: number;
}

/** Groups the body's cells into rows: each group becomes one line of cells for the assembler. */
function group(header: ResolvedHeader, cells: Cell[]): BodyLine[] {
  const cols = header.columns;
  const hasAttr = cols.some((c) => c.kind === 'attribute');
  const attrLast = cols.at(-1)?.kind === 'attribute';
  const out: BodyLine[] = [];
  let current: { cells: Cell[]; full: number } | undefined;
  let lastN = 0;
  const flush = () => {
    if (current)
      out.push({ line: current.cells[0]!.line, text: current.cells.map((c) => c.text).join('    '), cells: [] });
    current = undefined;
  };
  const complete = () => {
    if (!current) return true;
    const texts = current.cells.map((c) => c.text);
    if (texts.length >= current.full) return true;
    return hasAttr && attrLast && ATTRIBUTE_CELL.test(texts.at(-1) ?? '');
  };
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    const m = readMarker(c.text);
    const next = cells[i + 1]?.text;
    // A number alone starts a row when it is the next number and a name follows (not when it is a value).
    const startsRow =
      m !== undefined &&
      (m.n === lastN + 1 || (m.n === 1 && lastN > 0)) &&
      (m.rest !== '' || (next !== undefined && !looksLikeValue(next) && !ATTRIBUTE_CELL.test(next))) &&
      (complete() || !hasAttr || (current?.cells.length ?? 0) >= 3);
    if (startsRow) {
      flush();
      lastN = m.n;
      // With the number before the name (1.残疾人…), the row has no cell for the 序号 column.
      const full =
        cols.length -
        (m.rest !== '' && cols.some((k) => k.kind === 'seq') ? 1 : 0) -
        (cols.some((k) => k.kind === 'category') ? 1 : 0);
      current = { cells: [c], full };
      continue;
    }
    if (current && !complete()) {
      current.cells.push(c);
      continue;
    }
    flush();
    // A line between rows: a category row, a heading after the table, or a row of a table without numbers.
    out.push({ line: c.line, text: c.text, cells: [] });
  }
  flush();
  return out;
}

/** Reads the first one-cell-per-line table with a recognised header and rows. */
export function readCellLinesTable(text: string): ParsedTable | undefined {
  const all = text.split(/\r?\n/);
  const lines = all.map((t, i) => ({ text: t.trim(), line: i + 1 })).filter((l) => l.text !== '');
  for (let h = 0; h < lines.length; h++) {
    if (!isHeaderCell(lines[h]!.text)) continue;
    let end = h;
    while (end < lines.length && isHeaderCell(lines[end]!.text)) end++;
    // One header cell per line: at least an indicator column and a value or attribute column on separate lines.
    if (end - h < 2) continue;
    const columns = readHeaderLine(
      lines
        .slice(h, end)
        .map((l) => l.text)
        .join('    '),
    );
    const header = columns && resolveColumns(columns);
    if (!header) {
      h = end - 1;
      continue;
    }
    const body = group(header, lines.slice(end));
    const got = assembleRows(header, body);
    if (!got.rows.length) {
      h = end - 1;
      continue;
    }
    const year = (i: number | undefined) => (i === undefined ? undefined : (header.columns[i] as ValueColumn).year);
    const baseYear = year(header.baseline);
    const targetYear = year(header.target);
    return {
      format: 'lines',
      rows: got.rows,
      caption: captionAbove(all, lines[h]!.line - 1),
      ...(baseYear ? { baseYear } : {}),
      ...(targetYear ? { targetYear } : {}),
      header: describeColumns(header.columns),
      passed: got.passed,
      unread: got.unread,
      ...(got.end ? { end: got.end } : {}),
    };
  }
  return undefined;
}
