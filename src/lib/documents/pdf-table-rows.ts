import type { PdfCell, PdfLine } from './pdf-lines.ts';

/**
 * The rows of a PDF table rebuilt from the positions of its lines and cells: lines whose glyphs overlap are one row,
 * a cell wrapping onto the next line ties its lines together, and a cell merged over several rows (a 类别 label
 * printed between them) is taken out of the rows it touches and set on its own between them.
 */

/** Vertical extent of a line's glyphs: from below the baseline to the top of the characters. */
export const band = (l: PdfLine): [number, number] => [l.y - 0.25 * l.size, l.y + 0.85 * l.size];

/** The columns a cell lies in: those it overlaps, or else the nearest. */
export function columnsOfCell(c: PdfCell, cols: [number, number][]): number[] {
  const hit = cols.flatMap((col, i) => (c.x0 < col[1] && c.x1 > col[0] ? [i] : []));
  if (hit.length) return hit;
  const mid = (c.x0 + c.x1) / 2;
  let best = 0;
  cols.forEach((col, i) => {
    if (Math.abs((col[0] + col[1]) / 2 - mid) < Math.abs((cols[best]![0] + cols[best]![1]) / 2 - mid)) best = i;
  });
  return [best];
}

/**
 * A cell that is one figure: a number with at most a comparator, brackets, a percent sign or a short unit before or
 * after it (100, ≥85, 〔0.6〕, 95左右, 12.5%), or a dash for no figure. A year heading (2020年) is not one. One cell
 * never holds a figure on each of two lines, so two such lines in one column are two rows.
 */
const FIGURE =
  /^[<>≤≥＜＞=≈约〔［[（(]{0,2}\s*[-+]?[0-9０-９][0-9０-９.,，．]*\s*(?:[%％‰〕］\]）)]|左右|以上|以下|万|亿|人|人次|户|个|名|家|所|次|倍){0,3}$|^[—–－-]{1,2}$/;
export const isFigureCell = (text: string) => FIGURE.test(text.trim()) && !/年$/.test(text.trim());

/** Whether two lines' glyphs overlap vertically. */
export const overlaps = (a: PdfLine, b: PdfLine) => {
  const [alo, ahi] = band(a);
  const [blo, bhi] = band(b);
  return alo <= bhi && ahi >= blo;
};

/** The figure columns of a line: the x ranges of its figure cells. */
const figureCells = (l: PdfLine) => l.cells.filter((c) => isFigureCell(c.text));

/** Whether two lines each hold a figure in one column (their figure cells overlap horizontally). */
const shareFigureColumn = (a: PdfLine, b: PdfLine) =>
  figureCells(a).some((ca) => figureCells(b).some((cb) => ca.x0 < cb.x1 && cb.x0 < ca.x1));

/** Whether a line has a figure other than a year alone (2020, （2020 of a header cell wrapped over two lines). */
const realFigures = (l: PdfLine) => figureCells(l).some((c) => !/^[（(]?(?:19|20)\d\d[）)]?$/.test(c.text));

/** A cell and the printed line it stands on. */
interface PlacedCell {
  line: PdfLine;
  cell: PdfCell;
}

/** The lines of a row made of some cells of some lines: each line keeps its number and position, with only those cells. */
function subLines(cells: PlacedCell[]): PdfLine[] {
  const byLine = new Map<PdfLine, PdfCell[]>();
  for (const { line, cell } of cells) byLine.set(line, [...(byLine.get(line) ?? []), cell]);
  return [...byLine]
    .sort((a, b) => a[0].line - b[0].line)
    .map(([line, cs]) => {
      const own = cs.sort((x, y) => x.x0 - y.x0);
      return own.length === line.cells.length
        ? line
        : { ...line, cells: own, x0: own[0]!.x0, x1: own.at(-1)!.x1, text: own.map((c) => c.text).join('  ') };
    });
}

/**
 * Splits a group of overlapping lines that holds more than one row. A cell merged over an even number of rows (a
 * 类别 such as 社会保障 over two indicators) is printed halfway between the two middle rows, so it overlaps both
 * and chains them into one group; when it wraps (社会保 / 障 in a narrow column) its lines even share a line with
 * the rows' own cells. So the rows are rebuilt cell by cell. The group's anchors are its lines with figures that
 * share a column with another such line and do not overlap it: each anchor's figures are a row of their own. The
 * other cells go in blocks, a cell with the cells its text wraps onto (`wraps`); a block overlapping one anchor (a
 * name beside its figures) joins that row, and a block overlapping several (the merged cell) stands on its own
 * between them, where the text-table reader looks for the label of an even group.
 */
