// The description link previews show (og:description, the meta description): a page's own summary, cut at a
// sentence end so a preview never stops mid-phrase.

/** Longest description kept whole; link previews show about this many Chinese characters. */
export const DESCRIPTION_MAX = 120;

import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SENTENCE_END = /[。！？!?；;]/g;

/**
 * The first sentences of `text` that fit in `max` characters (whitespace collapsed). A first sentence longer than
 * `max` is cut at `max - 1` characters and ends with “…”. Empty text gives ''.
 */
export function shortDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let end = 0;
  for (const m of clean.matchAll(SENTENCE_END)) {
    if (m.index + 1 > max) break;
    end = m.index + 1;
  }
  return end > 0 ? clean.slice(0, end) : `${clean.slice(0, max - 1)}…`;
}

/**
 * The text of the first paragraph (`<p>`) of rendered HTML, whitespace collapsed, for a page whose front matter
 * has no summary. Paragraphs inside tables, lists and quotes count too: they are the document's own words.
 */
export function firstParagraph(html: string): string {
  const find = (node: Node): Element | undefined => {
    if ('tagName' in node && node.tagName === 'p' && textOf(node).trim()) return node;
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      const hit = find(child);
      if (hit) return hit;
    }
    return undefined;
  };
  const p = find(parseFragment(html));
  return p ? textOf(p).replace(/\s+/g, ' ').trim() : '';
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
