import type { Styles } from './docx-styles.ts';
import { NS, attr, childOf, descendants, elements, is, onOff, wVal } from './docx-xml.ts';

/** A picture, chart, diagram, embedded object or shape anchored in a paragraph. */
export interface InlineFigure {
  /** Alt text (`wp:docPr` `descr`, else `title`; VML `alt`), whitespace tidied. */
  alt?: string;
  /** The name Word gives the object (图片 3, 文本框 2), for the removal list when it has no text. */
  name: string;
  what: 'image' | 'chart' | 'diagram' | 'object' | 'shape';
}

/** A reference to a footnote or endnote, in reading order. */
export interface NoteRef {
  kind: 'footnote' | 'endnote';
  id: string;
  /** The mark typed by hand instead of Word's automatic number (`w:customMarkFollows`). */
  customMark?: string;
}

/** What a paragraph's runs hold. */
export interface Inline {
  /** The visible text, split where the paragraph has a line break (`w:br`, `w:cr`). */
  segments: string[];
  figures: InlineFigure[];
  /** Text box contents (`w:txbxContent`), read as blocks after the paragraph. */
  textBoxes: Element[];
  /** Hidden text (`w:vanish`), tracked deletions and symbol-font characters, left out of `segments`. */
  hidden: string[];
  deleted: string[];
  /** Placeholder text of an unfilled content control (单击或点击此处输入文字。), shown greyed, not the author's. */
  placeholders: string[];
  symbols: string[];
  noteRefs: NoteRef[];
  commentIds: string[];
  /** All visible text is bold (`w:b` on the run, its character style or the paragraph style). */
  allBold: boolean;
}

/** Collapses whitespace (tabs, ideographic and no-break spaces included) to single spaces and trims. */
export const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The `w:txbxContent` elements under `el`, without those nested inside another one (read with their parent). */
function textBoxesIn(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (e: Element) => {
    for (const c of elements(e)) {
      if (is(c, 'w', 'txbxContent')) out.push(c);
      else visit(c);
    }
  };
  visit(el);
  return out;
}

function drawing(el: Element, out: Inline): void {
  const frame = elements(el).find((c) => is(c, 'wp', 'inline') || is(c, 'wp', 'anchor'));
  const docPr = childOf(frame, 'wp', 'docPr');
  const uri = attr(descendants(el, 'a', 'graphicData')[0], undefined, 'uri') ?? '';
  const pics = descendants(el, 'pic', 'cNvPr');
  const boxes = textBoxesIn(el);
  const what: InlineFigure['what'] = uri.endsWith('/chart')
    ? 'chart'
    : uri.endsWith('/diagram')
      ? 'diagram'
      : pics.length
        ? 'image'
        : 'shape';
  const alt =
    tidy(attr(docPr, undefined, 'descr') ?? '') ||
    tidy(attr(docPr, undefined, 'title') ?? '') ||
    pics.map((p) => tidy(attr(p, undefined, 'descr') ?? '')).find(Boolean);
  out.textBoxes.push(...boxes);
  if (what === 'shape' && boxes.length) return;
  out.figures.push({ alt: alt || undefined, name: tidy(attr(docPr, undefined, 'name') ?? '') || '图形', what });
}

/** A VML picture or shape (`w:pict`, and the preview of an embedded object `w:object`). */
function vml(el: Element, out: Inline, object: boolean): void {
  const boxes = textBoxesIn(el);
  out.textBoxes.push(...boxes);
  const images = descendants(el, 'v', 'imagedata');
  if (!object && !images.length && boxes.length) return;
  const shape = elements(el).find((c) => c.namespaceURI === NS.v);
  const alt =
    tidy(attr(shape, undefined, 'alt') ?? '') || images.map((i) => tidy(attr(i, 'o', 'title') ?? '')).find(Boolean);
  const prog = attr(descendants(el, 'o', 'OLEObject')[0], undefined, 'ProgID');
  out.figures.push({
    alt: alt || undefined,
    name: prog ?? (tidy(attr(shape, undefined, 'id') ?? '') || '图形'),
    what: object ? 'object' : images.length ? 'image' : 'shape',
  });
}

interface RunContext {
  styles: Styles;
  paraStyle?: string;
}

function runHidden(r: Element, ctx: RunContext): boolean {
  const rPr = childOf(r, 'w', 'rPr');
  const direct = onOff(rPr, 'vanish');
  if (direct !== undefined) return direct;
  const rStyle = wVal(rPr, 'rStyle');
  return ctx.styles.hidden(rStyle) || ctx.styles.hidden(ctx.paraStyle);
}

/** The plain text under `el` (for deleted runs, comments): `w:t`, `w:delText`, tabs and breaks as spaces. */
export function plainText(el: Element): string {
  let s = '';
  const visit = (e: Element) => {
    for (const c of elements(e)) {
      if (is(c, 'w', 't') || is(c, 'w', 'delText') || is(c, 'm', 't')) s += c.textContent ?? '';
      else if (is(c, 'w', 'tab') || is(c, 'w', 'br') || is(c, 'w', 'cr') || is(c, 'w', 'p')) {
        s += ' ';
        if (is(c, 'w', 'p')) visit(c);
      } else if (is(c, 'mc', 'AlternateContent')) {
        const pick = childOf(c, 'mc', 'Choice') ?? childOf(c, 'mc', 'Fallback');
        if (pick) visit(pick);
      } else if (!is(c, 'w', 'instrText') && !is(c, 'w', 'pPr') && !is(c, 'w', 'rPr')) visit(c);
    }
  };
  visit(el);
  return tidy(s);
}

