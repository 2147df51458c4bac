/**
 * Lays a web page's DOM out as a browser shows it, in reading order: lines of text (a line ends at a block
 * boundary or a `<br>`), images, and data tables. Styles are not carried over: a `仿宋_GB2312` span or a
 * `<font>` is just its text. Script, style and template contents are not text of the page and are skipped.
 */
import { tableOf } from './web-table.ts';

/** A line of text as shown. `node` is its first text node (for containment tests and the source line). */
export interface WebLine {
  kind: 'line';
  text: string;
  line: number;
  node: Node;
  /** The nearest block element around the line (`<p>`, `<td>`, `<li>`, `<h2>`…). */
  block: Element;
  /** Level of the `<h1>`–`<h6>` the line is in. */
  heading?: number;
  /** Depth (1 = outermost) and rendered marker (`1. ` for `<ol>`, empty for `<ul>`) of the `<li>` it is in. */
  list?: { depth: number; marker: string };
  /** Characters of the line that sit inside links. */
  linkChars: number;
  /** Inside an element hidden with `hidden` or `display:none`. */
  hidden: boolean;
  /** All of its text is bold (`<strong>`, `<b>`, `font-weight` bold): how CMS editors mark a section heading. */
  bold: boolean;
}

/** An `<img>`. */
export interface WebImage {
  kind: 'image';
  alt?: string;
  title?: string;
  line: number;
  node: Element;
  block: Element;
}

/** A data table (not a layout table): rows of cell text, merged cells repeated. */
export interface WebTable {
  kind: 'table';
  rows: string[][];
  /** The text of each source row, its cells once (merged cells not repeated), and the row's source line. */
  source: { text: string; line: number }[];
  merged: boolean;
  line: number;
  node: Element;
}

export type WebItem = WebLine | WebImage | WebTable;

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'CANVAS',
  'AUDIO',
  'VIDEO',
  'INPUT',
  'TEXTAREA',
  'MAP',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SELECT',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const HEADING = /^H([1-6])$/;
// CJK characters and full-width punctuation: a line break in the HTML source between two of them shows as nothing
// (CSS Text 3 segment-break transformation), elsewhere as one space.
const CJK =
  '[\\u2e80-\\u2fdf\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
const CJK_BREAK = new RegExp(`(?<=${CJK})[ \\t\\r\\f]*\\n\\s*(?=${CJK})`, 'g');

/** Collapses a line's whitespace to single spaces (full-width and no-break spaces count as spaces). */
export function collapse(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** Joins two pieces of one cell or line: no space between CJK characters, one space otherwise. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return new RegExp(`${CJK}$`).test(a) && new RegExp(`^${CJK}`).test(b) ? a + b : `${a} ${b}`;
}

