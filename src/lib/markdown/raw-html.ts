// The raw HTML inside a Markdown body, read as a browser (and the site's renderer) reads it. Sätteri gives each
// piece of raw HTML as an `html` node, and the site's renderer parses all of them as one HTML fragment, so a tag
// opened in one piece can swallow everything after it. Here the pieces are laid out on their own source lines
// (everything else blanked) and parsed with parse5, so each element and comment carries the line it opens on.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { CONTENT_SCHEMA } from '../security/sanitize.ts';
import { walkTree, type MdNode } from './body-tree.ts';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** Elements the sanitiser removes together with their content (src/lib/security/sanitize.ts). */
export const STRIPPED: ReadonlySet<string> = new Set(CONTENT_SCHEMA.strip ?? []);

/**
 * Elements whose content is code, never text for a reader: removed whole, their content is not counted as text
 * (a closed `<style>` of a Word paste loses nothing a reader would have seen).
 */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);

// Elements that never take content, so they cannot be left open.
const VOID = new Set(['embed', 'frame']);

/** Something in the raw HTML that the page will not show. */
export interface Removal {
  /** `comment` for `<!-- -->`, else the element's tag name. */
  what: string;
  /** Body line (1-based) where it opens. */
  line: number;
  /** Body line where it ends (the last line, when it is never closed). */
  endLine: number;
  /** True when it is never closed and so runs to the end of the body, swallowing what follows. */
  unclosed: boolean;
  /** The text inside it (for code elements, empty: code is not text). */
  text: string;
}

/** An element of the raw HTML with its nesting depth among the raw HTML elements. */
export interface RawElement {
  tag: string;
  line: number;
  /** 1 for an element not inside another raw HTML element. */
  depth: number;
  /** Depth of the Markdown containers (quotes, lists, paragraphs) around the piece of HTML it opens in. */
  markdownDepth: number;
  /** Its attributes as the HTML parser decoded them (character references resolved). */
  attrs: readonly { name: string; value: string }[];
  /** True when it sits inside something the sanitiser removes whole (so its attributes never reach the page). */
  removed: boolean;
}

/** What the raw HTML of a body holds. */
export interface RawHtml {
  removals: Removal[];
  elements: RawElement[];
  /** True when some text of the body (Markdown or raw HTML) outside every removal is not white space. */
  hasVisibleText: boolean;
}

interface Piece {
  line: number;
  offset: number;
  markdownDepth: number;
}

// Text as HTML text: inside a swallowing element it is swallowed like the page's, and it can close nothing.
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/**
 * Lays the body out as the HTML the renderer parses: raw HTML as written, Markdown text escaped, each on its own
 * source line (Markdown's own tags are left out), so parse5's lines are the body's lines.
 */
function skeleton(tree: MdNode): { html: string; pieces: Piece[] } {
  let html = '';
  let line = 1;
  const pieces: Piece[] = [];
  for (const { node, depth } of walkTree(tree)) {
    const raw = node.type === 'html';
    if (!node.position || !(raw || node.type === 'text' || node.type === 'inlineCode' || node.type === 'code'))
      continue;
    const start = node.position.start.line;
    if (start > line) {
      html += '\n'.repeat(start - line);
      line = start;
    } else html += ' ';
    const value = node.value ?? '';
    if (raw) pieces.push({ line: start, offset: html.length, markdownDepth: depth - 1 });
    html += raw ? value : escapeText(value);
    // A node's lines are the source's lines (container prefixes such as `> ` are left out of the value).
    for (const ch of value) if (ch === '\n') line++;
  }
  return { html, pieces };
}

/** The piece of raw HTML an offset of the skeleton falls in. */
function pieceAt(pieces: Piece[], offset: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  let found: Piece | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.offset <= offset) {
      found = pieces[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function kidsOf(node: P5Node): P5Node[] {
  const kids = 'childNodes' in node ? [...node.childNodes] : [];
  // A template's content lives in its own fragment.
  if ('content' in node && node.content) kids.push(...node.content.childNodes);
  return kids as P5Node[];
}

/** Text of a parse5 subtree, without recursion. */
function textOf(node: P5Node): string {
  let out = '';
  const stack: P5Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text' && 'value' in n) out += n.value;
    else if (n.nodeName === '#comment' && 'data' in n) out += n.data;
    else if (!('tagName' in n && CODE_ELEMENTS.has(n.tagName))) stack.push(...kidsOf(n).reverse());
  }
  return out;
}

/** Reads the raw HTML of a parsed body: its elements with depths, what the page will drop, and visible text. */
export function readRawHtml(tree: MdNode): RawHtml {
  const { html, pieces } = skeleton(tree);
  const result: RawHtml = { removals: [], elements: [], hasVisibleText: false };
  let commentAtEof = false;
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => {
      if (e.code === 'eof-in-comment') commentAtEof = true;
    },
  });
  const lastLine = html.split('\n').length;
  type Frame = { node: P5Node; depth: number; removed: boolean };
  const stack: Frame[] = kidsOf(fragment)
    .reverse()
    .map((node) => ({ node, depth: 1, removed: false }));
  let lastComment: Removal | undefined;
  while (stack.length) {
    const { node, depth, removed } = stack.pop()!;
    const loc = 'sourceCodeLocation' in node ? node.sourceCodeLocation : undefined;
    const line = loc?.startLine ?? 1;
    if (node.nodeName === '#comment') {
      const removal = {
        what: 'comment',
        line,
        endLine: loc?.endLine ?? lastLine,
        unclosed: false,
        text: 'data' in node ? node.data : '',
      };
      if (!removed) result.removals.push(removal);
      lastComment = removal;
      continue;
    }
    if (node.nodeName === '#text') {
      if (!removed && 'value' in node && node.value.trim()) result.hasVisibleText = true;
      continue;
    }
    if (!('tagName' in node)) continue;
    const tag = node.tagName;
    result.elements.push({
      tag,
      line,
      depth,
      markdownDepth: pieceAt(pieces, loc?.startOffset ?? 0)?.markdownDepth ?? 0,
      attrs: 'attrs' in node ? node.attrs : [],
      removed: removed || STRIPPED.has(tag),
    });
    let inside = removed;
    // <plaintext> is not stripped but can never be closed: everything after it shows as raw code.
    if ((STRIPPED.has(tag) || tag === 'plaintext') && !removed) {
      // An element's location has `endTag` only when its end tag was written.
      const closed = !!loc && 'endTag' in loc && !!loc.endTag;
      const unclosed = tag === 'plaintext' || (!VOID.has(tag) && !closed);
      result.removals.push({ what: tag, line, endLine: loc?.endLine ?? lastLine, unclosed, text: textOf(node) });
      inside = true;
    }
    for (const child of kidsOf(node).reverse()) stack.push({ node: child, depth: depth + 1, removed: inside });
  }
  // parse5 reports a comment left open at the end of the input; it is the last comment read.
  if (commentAtEof && lastComment) lastComment.unclosed = true;
  return result;
}
