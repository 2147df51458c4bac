import { assembleRows, type BodyLine } from './assemble.ts';
import { ATTRIBUTE_CELL, looksLikeValue, readMarker } from './cells.ts';
import {
  describeColumns,
  isHeaderCell,
  mergeHeader,
  readHeaderContinuation,
  readHeaderLine,
  resolveColumns,
  type Column,
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

/** A line that ends the table rather than starting a row: a note (注：…) or a sentence. */
const isTableEnd = (t: string) => /^(?:注|备注|说明|资料来源|数据来源)\s*[：:]|[。；]$/.test(t);

/** Groups the body's cells into rows: each group becomes one line of cells for the assembler. */
function group(header: ResolvedHeader, cells: Cell[]): BodyLine[] {
  const cols = header.columns;
  const hasAttr = cols.some((c) => c.kind === 'attribute');
  const attrLast = cols.at(-1)?.kind === 'attribute';
  const hasSeq = cols.some((c) => c.kind === 'seq');
  const hasCategory = cols.some((c) => c.kind === 'category');
  const out: BodyLine[] = [];
  /** `name`: index of the row's name among its cells (after a 序号 cell of its own). */
  let current: { cells: Cell[]; full: number; name: number } | undefined;
  let lastN = 0;
  const flush = () => {
    if (current) {
      const cells = current.cells.map((c) => c.text);
      // A name on two lines of its cell (two paragraphs in a Word cell): the lines beyond a full row, before the
      // figures, are the rest of the name.
      const extra = cells.length - current.full;
      const name = current.name;
      if (extra > 0 && attrLast && ATTRIBUTE_CELL.test(cells.at(-1)!)) {
        const wrapped = cells.slice(name, name + extra + 1);
        if (wrapped.every((t) => !looksLikeValue(t))) cells.splice(name, extra + 1, wrapped.join(''));
      }
      out.push({ line: current.cells[0]!.line, text: cells.join('    '), cells: [] });
    }
    current = undefined;
  };
  const complete = (next?: string) => {
    if (!current) return true;
    const texts = current.cells.map((c) => c.text);
    const attrDone = hasAttr && attrLast && ATTRIBUTE_CELL.test(texts.at(-1) ?? '');
    // Full, unless the attribute is still to come: then a cell went on over two lines.
    if (texts.length >= current.full)
      return attrDone || !(hasAttr && attrLast && next !== undefined && ATTRIBUTE_CELL.test(next));
    return attrDone;
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
      current = { cells: [c], full, name: m.rest !== '' ? 0 : 1 };
      continue;
    }
    if (current && !complete(c.text)) {
      current.cells.push(c);
      continue;
    }
    flush();
    // With a 类别 column and no 序号 column a row starts at the first cell after the header or after the attribute
    // that ended the row before (its 类别, when its merged cell starts there, or its name) and ends at its own
    // attribute. (Without a 类别 column such a cell may as well be a category row over the width.)
    const afterRow = !out.length || ATTRIBUTE_CELL.test(out.at(-1)!.text.split('    ').at(-1)!);
    if (!hasSeq && hasCategory && attrLast && afterRow) {
      if (!looksLikeValue(c.text) && !ATTRIBUTE_CELL.test(c.text) && !isTableEnd(c.text)) {
        current = { cells: [c], full: cols.length, name: 0 };
        continue;
      }
    }
    // A line between rows: a category row, a heading after the table, or a row of a table without numbers.
    out.push({ line: c.line, text: c.text, cells: [] });
  }
  flush();
  return out;
}

/**
 * The columns of a header given one cell per line. A header over two rows (2020年 above 基期值, the other cells
 * merged down both) is saved as the first row's cells, then the second row's: trailing cells that only name a
 * role (基期值, 目标值) complete the year columns before them, in order, rather than being columns of their own.
 */
function headerOf(cells: string[]): Column[] | undefined {
  for (let k = cells.length - 1; k >= 2; k--) {
    const more = readHeaderContinuation(cells.slice(k).join('    '));
    if (!more?.every((c) => c.kind === 'value' && c.role && c.year === undefined)) break;
    const main = readHeaderLine(cells.slice(0, k).join('    '));
    const open = main?.filter((c) => c.kind === 'value' && c.role === undefined && c.year !== undefined);
    if (main && open && open.length === more.length) return mergeHeader(main, more);
  }
  return readHeaderLine(cells.join('    '));
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
    const columns = headerOf(lines.slice(h, end).map((l) => l.text));
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
