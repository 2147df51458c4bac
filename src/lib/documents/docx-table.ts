/** One `w:tc` of a Word table row, as read. */
export interface CellDraft {
  text: string;
  /** `w:gridSpan`: how many grid columns the cell covers. */
  span: number;
  /** `w:vMerge`: `restart` starts a vertical merge, `continue` carries on the cell above. */
  vMerge?: 'restart' | 'continue';
  /** Legacy `w:hMerge` `continue`: the cell carries on the cell to its left. */
  hMergeContinue?: boolean;
}

/** One `w:tr`: its cells, and the grid columns skipped before it (`w:gridBefore`). */
export interface RowDraft {
  before: number;
  cells: CellDraft[];
}

/**
 * Lays Word table rows out on the table grid as a rectangle of texts. A merged cell repeats its text in every
 * grid cell it covers — across (`w:gridSpan`, `w:hMerge`) and down (`w:vMerge`) — so each column of the markdown
 * table still says what the cell said. `merged` tells whether any cell was repeated.
 */
export function layoutTable(rows: RowDraft[]): { grid: string[][]; merged: boolean } {
  const grid: string[][] = [];
  let merged = false;
  rows.forEach((row, r) => {
    const out: string[] = Array.from({ length: row.before }, () => '');
    for (const cell of row.cells) {
      const c = out.length;
      let text = cell.text;
      if (cell.vMerge === 'continue') {
        text = grid[r - 1]?.[c] ?? '';
        merged ||= text !== '';
      } else if (cell.hMergeContinue && c > 0) {
        text = out[c - 1] ?? '';
        merged ||= text !== '';
      }
      const span = Math.max(1, cell.span);
      if (span > 1 && text !== '') merged = true;
      for (let k = 0; k < span; k++) out.push(text);
    }
    grid.push(out);
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { grid: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')), merged };
}
