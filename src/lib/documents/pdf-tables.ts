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

/** Groups the lines of a table into rows: consecutive lines on one page whose glyphs overlap vertically. */
function rowGroups(lines: PdfLine[]): PdfLine[][] {
  const groups: { lines: PdfLine[]; lo: number; hi: number }[] = [];
  for (const l of lines) {
    const [lo, hi] = band(l);
    const g = groups.at(-1);
    if (g && g.lines[0]!.page === l.page && lo <= g.hi && hi >= g.lo) {
      g.lines.push(l);
      g.lo = Math.min(g.lo, lo);
      g.hi = Math.max(g.hi, hi);
    } else groups.push({ lines: [l], lo, hi });
  }
  return groups.map((g) => g.lines);
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
  for (const group of rowGroups(lines)) {
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
    textRows.push(
      placed
        .sort((a, b) => a.cols[0]! - b.cols[0]! || a.x0 - b.x0)
        .map((p) => p.text)
        .join('    '),
    );
  }
  return { lines, rows, textRows, rowLines, merged };
}

/**
 * Finds the tables among body lines (furniture already taken out): at least two lines of two or more cells, with
 * at most two one-cell lines (no larger than the table's text) between them. Returns each table with the index of its first line in `lines`.
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
    const size = lines[i]!.size;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.cells.length >= 2) {
        if (j - end - 1 > MAX_SINGLE_RUN) break;
        end = j;
        multi++;
      } else if (j - end > MAX_SINGLE_RUN || l.size > size + 0.5) break;
    }
    if (multi >= 2) {
      out.push({ start: i, table: buildTable(lines.slice(i, end + 1)) });
      i = end + 1;
    } else i++;
  }
  return out;
}
