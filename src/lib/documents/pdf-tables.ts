import { isCjk, type PdfCell, type PdfLine } from './pdf-lines.ts';

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

/** Vertical extent of a line's glyphs: from below the baseline to the top of the characters. */
const band = (l: PdfLine): [number, number] => [l.y - 0.25 * l.size, l.y + 0.85 * l.size];

/** Joins the text of one cell printed on two lines: no space between Chinese characters, one between words. */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return isCjk(a.at(-1)!) || isCjk(b[0]!) ? a + b : `${a} ${b}`;
}

/**
 * A cell that is one figure: a number with at most a comparator, brackets, a percent sign or a short unit before or
 * after it (100, ≥85, 〔0.6〕, 95左右, 12.5%), or a dash for no figure. A year heading (2020年) is not one. One cell
 * never holds a figure on each of two lines, so two such lines in one column are two rows.
 */
const FIGURE = /^[<>≤≥＜＞=≈约〔［[（(]{0,2}\s*[-+]?[0-9０-９][0-9０-９.,，．]*\s*(?:[%％‰〕］\]）)]|左右|以上|以下|万|亿|人|人次|户|个|名|家|所|次|倍){0,3}$|^[—–－-]{1,2}$/;
export const isFigureCell = (text: string) => FIGURE.test(text.trim()) && !/年$/.test(text.trim());

/** Whether two lines' glyphs overlap vertically. */
const overlaps = (a: PdfLine, b: PdfLine) => {
  const [alo, ahi] = band(a);
  const [blo, bhi] = band(b);
  return alo <= bhi && ahi >= blo;
};

/** The figure columns of a line: the x ranges of its figure cells. */
const figureCells = (l: PdfLine) => l.cells.filter((c) => isFigureCell(c.text));

/** Whether two lines each hold a figure in one column (their figure cells overlap horizontally). */
const shareFigureColumn = (a: PdfLine, b: PdfLine) =>
  figureCells(a).some((ca) => figureCells(b).some((cb) => ca.x0 < cb.x1 && cb.x0 < ca.x1));

/**
 * Splits a group of overlapping lines that holds more than one row. A cell merged over an even number of rows (a
 * 类别 such as 社会保障 over two indicators) is printed halfway between the two middle rows, so its line overlaps
 * both and chains them into one group. The group's anchors are its lines with figures that share a column with
 * another such line and do not overlap it: each anchor is a row of its own; a line overlapping one anchor (a
 * wrapped name beside its figures) joins that row, and a line overlapping several (the merged cell) stands on its
 * own between them, where the text-table reader looks for a category label of an even group.
 */
function splitGroup(lines: PdfLine[]): PdfLine[][] {
  const figured = lines.filter((l) => figureCells(l).length > 0);
  const anchors = figured.filter((a) => figured.some((b) => b !== a && !overlaps(a, b) && shareFigureColumn(a, b)));
  if (anchors.length < 2) return [lines];
  const rows = new Map<PdfLine, PdfLine[]>(anchors.map((a) => [a, []]));
  const out: { y: number; lines: PdfLine[] }[] = anchors.map((a) => ({ y: a.y, lines: rows.get(a)! }));
  for (const l of lines) {
    const hit = anchors.filter((a) => a === l || overlaps(a, l));
    if (hit.length === 1) rows.get(hit[0]!)!.push(l);
    else if (hit.length > 1) out.push({ y: l.y, lines: [l] });
    else {
      const nearest = anchors.reduce((best, a) => (Math.abs(a.y - l.y) < Math.abs(best.y - l.y) ? a : best));
      rows.get(nearest)!.push(l);
    }
  }
  // Top to bottom (y grows upwards), each row's lines in reading order.
  return out
    .filter((g) => g.lines.length > 0)
    .sort((a, b) => b.y - a.y)
    .map((g) => g.lines.sort((a, b) => a.line - b.line));
}

/**
 * Whether a line that touches a row from below stands outside it: the row has figures (centred in the row, so on
 * its middle line), the line has none, does not reach the figures' line, and is in a column the row leaves empty.
 * That is a cell merged over rows below (a 类别 label between two of its rows), not the rest of a wrapped name.
 */
function belowRow(row: PdfLine[], l: PdfLine): boolean {
  const figured = row.filter((r) => figureCells(r).length > 0);
  if (!figured.length || figureCells(l).length || figured.some((f) => overlaps(f, l))) return false;
  return !l.cells.some((c) => row.some((r) => r.cells.some((rc) => c.x0 < rc.x1 && rc.x0 < c.x1)));
}

/**
 * Where a cell's text wraps onto the next line: pairs [i, j] of line indexes, line i's cell filling its column to
 * the right edge and line j the next line on the page with text in that column, nearer than two figure lines ever
 * stand (rows are further apart than the lines of one cell). With loose line spacing (a Word table set to the
 * body's fixed 28 points) the lines of one cell are too far apart to overlap, so only this ties them into a row.
 */