function splitGroup(lines: PdfLine[], wraps: Map<PdfCell, PdfCell>): PdfLine[][] {
  const figured = lines.filter((l) => figureCells(l).length > 0);
  const anchors = figured.filter((a) => figured.some((b) => b !== a && !overlaps(a, b) && shareFigureColumn(a, b)));
  if (anchors.length < 2) return [lines];
  const rows = new Map<PdfLine, PlacedCell[]>(
    anchors.map((a) => [a, figureCells(a).map((cell) => ({ line: a, cell }))]),
  );
  const blocks: PlacedCell[][] = [];
  const blockOf = new Map<PdfCell, PlacedCell[]>();
  for (const line of lines) {
    for (const cell of line.cells) {
      if (rows.get(line)?.some((p) => p.cell === cell)) continue;
      const above = wraps.get(cell);
      let block = above && blockOf.get(above);
      if (!block) blocks.push((block = []));
      block.push({ line, cell });
      blockOf.set(cell, block);
    }
  }
  const out: { y: number; cells: PlacedCell[] }[] = anchors.map((a) => ({ y: a.y, cells: rows.get(a)! }));
  for (const block of blocks) {
    const hit = anchors.filter((a) => block.some((p) => overlaps(a, p.line)));
    const y = block.reduce((n, p) => n + p.line.y, 0) / block.length;
    if (hit.length === 1) rows.get(hit[0]!)!.push(...block);
    else if (hit.length > 1) out.push({ y, cells: block });
    else {
      // Touching no row's figures: the row it is nearer to, unless it stands halfway between two (a merged cell).
      const above = anchors.filter((a) => a.y > y).at(-1);
      const below = anchors.find((a) => a.y < y);
      const size = block[0]!.line.size;
      if (above && below && Math.abs(above.y - y - (y - below.y)) < 0.3 * size) out.push({ y, cells: block });
      else rows.get(anchors.reduce((best, a) => (Math.abs(a.y - y) < Math.abs(best.y - y) ? a : best)))!.push(...block);
    }
  }
  // Top to bottom (y grows upwards).
  return out.sort((a, b) => b.y - a.y).map((g) => subLines(g.cells));
}

/**
 * Whether a line that touches a row from below stands outside it: the row has figures (centred in the row, so on
 * its middle line), the line has none, does not reach the figures' line, and is in a column the row leaves empty.
 * That is a cell merged over rows below (a 类别 label between two of its rows), not the rest of a wrapped name.
 */
function belowRow(row: PdfLine[], l: PdfLine): boolean {
  // A year alone is a header cell wrapped over two lines (2020 / 年 over the header's other cells), not a figure.
  const figured = row.filter((r) => figureCells(r).some((c) => !/^(?:19|20)\d\d$/.test(c.text)));
  if (!figured.length || figureCells(l).length || figured.some((f) => overlaps(f, l))) return false;
  return !sameColumn(row, l);
}

/** Whether a line has a cell in a column (an x range) where the lines of `row` have one. */
const sameColumn = (row: PdfLine[], l: PdfLine) =>
  l.cells.some((c) => row.some((r) => r.cells.some((rc) => c.x0 < rc.x1 && rc.x0 < c.x1)));

/**
 * Where a cell's text wraps onto the next line: pairs [i, j] of line indexes, line i's cell filling its column to
 * the right edge and line j the next line on the page with text in that column, within three font sizes and nearer
 * than two figure lines ever stand (rows are further apart than the lines of one cell), neither cell a figure;
 * and each such lower cell with the cell it continues. With loose line spacing (a Word table set to the
 * body's fixed 28 points) the lines of one cell are too far apart to overlap, so only this ties them into a row.
 */