/** True when the element is hidden from the reader (`hidden`, `display:none`, `visibility:hidden`). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** Whether the element makes its text bold: `<b>`, `<strong>`, or `font-weight` bold or at least 600. */
function isBold(el: Element): boolean {
  if (el.tagName === 'B' || el.tagName === 'STRONG') return true;
  const weight = (el as HTMLElement).style?.fontWeight;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

function isElement(n: Node): n is Element {
  return n.nodeType === 1;
}

interface Context {
  block: Element;
  heading?: number;
  list?: { depth: number; marker: string };
  inLink: boolean;
  hidden: boolean;
  bold: boolean;
}

/** The rendered marker of an `<li>`: its number for `<ol>` (respecting `start`), nothing for `<ul>`. */
function markerOf(li: Element): string {
  const list = li.parentElement;
  if (list?.tagName !== 'OL') return '';
  const start = Number(list.getAttribute('start') ?? '1');
  const index = Array.from(list.children)
    .filter((c) => c.tagName === 'LI')
    .indexOf(li);
  return `${(Number.isFinite(start) ? start : 1) + index}. `;
}

/**
 * Walks `root` and returns its items in reading order. `lineOf` gives the 1-based source line of a node.
 * Tables that hold other tables, a single column or a single row are layout, not data, and are walked as blocks.
 */
export function webItems(root: Element, lineOf: (n: Node) => number): WebItem[] {
  const items: WebItem[] = [];
  let parts: { text: string; link: boolean; bold: boolean }[] = [];
  let first: Text | undefined;
  let runCtx: Context | undefined;

  const flush = () => {
    if (first && runCtx) {
      // A line break inside one text node between CJK characters is a wrapped source line and shows as nothing;
      // whitespace between elements (`</span>\n<span>`) shows as a space.
      const raw = parts.map((p) => p.text.replace(CJK_BREAK, '')).join('');
      const text = collapse(raw);
      if (text) {
        const linkChars = parts.filter((p) => p.link).reduce((n, p) => n + collapse(p.text).length, 0);
        const leading = /^\s*/.exec(first.data)![0].split('\n').length - 1;
        items.push({
          kind: 'line',
          text,
          line: lineOf(first) + leading,
          node: first,
          block: runCtx.block,
          heading: runCtx.heading,
          list: runCtx.list,
          linkChars,
          hidden: runCtx.hidden,
          bold: parts.every((p) => p.bold || p.text.trim() === ''),
        });
      }
    }
    parts = [];
    first = undefined;
    runCtx = undefined;
  };

  const walk = (node: Node, ctx: Context) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const t = child as Text;
        if (!first && t.data.trim() === '') continue;
        if (!first) {
          first = t;
          runCtx = ctx;
        }
        parts.push({ text: t.data, link: ctx.inLink, bold: ctx.bold });
        continue;
      }
      if (!isElement(child) || SKIP.has(child.tagName)) continue;
      const tag = child.tagName;
      const hidden = ctx.hidden || isHidden(child);
      const bold = ctx.bold || isBold(child);
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'IMG') {
        flush();
        const alt = child.getAttribute('alt')?.trim() || undefined;
        const title = child.getAttribute('title')?.trim() || undefined;
        if (!hidden) items.push({ kind: 'image', alt, title, line: lineOf(child), node: child, block: ctx.block });
        continue;
      }
      if (tag === 'TABLE') {
        flush();
        const table = tableOf(child, (cell) => cellText(cell, lineOf));
        if (table && !hidden) {
          const source = table.rowText.map((text, r) => ({ text, line: lineOf(table.rowElements[r]!) }));
          items.push({
            kind: 'table',
            rows: table.rows,
            source,
            merged: table.merged,
            line: lineOf(child),
            node: child,
          });
          continue;
        }
      }
      if (BLOCK.has(tag)) {
        flush();
        const h = HEADING.exec(tag);
        const list = tag === 'LI' ? { depth: depthOf(child), marker: markerOf(child) } : ctx.list;
        const heading = h ? Number(h[1]) : ctx.heading;
        walk(child, { block: child, heading, list, inLink: ctx.inLink, hidden, bold });
        flush();
        continue;
      }
      if (hidden !== ctx.hidden) {
        // A hidden inline element starts its own line so that its text can be listed apart.
        flush();
        walk(child, { ...ctx, hidden, bold, inLink: ctx.inLink || tag === 'A' });
        flush();
        continue;
      }
      walk(child, { ...ctx, bold, inLink: ctx.inLink || tag === 'A' });
    }
  };

  walk(root, { block: root, inLink: false, hidden: isHidden(root), bold: isBold(root) });
  flush();
  return items;
}

function depthOf(li: Element): number {
  let depth = 0;
  for (let p: Element | null = li; p; p = p.parentElement) if (p.tagName === 'LI') depth++;
  return depth;
}

/** A cell's text: its lines joined (no space between CJK characters); images in a cell give their alt text. */
function cellText(cell: Element, lineOf: (n: Node) => number): string {
  return webItems(cell, lineOf)
    .map((it) =>
      it.kind === 'line'
        ? it.text
        : it.kind === 'table'
          ? it.rows.map((r) => r.join(' ')).join(' ')
          : (it.alt ?? it.title ?? ''),
    )
    .reduce(joinText, '');
}
