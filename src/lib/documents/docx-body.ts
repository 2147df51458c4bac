import type { Note, Removed, RemovedKind } from './blocks.ts';
import {
  plainText,
  readInline,
  showsPlaceholder,
  tidy,
  type Inline,
  type InlineFigure,
  type NoteRef,
} from './docx-inline.ts';
import type { ListMarker, Numbering } from './docx-numbering.ts';
import type { StyleRole, Styles } from './docx-styles.ts';
import { headingWithBody, joinLines } from './docx-heading-lines.ts';
import { readPhotoGrid } from './docx-photo-grid.ts';
import { layoutTable, type CellDraft, type RowDraft } from './docx-table.ts';
import { attr, childOf, childrenOf, descendants, elements, intVal, is, wPath, wVal } from './docx-xml.ts';
import type { DocBlock } from './types.ts';

/** A paragraph in a caption style (题注), paired with the figure next to it once the body is read. */
export interface CaptionDraft {
  type: 'caption';
  text: string;
  line: number;
}

/** A picture or shape as found, before its caption is known. */
export interface FigureDraft {
  type: 'figure-draft';
  figure: InlineFigure;
  line: number;
  caption?: string;
}

export type Draft = DocBlock | CaptionDraft | FigureDraft;

/** The state of one pass over a document's body, in reading order. */
export interface BodyContext {
  styles: Styles;
  numbering: Numbering;
  /** Paragraphs read so far: a block's `line` is its paragraph's number. */
  line: number;
  out: Draft[];
  removed: Removed[];
  notes: Note[];
  /**
   * The text of each paragraph as the reader sees it (with numbering, hidden and deleted text too), by paragraph
   * number − 1, so that line N of the source text is paragraph N (what removals and blocks call their line).
   */
  source: string[];
  /** Alt texts of the figures anchored in a paragraph, by paragraph number (placed after its text). */
  sourceAlt: Map<number, string[]>;
  /** Alt texts moved in front of a paragraph's text (of a picture whose caption is that paragraph). */
  sourceLead: Map<number, string[]>;
  noteRefs: { ref: NoteRef; line: number }[];
  comments: Map<string, string>;
  /** Paragraphs in the Title style (标题), joined into the document's title. */
  title: { text: string; line: number }[];
  /** Lines of centred paragraphs (`w:jc` center, direct or from the style): a typed title is centred. */
  centered: Set<number>;
  /** Lines of one-line body paragraphs whose text is all bold: candidates for typed headings. */
  boldLines: Set<number>;
}

/** A paragraph as read: its text by line break, outline level, style role, number and runs. */
export interface ReadParagraph {
  line: number;
  /** Text between line breaks, tidied, the numbering marker at the start of the first. */
  segments: string[];
  level?: number;
  role?: StyleRole;
  marker?: ListMarker;
  inline: Inline;
}

function markerOf(pPr: Element | undefined, styleId: string | undefined, ctx: BodyContext): ListMarker | undefined {
  const numPr = childOf(pPr, 'w', 'numPr');
  const fromStyle = ctx.styles.numbering(styleId);
  const numId = wVal(numPr, 'numId') ?? fromStyle?.numId;
  // numId 0 is Word's "no numbering" (it switches off a style's list).
  if (numId === undefined || numId === '0') return undefined;
  const ilvl = intVal(numPr, 'ilvl') ?? fromStyle?.ilvl ?? ctx.numbering.levelForStyle(numId, styleId);
  return ctx.numbering.next(numId, ilvl);
}

function remove(ctx: BodyContext, kind: RemovedKind, text: string, line: number): void {
  if (text) ctx.removed.push({ kind, text, line });
}

/** Reads one `w:p`: its style's meaning, its number as shown, its runs; records what it leaves out. */
function readParagraph(p: Element, ctx: BodyContext): ReadParagraph {
  const line = ++ctx.line;
  const pPr = childOf(p, 'w', 'pPr');
  const styleId = wVal(pPr, 'pStyle') ?? ctx.styles.defaultParagraph;
  const direct = intVal(pPr, 'outlineLvl');
  // A paragraph's own outline level wins over its style's (9 is body text).
  const level =
    direct !== undefined ? (direct >= 0 && direct <= 8 ? direct + 1 : undefined) : ctx.styles.headingLevel(styleId);
  const marker = markerOf(pPr, styleId, ctx);
  if ((wVal(pPr, 'jc') ?? ctx.styles.justification(styleId)) === 'center') ctx.centered.add(line);
  const inline = readInline(p, { styles: ctx.styles, paraStyle: styleId });
  const segments = inline.segments.map(tidy).filter(Boolean);
  if (marker && !marker.bullet && marker.marker && segments.length)
    segments[0] = marker.marker + marker.separator + segments[0];
  const hidden = tidy(inline.hidden.join(''));
  remove(ctx, 'word-hidden', hidden, line);
  for (const d of inline.deleted) remove(ctx, 'word-deleted', d, line);
  for (const t of inline.placeholders) remove(ctx, 'word-placeholder', t, line);
  for (const s of inline.symbols) remove(ctx, 'word-symbol', s, line);
  const comments = inline.commentIds.map((id) => ctx.comments.get(id) ?? '').filter(Boolean);
  for (const c of comments) remove(ctx, 'word-comment', c, line);
  for (const ref of inline.noteRefs) ctx.noteRefs.push({ ref, line });
  const alts = inline.figures.flatMap((f) => (f.alt ? [f.alt] : []));
  if (alts.length) ctx.sourceAlt.set(line, alts);
  // A number on a paragraph without text is listed as removed, so it is part of what the reader saw.
  const visible = segments.length ? segments.join(' ') : (marker?.marker ?? '');
  ctx.source[line - 1] = [visible, hidden, ...inline.deleted, ...inline.placeholders, ...comments]
    .filter(Boolean)
    .join(' ');
  return { line, segments, level, role: ctx.styles.role(styleId), marker, inline };
}