function wrapLinks(lines: PdfLine[], cols: [number, number][]): [number, number][] {
  const right = cols.map(() => -Infinity);
  const single = (c: PdfCell) => {
    const at = columnsOfCell(c, cols);
    return at.length === 1 ? at[0]! : undefined;
  };
  for (const l of lines) for (const c of l.cells) {
    const k = single(c);
    if (k !== undefined) right[k] = Math.max(right[k]!, c.x1);
  }
  const figured = lines.filter((l) => figureCells(l).length > 0);
  let rowGap = Infinity;
  for (let i = 1; i < figured.length; i++) {
    if (figured[i]!.page === figured[i - 1]!.page) rowGap = Math.min(rowGap, figured[i - 1]!.y - figured[i]!.y);
  }
  // Without two rows of figures on one page there is no row spacing to tell a wrapped line from the next row.
  if (rowGap === Infinity) return [];
  const links: [number, number][] = [];
  lines.forEach((l, i) => {
    for (const c of l.cells) {
      const k = single(c);
      if (k === undefined || c.x1 < right[k]! - 0.5 * l.size) continue;
      const j = lines.findIndex((m, n) => n > i && m.page === l.page && m.cells.some((mc) => mc.x0 < cols[k]![1] && mc.x1 > cols[k]![0]));
      if (j < 0) continue;
      const m = lines[j]!;
      const d = l.y - m.y;
      if (d <= 2.5 * l.size && d < rowGap && !(figureCells(l).length && figureCells(m).length)) links.push([i, j]);
    }
  });
  return links;
}

/**
 * Groups the lines of a table into rows: consecutive lines on one page whose glyphs overlap vertically, or that a
 * cell wrapping from one line to the next ties together (see `wrapLinks`).
 */
function rowGroups(lines: PdfLine[], cols: [number, number][]): PdfLine[][] {
  const groups: { lines: PdfLine[]; lo: number; hi: number }[] = [];
  const joined = new Set<number>(); // indexes of lines a wrapped cell ties to the line before
  for (const [i, j] of wrapLinks(lines, cols)) for (let n = i + 1; n <= j; n++) joined.add(n);
  lines.forEach((l, n) => {
    const [lo, hi] = band(l);
    const g = groups.at(-1);
    const touches = g && g.lines[0]!.page === l.page && lo <= g.hi && hi >= g.lo && !belowRow(g.lines, l);
    if (g && (touches || joined.has(n))) {
      g.lines.push(l);
      g.lo = Math.min(g.lo, lo);
      g.hi = Math.max(g.hi, hi);
    } else groups.push({ lines: [l], lo, hi });
  });
  return groups.flatMap((g) => splitGroup(g.lines));
}

/** Column x ranges: the cells of the fullest lines, overlapping ranges merged. */
function columnsOf(lines: PdfLine[]): [number, number][] {
  const most = Math.max(...lines.map((l) => l.cells.length));
  const ranges = lines
    .filter((l) => l.cells.length === most)
    .flatMap((l) => l.cells.map((c): [number, number] => [c.x0, c.x1]))
    .sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const r of ranges) {
    const last = cols.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else cols.push([...r]);
  }
  return cols;
}

/** The columns a cell lies in: those it overlaps, or else the nearest. */
function columnsOfCell(c: PdfCell, cols: [number, number][]): number[] {
  const hit = cols.flatMap((col, i) => (c.x0 < col[1] && c.x1 > col[0] ? [i] : []));
  if (hit.length) return hit;
  const mid = (c.x0 + c.x1) / 2;
  let best = 0;
  cols.forEach((col, i) => {
    if (Math.abs((col[0] + col[1]) / 2 - mid) < Math.abs((cols[best]![0] + cols[best]![1]) / 2 - mid)) best = i;
  });
  return [best];
}

/** Builds a table from its lines. */
function buildTable(lines: PdfLine[]): PdfTable {
  const cols = columnsOf(lines);
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
        for (const i of at) row[i] = joinWrapped(row[i]!, c.text);
        if (at.length > 1) merged.push({ line: l.line, text: c.text, columns: at.length });
        const same = placed.find((p) => p.cols.join() === at.join());
        if (same) same.text = joinWrapped(same.text, c.text);
        else placed.push({ text: c.text, cols: at, x0: c.x0 });
      }
    }
    rows.push(row);
    rowLines.push(group[0]!.line);
    textRows.push(placed.sort((a, b) => a.cols[0]! - b.cols[0]! || a.x0 - b.x0).map((p) => p.text).join('    '));
  }
  return { lines, rows, textRows, rowLines, merged };
}

/**
 * Whether line `j` is a one-cell line that belongs to a row of a neighbouring multi-cell line: printed beside the
 * row's other cells (a wrapped name, the row's figures centred beside it), or a line of a cell's wrapped text
 * under or over it (within two and a half lines, and inside the x range of one of its cells).
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
    return !!c && Math.abs(m.y - l.y) <= 2.5 * l.size && m.cells.some((mc) => c.x0 >= mc.x0 - slack && c.x1 <= mc.x1 + slack);
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
