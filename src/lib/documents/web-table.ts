/**
 * Data tables of a web page as rows of cell text. Government CMS templates lay whole pages out with tables, so a
 * table counts as data only when it looks like one: at least two rows and two columns, no table inside a cell, no
 * `role="presentation"`, and no cell holding a long text of several paragraphs.
 */

/** The rows of a data table, merged cells repeated, and the text of each source row with its cells once. */
export interface TableRows {
  rows: string[][];
  rowText: string[];
  /** The `<tr>` of each entry of `rowText`. */
  rowElements: Element[];
  /** Whether any cell spans several rows or columns (its text is then repeated in `rows`). */
  merged: boolean;
}

// A cell longer than this, or with more paragraphs than MAX_CELL_BLOCKS, holds page content, not a value.
const MAX_CELL_TEXT = 300;
const MAX_CELL_BLOCKS = 3;

function span(cell: Element, name: string): number {
  const n = Number(cell.getAttribute(name) ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 1;
}

/** The table's own rows (not those of nested tables), in order: thead, tbody, tfoot as the DOM has them. */
function ownRows(table: Element): Element[] {
  return Array.from((table as HTMLTableElement).rows ?? []);
}

function ownCells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** Whether `table` is layout scaffolding rather than a table of data. */
export function isLayoutTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('role') === 'none') return true;
  const rows = ownRows(table);
  if (rows.length < 2) return true;
  let width = 0;
  for (const row of rows) {
    const cells = ownCells(row);
    width = Math.max(
      width,
      cells.reduce((n, c) => n + span(c, 'colspan'), 0),
    );
    for (const cell of cells) {
      if (cell.querySelector('table')) return true;
      if ((cell.textContent ?? '').trim().length > MAX_CELL_TEXT) return true;
      if (cell.querySelectorAll('p, div, li, h1, h2, h3, h4, h5, h6').length > MAX_CELL_BLOCKS) return true;
    }
  }
  return width < 2;
}

/**
 * Reads a data table; returns undefined for a layout table. `cellText` gives a cell's text as shown.
 * rowspan/colspan are laid out as a rectangle, the merged cell's text written into every slot it covers.
 */
export function tableOf(table: Element, cellText: (cell: Element) => string): TableRows | undefined {
  if (isLayoutTable(table)) return undefined;
  const grid: string[][] = [];
  const texts: string[] = [];
  let merged = false;
  const rowElements = ownRows(table);
  rowElements.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    const line: string[] = [];
    for (const cell of ownCells(row)) {
      while (grid[r]![c] !== undefined) c++;
      const text = cellText(cell);
      line.push(text);
      const rs = span(cell, 'rowspan');
      const cs = span(cell, 'colspan');
      if (rs > 1 || cs > 1) merged = true;
      for (let dr = 0; dr < rs; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) grid[r + dr]![c + dc] = text;
      }
      c += cs;
    }
    texts.push(line.join(' '));
  });
  // A rowspan reaching past the last row would add rows the page does not show.
  const rows = grid.slice(0, rowElements.length);
  const width = Math.max(...rows.map((row) => row.length));
  return {
    rows: rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
    rowText: texts,
    rowElements,
    merged,
  };
}
