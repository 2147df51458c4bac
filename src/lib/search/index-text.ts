// What pagefind reads of a page. Pagefind puts a space (and a full stop) only after the block elements it knows
// (p, li, td, div, headings…); the built pages have no whitespace between tags, so a term list, a table header or
// a caption runs into the next text in the index and in excerpts ("单位%指标属性预期性分类…"). Before indexing,
// a space is put after each of the other block elements, so every field stays a word of its own. The published
// pages are not changed.
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

/** Block elements whose end pagefind does not separate from what follows (it separates p, li, td, div…). */
export const SEPARATED_ELEMENTS = new Set([
  'address',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'header',
  'legend',
  'ol',
  'pre',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'th',
  'thead',
  'tr',
]);

// Elements whose content is text, not markup: the tokenizer alone does not know (the tree builder switches it).
const TEXT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  noscript: TokenizerMode.RAWTEXT,
};

/**
 * Returns `html` with a space after the end tag of every element in {@link SEPARATED_ELEMENTS}. Everything else is
 * left byte for byte as it was (the positions come from parse5's tokenizer, so tags in scripts, comments and
 * attribute values are never taken for elements).
 */
export function separateBlocks(html: string): string {
  const ends: number[] = [];
  let tokenizer: Tokenizer;
  const handler = {
    onComment: () => {},
    onDoctype: () => {},
    onStartTag: (t: Token.TagToken) => {
      const state = TEXT_STATES[t.tagName];
      if (state !== undefined && !t.selfClosing) tokenizer.state = state;
    },
    onEndTag: (t: Token.TagToken) => {
      if (SEPARATED_ELEMENTS.has(t.tagName) && t.location) ends.push(t.location.endOffset);
    },
    onEof: () => {},
    onCharacter: () => {},
    onNullCharacter: () => {},
    onWhitespaceCharacter: () => {},
  };
  tokenizer = new Tokenizer({ sourceCodeLocationInfo: true }, handler);
  tokenizer.write(html, true);
  if (ends.length === 0) return html;
  let out = '';
  let at = 0;
  for (const end of ends) {
    out += `${html.slice(at, end)} `;
    at = end;
  }
  return out + html.slice(at);
}
