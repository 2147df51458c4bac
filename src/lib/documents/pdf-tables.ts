import { isCjk, type PdfCell, type PdfLine } from './pdf-lines.ts';
import { columnsOfCell, overlaps, rowGroups } from './pdf-table-rows.ts';

/**
 * Tables in a PDF's text layer: runs of lines split into cells by wide gaps. The columns are the x ranges of the
 * fullest rows; a cell that spans several columns is a merged cell. A row printed on several lines (a header cell
 * 2020年 / 基期值, a row number centred beside a two-line name) is one row: its lines overlap vertically.
 */

export interface PdfTable {
  /** The lines the table is printed on, in reading order. */
  lines: PdfLine[];
  /** Rows of cells by column, the first row the header; a merged cell's text is in each column it spans. */
  rows: string[][];
  /** Each row as one line of text, cells left to right separated by four spaces (a merged cell once). */
  textRows: string[];
  /** The reading-order line each row starts on. */
  rowLines: number[];
  /** Merged cells: the line and text of each cell written into more than one column. */
  merged: { line: number; text: string; columns: number }[];
}

/** At most this many one-cell lines (a category row 社会保障, a wrapped cell) inside a table. */
const MAX_SINGLE_RUN = 2;

/**
 * Joins text printed on two lines: no space between Chinese characters, one between words; none after a hyphen,
 * slash or dash where a line broke inside an address or a time span (…/certificate- / services, 8:30— / 12:00) and
 * none before closing punctuation.
 */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const glued = isCjk(a.at(-1)!) || isCjk(b[0]!) || /[-/‐‑–—―_]$/.test(a) || /^[.,;:!?)\]}%]/.test(b);
  return glued ? a + b : `${a} ${b}`;
}

/** A row number alone: 6、, 6., （6）. */
const ROW_NUMBER = /^(?:\d{1,3}[、.．]|[（(]\d{1,3}[）)])$/;

/** Merges overlapping x ranges (sorted by start) into one range each. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

/**
 * Column x ranges: the cells of the fullest lines, overlapping ranges merged; and a column the fullest lines leave
 * empty, where cells of at least two other lines of several cells stand. That is a narrow column whose every cell
 * wraps (约束 / 性 above and below the row's figures, 指标 / 属性 in the header), so no line holds all columns. One
 * line's cell in an empty place is not enough: a merged cell centred over two columns can fall in the gap between.
 */
function columnsOf(lines: PdfLine[]): [number, number][] {
  const most = Math.max(...lines.map((l) => l.cells.length));
  const cols = mergeRanges(
    lines.filter((l) => l.cells.length === most).flatMap((l) => l.cells.map((c): [number, number] => [c.x0, c.x1])),
  );
  const outside = lines
    .filter((l) => l.cells.length >= 2 && l.cells.length < most)
    .flatMap((l) => l.cells.map((c) => ({ line: l, range: [c.x0, c.x1] as [number, number] })))
    .filter(({ range: [x0, x1] }) => !cols.some(([c0, c1]) => x0 < c1 && x1 > c0));
  for (const extra of mergeRanges(outside.map((o) => o.range))) {
    const on = new Set(outside.filter((o) => o.range[0] < extra[1] && o.range[1] > extra[0]).map((o) => o.line));
    if (on.size >= 2) cols.push(extra);
  }
  return widened(
    cols.sort((a, b) => a[0] - b[0]),
    lines.filter((l) => l.cells.length >= 2).flatMap((l) => l.cells),
  );
}

/**
 * The columns widened to the cells that lie in one column only: a header cell is centred and narrower than the
 * names under it, so a short piece of a wrapped name (（%）) left of the header's text belongs to the names' column,
 * not to the nearer 类别. A column is left as it was where widening would make it overlap its neighbour.
 */
function widened(cols: [number, number][], cells: PdfCell[]): [number, number][] {
  const wide = cols.map((c): [number, number] => [...c]);
  for (const c of cells) {
    const at = columnsOfCell(c, cols);
    if (at.length !== 1 || !(c.x0 < cols[at[0]!]![1] && c.x1 > cols[at[0]!]![0])) continue;
    const w = wide[at[0]!]!;
    [w[0], w[1]] = [Math.min(w[0], c.x0), Math.max(w[1], c.x1)];
  }
  const clash = (i: number) =>
    (i > 0 && wide[i]![0] <= wide[i - 1]![1]) || (i + 1 < wide.length && wide[i]![1] >= wide[i + 1]![0]);
  return wide.map((w, i) => (clash(i) ? cols[i]! : w));
}

/**
 * A line with each cell that spans several columns cut into its pieces (see `PdfCell.pieces`) when every piece lies
 * in a column of its own, left to right: two cells printed too near to be told apart by their gap alone, such as
 * a 类别 label set at the top of its merged cell, beside the first row's name.
 */