/**
 * A paragraph in the Title style: the document's title, also kept as a paragraph at its place (the importer takes
 * it as the title when it leads the document). Consecutive title paragraphs (a title broken over two lines) are one.
 */
function title(ctx: BodyContext, text: string, line: number): void {
  const last = ctx.out.at(-1);
  const prev = ctx.title.at(-1);
  if (prev && last?.type === 'paragraph' && last.line === prev.line) {
    prev.text = joinLines([prev.text, text]);
    last.text = prev.text;
    ctx.notes.push({ line, text: `第 ${prev.line} 段和第 ${line} 段都是标题样式，已接成一个标题` });
    return;
  }
  ctx.title.push({ text, line });
  ctx.out.push({ type: 'paragraph', text, line });
}

/** Figures and text boxes of a paragraph go after its text, in the order they are anchored. */
function emitAnchored(r: ReadParagraph, ctx: BodyContext, caption?: string): void {
  for (const figure of r.inline.figures) ctx.out.push({ type: 'figure-draft', figure, line: r.line, caption });
  for (const box of r.inline.textBoxes) {
    ctx.notes.push({ line: r.line, text: `第 ${r.line} 段的文本框：文字按顺序放在这一段之后` });
    readBlocks(box, ctx);
  }
}

function emitParagraph(p: Element, ctx: BodyContext, inToc: boolean): void {
  const r = readParagraph(p, ctx);
  const text = joinLines(r.segments);
  const { line } = r;
  if (inToc || r.role === 'toc') remove(ctx, 'word-toc', text, line);
  else if (r.role === 'title') {
    if (text) title(ctx, text, line);
  } else if (r.role === 'caption') {
    // A caption paragraph that holds its picture describes that picture.
    if (text && r.inline.figures.length) return emitAnchored(r, ctx, text);
    if (text) ctx.out.push({ type: 'caption', text, line });
  } else if (r.level !== undefined && text) headingWithBody(r, ctx);
  else if (r.marker?.bullet && text) ctx.out.push({ type: 'list-item', text, depth: r.marker.ilvl, line });
  else if (r.segments.length) {
    if (r.inline.allBold && r.segments.length === 1) ctx.boldLines.add(line);
    for (const s of r.segments) ctx.out.push({ type: 'paragraph', text: s, line });
  } else if (r.marker && !r.marker.bullet && r.marker.marker) remove(ctx, 'word-empty-number', r.marker.marker, line);
  emitAnchored(r, ctx);
}

/** Rows of a table, including rows wrapped in content controls or custom XML. */
function rowsOf(el: Element): Element[] {
  return elements(el).flatMap((c) =>
    is(c, 'w', 'tr')
      ? [c]
      : is(c, 'w', 'sdt') || is(c, 'w', 'customXml')
        ? rowsOf(childOf(c, 'w', 'sdtContent') ?? c)
        : [],
  );
}

function cellsOf(el: Element): Element[] {
  return elements(el).flatMap((c) =>
    is(c, 'w', 'tc')
      ? [c]
      : is(c, 'w', 'sdt') || is(c, 'w', 'customXml')
        ? cellsOf(childOf(c, 'w', 'sdtContent') ?? c)
        : [],
  );
}

/** The text of a table cell: its paragraphs (and nested tables) joined with spaces; pictures and boxes deferred. */
function cellText(tc: Element, ctx: BodyContext, anchored: ReadParagraph[], paras: ReadParagraph[]): string {
  const parts: string[] = [];
  const visit = (el: Element) => {
    for (const c of elements(el)) {
      if (is(c, 'w', 'p')) {
        const r = readParagraph(c, ctx);
        paras.push(r);
        if (r.segments.length) parts.push(r.segments.join(' '));
        if (r.inline.figures.length || r.inline.textBoxes.length) anchored.push(r);
      } else if (is(c, 'w', 'tbl')) for (const tr of rowsOf(c)) for (const inner of cellsOf(tr)) visit(inner);
      else if (is(c, 'w', 'sdt')) visit(childOf(c, 'w', 'sdtContent') ?? c);
      else if (is(c, 'w', 'customXml')) visit(c);
    }
  };
  visit(tc);
  return parts.join(' ');
}