/**
 * Reads the runs of a paragraph (`w:p`, its `w:pPr` skipped) in reading order: text, line breaks, pictures and
 * text boxes, note and comment references. Alternate content (`mc:AlternateContent`) is read once, from its first
 * choice (the DrawingML text box) and not again from the VML fallback Word writes beside it.
 */
export function readInline(p: Element, ctx: RunContext): Inline {
  const out: Inline = {
    segments: [''],
    figures: [],
    textBoxes: [],
    hidden: [],
    deleted: [],
    placeholders: [],
    symbols: [],
    noteRefs: [],
    commentIds: [],
    allBold: true,
  };
  const add = (s: string) => {
    out.segments[out.segments.length - 1] += s;
  };
  const run = (r: Element) => {
    const rPr = childOf(r, 'w', 'rPr');
    const bold = onOff(rPr, 'b') ?? ctx.styles.bold(wVal(rPr, 'rStyle')) ?? ctx.styles.bold(ctx.paraStyle) ?? false;
    const hidden = runHidden(r, ctx);
    if (!bold && !hidden && descendantsText(r)) out.allBold = false;
    runContent(r, hidden);
  };
  const runContent = (r: Element, hidden: boolean) => {
    let custom: NoteRef | undefined;
    for (const c of elements(r)) {
      if (is(c, 'w', 't')) {
        const t = c.textContent ?? '';
        if (custom) {
          custom.customMark = tidy(t);
          custom = undefined;
        } else if (hidden) out.hidden.push(t);
        else add(t);
      } else if (hidden) continue;
      else if (is(c, 'w', 'tab') || is(c, 'w', 'ptab')) add('\t');
      else if (is(c, 'w', 'br') || is(c, 'w', 'cr')) out.segments.push('');
      else if (is(c, 'w', 'noBreakHyphen')) add('-');
      else if (is(c, 'w', 'sym')) {
        const code = Number.parseInt(attr(c, 'w', 'char') ?? '', 16);
        // Symbol-font characters (Wingdings ticks, boxes) sit in the private use area: no text to keep.
        if (Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) add(String.fromCodePoint(code));
        else out.symbols.push(`${wVal(r, 'font') ?? attr(c, 'w', 'font') ?? ''} ${attr(c, 'w', 'char') ?? ''}`.trim());
      } else if (is(c, 'w', 'drawing')) drawing(c, out);
      else if (is(c, 'w', 'pict')) vml(c, out, false);
      else if (is(c, 'w', 'object')) vml(c, out, true);
      else if (is(c, 'mc', 'AlternateContent')) alternate(c, (pick) => runContent(pick, hidden));
      else if (is(c, 'w', 'footnoteReference') || is(c, 'w', 'endnoteReference')) {
        const ref: NoteRef = {
          kind: c.localName === 'footnoteReference' ? 'footnote' : 'endnote',
          id: attr(c, 'w', 'id') ?? '',
        };
        out.noteRefs.push(ref);
        if (['1', 'true', 'on'].includes(attr(c, 'w', 'customMarkFollows') ?? '')) custom = ref;
      } else if (is(c, 'w', 'commentReference')) out.commentIds.push(attr(c, 'w', 'id') ?? '');
    }
  };
  const inline = (el: Element) => {
    for (const c of elements(el)) {
      if (is(c, 'w', 'pPr')) continue;
      if (is(c, 'w', 'r')) run(c);
      else if (is(c, 'w', 'del') || is(c, 'w', 'moveFrom')) {
        const t = plainText(c);
        if (t) out.deleted.push(t);
      } else if (is(c, 'm', 'oMath') || is(c, 'm', 'oMathPara')) add(plainText(c));
      else if (is(c, 'w', 'ruby')) {
        const base = childOf(c, 'w', 'rubyBase');
        if (base) inline(base);
      } else if (is(c, 'mc', 'AlternateContent')) alternate(c, inline);
      else if (is(c, 'w', 'sdt') && showsPlaceholder(c)) {
        const t = plainText(childOf(c, 'w', 'sdtContent') ?? c);
        if (t) out.placeholders.push(t);
      }
      // Hyperlinks, insertions, smart tags, simple fields, content controls: their runs are text.
      else inline(is(c, 'w', 'sdt') ? (childOf(c, 'w', 'sdtContent') ?? c) : c);
    }
  };
  inline(p);
  return out;
}

/** Whether a content control (`w:sdt`) shows its placeholder text: nobody has filled it in. */
export function showsPlaceholder(sdt: Element): boolean {
  return childOf(childOf(sdt, 'w', 'sdtPr'), 'w', 'showingPlcHdr') !== undefined;
}

/** Whether a run shows any text other than spaces (its `w:t`). */
function descendantsText(r: Element): boolean {
  return elements(r).some((c) => is(c, 'w', 't') && (c.textContent ?? '').trim() !== '');
}

function alternate(el: Element, read: (e: Element) => void): void {
  const pick = childOf(el, 'mc', 'Choice') ?? childOf(el, 'mc', 'Fallback');
  // A choice holds run content (w:drawing) when it sits in a run, or runs when it sits in a paragraph.
  if (pick) read(pick);
}