function splitAtColumns(l: PdfLine, cols: [number, number][]): PdfLine {
  let split = false;
  const cells = l.cells.flatMap((c) => {
    if (!c.pieces || columnsOfCell(c, cols).length < 2) return [c];
    // Where a piece starts is estimated (see cutAtSpaces): touching a column by a few points is not lying in it.
    const at = c.pieces.map((p) => {
      const deep = cols.flatMap((col, i) =>
        Math.min(p.x1, col[1]) - Math.max(p.x0, col[0]) > 0.25 * l.size ? [i] : [],
      );
      return deep.length ? deep : columnsOfCell(p, cols);
    });
    const own = at.every((a, i) => a.length === 1 && (i === 0 || a[0]! >= at[i - 1]![0]!));
    if (!own || at[0]![0] === at.at(-1)![0]) return [c];
    split = true;
    // Pieces in one column are one cell again (累计 and 5000 of 累计 5000).
    const out: PdfCell[] = [];
    c.pieces.forEach((p, i) => {
      const last = out.at(-1);
      if (last && at[i]![0] === at[i - 1]![0]) Object.assign(last, { text: joinWrapped(last.text, p.text), x1: p.x1 });
      else out.push({ text: p.text, x0: p.x0, x1: p.x1 });
    });
    return out;
  });
  return split ? { ...l, cells, text: cells.map((c) => c.text).join('  ') } : l;
}

/** Builds a table from its lines. */
function buildTable(printed: PdfLine[]): PdfTable {
  const cols = columnsOf(printed);
  const lines = printed.map((l) => splitAtColumns(l, cols));
  const rows: string[][] = [];
  const textRows: string[] = [];
  const rowLines: number[] = [];
  const merged: PdfTable['merged'] = [];
  for (const group of rowGroups(lines, cols)) {
    const row = cols.map(() => '');
    const placed: { text: string; cols: number[]; x0: number }[] = [];
    for (const l of group) {
      for (const c of l.cells) {
        const at = columnsOfCell(c, cols);
        // A row number centred beside a wrapped name, in the name's column (序号 and 指标名称 printed too near to
        // be two columns), goes before the name: 6、困难重度… / 改造户数, not 困难重度…6、改造户数.
        const join = (a: string) => (ROW_NUMBER.test(c.text) && a ? `${c.text}${a}` : joinWrapped(a, c.text));
        for (const i of at) row[i] = join(row[i]!);
        if (at.length > 1) merged.push({ line: l.line, text: c.text, columns: at.length });
        const same = placed.find((p) => p.cols.join() === at.join());
        if (same) same.text = join(same.text);
        else placed.push({ text: c.text, cols: at, x0: c.x0 });
      }
    }
    rows.push(row);
    rowLines.push(group[0]!.line);
    textRows.push(
      placed
        .sort((a, b) => a.cols[0]! - b.cols[0]! || a.x0 - b.x0)
        .map((p) => p.text)
        .join('    '),
    );
  }
  return { lines: printed, rows, textRows, rowLines, merged };
}

/**
 * Whether line `j` is a one-cell line that belongs to a row of a neighbouring multi-cell line: printed beside the
 * row's other cells (a wrapped name, the row's figures centred beside it), or a line of a cell's wrapped text
 * under or over it (within three font sizes, and inside the x range of one of its cells).
 */
function besideRow(lines: PdfLine[], j: number, wrapped = true): boolean {
  const l = lines[j]!;
  if (l.cells.length >= 2) return false;
  const c = wrapped ? l.cells[0] : undefined;
  return [j - 1, j + 1, j - 2, j + 2].some((k) => {
    const m = lines[k];
    if (m === undefined || m.cells.length < 2 || m.page !== l.page) return false;
    if (overlaps(m, l)) return true;
    const slack = 0.5 * l.size;
    return (
      !!c && Math.abs(m.y - l.y) <= 3 * l.size && m.cells.some((mc) => c.x0 >= mc.x0 - slack && c.x1 <= mc.x1 + slack)
    );
  });
}

/**
 * Finds the tables among body lines (furniture already taken out): at least two lines of two or more cells, with
 * at most two one-cell lines (no larger than the table's text) between them. A one-cell line printed beside a
 * row's other cells (the lines of a wrapped name, when the row's figures are centred beside them) is part of that
 * row and does not count, so a table whose names wrap around a category label holds together. Returns each table
 * with the index of its first line in `lines`.
 */
export function findTables(lines: PdfLine[]): { start: number; table: PdfTable }[] {
  const out: { start: number; table: PdfTable }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.cells.length < 2) {
      i++;
      continue;
    }
    let end = i; // last multi-cell line of the run
    let multi = 1;
    let singles = 0; // one-cell lines since `end` that are not beside a row
    const size = lines[i]!.size;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.cells.length >= 2) {
        if (singles > MAX_SINGLE_RUN) break;
        end = j;
        multi++;
        singles = 0;
      } else if (l.size > size + 0.5) break;
      else if (!besideRow(lines, j) && ++singles > MAX_SINGLE_RUN) break;
    }
    if (multi >= 2) {
      // The lines of a wrapped name printed beside the first and the last row's cells (text just above or below a
      // table, such as its caption or the heading after it, may be as near as a wrapped line: only overlap counts).
      const floor = out.length ? out.at(-1)!.start + out.at(-1)!.table.lines.length : 0;
      let first = i;
      while (first - 1 >= floor && besideRow(lines, first - 1, false)) first--;
      while (end + 1 < lines.length && besideRow(lines, end + 1, false)) end++;
      out.push({ start: first, table: buildTable(lines.slice(first, end + 1)) });
      i = end + 1;
    } else i++;
  }
  return out;
}