function readTable(tbl: Element, ctx: BodyContext): void {
  const trs = rowsOf(tbl);
  const only = trs.length === 1 ? cellsOf(trs[0]!) : [];
  if (only.length === 1) {
    // A one-cell table is a frame around text (a boxed note): its paragraphs are read as body text.
    ctx.notes.push({ line: ctx.line + 1, text: `第 ${ctx.line + 1} 段起是只有一格的表格（文字框），按正文读出` });
    readBlocks(only[0]!, ctx);
    return;
  }
  const line = ctx.line + 1;
  const anchored: ReadParagraph[] = [];
  const paras: ReadParagraph[][][] = [];
  const rows: RowDraft[] = trs.map((tr) => {
    const trPr = childOf(tr, 'w', 'trPr');
    const rowParas: ReadParagraph[][] = [];
    paras.push(rowParas);
    const cells = cellsOf(tr).map((tc): CellDraft => {
      const tcPr = childOf(tc, 'w', 'tcPr');
      const v = childOf(tcPr, 'w', 'vMerge');
      const h = childOf(tcPr, 'w', 'hMerge');
      const cellParas: ReadParagraph[] = [];
      rowParas.push(cellParas);
      return {
        text: cellText(tc, ctx, anchored, cellParas),
        span: intVal(tcPr, 'gridSpan') ?? 1,
        vMerge: v ? (attr(v, 'w', 'val') === 'restart' ? 'restart' : 'continue') : undefined,
        hMergeContinue: h !== undefined && attr(h, 'w', 'val') !== 'restart',
      };
    });
    return { before: intVal(trPr, 'gridBefore') ?? 0, cells };
  });
  const { grid, merged } = layoutTable(rows);
  const spans = rows.some((r) => r.before > 0 || r.cells.some((c) => c.span > 1 || c.vMerge || c.hMergeContinue));
  if (readPhotoGrid(paras, merged || spans, ctx)) return;
  if (grid.some((row) => row.some((c) => c !== ''))) {
    ctx.out.push({ type: 'table', rows: grid, line });
    if (merged)
      ctx.notes.push({ line, text: `第 ${line} 段起的表格有合并单元格：合并格的文字在它占的每一格里重复写出` });
  }
  for (const r of anchored) emitAnchored(r, ctx);
}

/** The paragraphs of an unfilled content control: their placeholder text is listed as removed, line by line. */
function readPlaceholder(content: Element, ctx: BodyContext): void {
  for (const p of descendants(content, 'w', 'p')) {
    const line = ++ctx.line;
    const text = plainText(p);
    ctx.source[line - 1] = text;
    remove(ctx, 'word-placeholder', text, line);
  }
}

const isTocControl = (sdt: Element) =>
  (wVal(wPath(sdt, 'sdtPr', 'docPartObj'), 'docPartGallery') ?? '').includes('Table of Contents');

/**
 * Reads the block content of a body, table cell, text box or content control in order: paragraphs, tables,
 * content controls (a table of contents control is removed and listed), alternate content (first choice).
 */
export function readBlocks(container: Element, ctx: BodyContext, inToc = false): void {
  for (const c of elements(container)) {
    if (is(c, 'w', 'p')) emitParagraph(c, ctx, inToc);
    else if (is(c, 'w', 'tbl')) readTable(c, ctx);
    else if (is(c, 'w', 'sdt') && showsPlaceholder(c)) readPlaceholder(childOf(c, 'w', 'sdtContent') ?? c, ctx);
    else if (is(c, 'w', 'sdt')) readBlocks(childOf(c, 'w', 'sdtContent') ?? c, ctx, inToc || isTocControl(c));
    else if (is(c, 'w', 'customXml') || is(c, 'w', 'ins') || is(c, 'w', 'moveTo')) readBlocks(c, ctx, inToc);
    else if (is(c, 'mc', 'AlternateContent')) {
      const pick = childOf(c, 'mc', 'Choice') ?? childOf(c, 'mc', 'Fallback');
      if (pick) readBlocks(pick, ctx, inToc);
    }
  }
}

/** Whether a `w:body` has any paragraph at all (a damaged or empty part otherwise). */
export function hasParagraphs(body: Element): boolean {
  return (
    childrenOf(body, 'w', 'p').length > 0 ||
    childrenOf(body, 'w', 'tbl').length > 0 ||
    childrenOf(body, 'w', 'sdt').length > 0
  );
}