function wrapLinks(
  lines: PdfLine[],
  cols: [number, number][],
): { links: [number, number][]; wraps: Map<PdfCell, PdfCell> } {
  const right = cols.map(() => -Infinity);
  const single = (c: PdfCell) => {
    const at = columnsOfCell(c, cols);
    return at.length === 1 ? at[0]! : undefined;
  };
  for (const l of lines)
    for (const c of l.cells) {
      const k = single(c);
      if (k !== undefined) right[k] = Math.max(right[k]!, c.x1);
    }
  const figured = lines.filter((l) => figureCells(l).length > 0);
  let rowGap = Infinity;
  for (let i = 1; i < figured.length; i++) {
    if (figured[i]!.page === figured[i - 1]!.page) rowGap = Math.min(rowGap, figured[i - 1]!.y - figured[i]!.y);
  }
  // Without two rows of figures on one page there is no row spacing to tell a wrapped line from the next row.
  const links: [number, number][] = [];
  const wraps = new Map<PdfCell, PdfCell>();
  if (rowGap === Infinity) return { links, wraps };
  const found: { i: number; j: number; d: number; cell: PdfCell; next: PdfCell }[] = [];
  lines.forEach((l, i) => {
    for (const c of l.cells) {
      const k = single(c);
      if (k === undefined || c.x1 < right[k]! - 0.5 * l.size || isFigureCell(c.text)) continue;
      const inColumn = (mc: PdfCell) => mc.x0 < cols[k]![1] && mc.x1 > cols[k]![0];
      const j = lines.findIndex((m, n) => n > i && m.page === l.page && m.cells.some(inColumn));
      if (j < 0) continue;
      const m = lines[j]!;
      const d = l.y - m.y;
      // Wrapped text goes on as text: a figure under a header cell (2020年 over 100) starts a row.
      if (isFigureCell(m.cells.find(inColumn)!.text)) continue;
      // A line of several cells and no figures over a line with figures is the header over the first row (属性 over
      // 约束性 may end at the column's edge by chance), not a cell wrapping.
      const headerOverRow = l.cells.length >= 2 && !realFigures(l) && realFigures(m);
      if (d <= 3 * l.size && d < rowGap && !(figureCells(l).length && figureCells(m).length) && !headerOverRow)
        found.push({ i, j, d, cell: c, next: m.cells.find(inColumn)! });
    }
  });
  // The lines of one cell stand one line pitch apart, the same in every cell of the table: a pair twice as far
  // apart has a row's padding and border between (the header's 属性 over a row's 约束 / 性 in a narrow column).
  const pitch = Math.min(...found.map((f) => f.d));
  for (const f of found) {
    if (f.d > 1.5 * pitch) continue;
    links.push([f.i, f.j]);
    wraps.set(f.next, f.cell);
  }
  return { links, wraps };
}

/** A unit in brackets alone: （%）, (万人), （个）. */
const UNIT_ALONE = /^[（(][^（()）]{1,4}[）)]$/;

/**
 * Groups the lines of a table into rows: consecutive lines on one page whose glyphs overlap vertically, or that a
 * cell wrapping from one line to the next ties together (see `wrapLinks`).
 */
export function rowGroups(lines: PdfLine[], cols: [number, number][]): PdfLine[][] {
  // `label`: the group is a merged cell's label cut off from the row above (see belowRow); only more of the label
  // (a line in its column) joins it, not the row below that it touches.
  const groups: { lines: PdfLine[]; lo: number; hi: number; label?: boolean }[] = [];
  const joined = new Set<number>(); // indexes of lines a wrapped cell ties to the line before
  const { links, wraps } = wrapLinks(lines, cols);
  for (const [i, j] of links) for (let n = i + 1; n <= j; n++) joined.add(n);
  lines.forEach((l, n) => {
    const [lo, hi] = band(l);
    const g = groups.at(-1);
    const near = g && g.lines[0]!.page === l.page && lo <= g.hi && hi >= g.lo;
    const cut = near && belowRow(g.lines, l);
    const touches = near && !cut && !(g.label && !sameColumn(g.lines, l));
    // A unit in brackets alone under a row's name ((%) that did not fit beside it) ends that name: a unit never
    // names a row or a category. Rows and a cell's lines may stand equally far apart, so only the text tells. Under
    // the header (a row split over a page break) it is the rest of the name printed on the page before.
    const unit =
      g &&
      !g.label &&
      g.lines[0]!.page === l.page &&
      g.lines.some((r) => figureCells(r).length > 0) &&
      l.cells.length === 1 &&
      UNIT_ALONE.test(l.cells[0]!.text);
    if (g && (touches || joined.has(n) || (unit && sameColumn(g.lines, l)))) {
      g.lines.push(l);
      g.lo = Math.min(g.lo, lo);
      g.hi = Math.max(g.hi, hi);
    } else groups.push({ lines: [l], lo, hi, ...(cut ? { label: true } : {}) });
  });
  return groups.flatMap((g) => splitGroup(g.lines, wraps));
}
