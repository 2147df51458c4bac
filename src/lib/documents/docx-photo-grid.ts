import type { BodyContext, ReadParagraph } from './docx-body.ts';
import { tidy } from './docx-inline.ts';

// A caption is a short line; a longer text under a picture makes the table a real table.
const MAX_CAPTION = 60;

type Cell = ReadParagraph[];

const textOf = (cell: Cell) => tidy(cell.flatMap((p) => p.segments).join(' '));
const boxes = (cell: Cell) => cell.some((p) => p.inline.textBoxes.length > 0);
const figuresIn = (cell: Cell) => cell.flatMap((p) => p.inline.figures);
const isFigureCell = (cell: Cell | undefined) =>
  cell !== undefined && figuresIn(cell).length === 1 && textOf(cell) === '' && !boxes(cell);
const isTextCell = (cell: Cell) => figuresIn(cell).length === 0 && !boxes(cell) && textOf(cell) !== '';

/**
 * A table used to lay pictures out side by side, each with its caption in the cell under it (图 1 … | 图 2 …), as
 * officials place photos in Word: every cell holds one picture, a short text under a picture cell, or nothing, and
 * no cell is merged. Such a table is read as its figures, each with the caption under it, instead of a table of
 * captions followed by captionless figures. Each picture's alt text moves in front of its caption's paragraph in
 * the source text (dropped when it repeats the caption), so the source reads picture by picture as the figure
 * notes do. Returns false, having done nothing, when the table is no such grid.
 */
export function readPhotoGrid(rows: Cell[][], merged: boolean, ctx: BodyContext): boolean {
  if (merged) return false;
  let figures = 0;
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (isFigureCell(cell)) figures++;
      else if (isTextCell(cell)) {
        if (!isFigureCell(rows[r - 1]?.[c]) || textOf(cell).length > MAX_CAPTION) return false;
      } else if (figuresIn(cell).length || boxes(cell)) return false;
    }
  }
  if (figures === 0) return false;
  const first = rows.flat().flat()[0]!.line;
  ctx.notes.push({
    line: first,
    text: `第 ${first} 段起的表格用来排列图片：按图片读出，每张图片的图注取自它下面的一格`,
  });
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (!isFigureCell(cell)) continue;
      const at = cell.find((p) => p.inline.figures.length)!;
      const figure = at.inline.figures[0]!;
      const below = rows[r + 1]?.[c];
      const captionCell = below && isTextCell(below) ? below : undefined;
      const caption = captionCell ? textOf(captionCell) : undefined;
      if (captionCell && figure.alt !== undefined) {
        const alts = ctx.sourceAlt.get(at.line) ?? [];
        const k = alts.indexOf(figure.alt);
        if (k >= 0) alts.splice(k, 1);
        const lead = captionCell.find((p) => p.segments.length)!.line;
        if (tidy(figure.alt) !== caption) ctx.sourceLead.set(lead, [...(ctx.sourceLead.get(lead) ?? []), figure.alt]);
      }
      ctx.out.push({ type: 'figure-draft', figure, line: at.line, ...(caption ? { caption } : {}) });
    }
  }
  return true;
}
