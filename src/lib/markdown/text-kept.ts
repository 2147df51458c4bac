// "No text lost between source and page": the Chinese characters and digits of a body's source, counted one by
// one, must all be in the text a reader sees on the rendered page. Counting characters (rather than comparing
// strings) survives every legitimate change the renderer makes (tags, quotes, a bold line moved into a table
// caption) and catches every way of losing text, known or not.
import { parseFragment, Tokenizer, type DefaultTreeAdapterMap, type Token } from 'parse5';
import { parseBody, walkTree } from './body-tree.ts';
import { CODE_ELEMENTS } from './raw-html.ts';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['documentFragment'];

/** The characters counted: Chinese characters (Han script) and digits, any width. */
export const COUNTED = /[\p{Script=Han}\p{Nd}]/u;
const COUNTED_ALL = /[\p{Script=Han}\p{Nd}]/gu;

/** The counted characters of a text, with how often each occurs. */
export function countedChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [ch] of text.matchAll(COUNTED_ALL)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * The text of raw HTML as written: everything outside tags, comments included, without the tree builder's rules
 * (a tokenizer alone never enters a swallowing state). Only the code of a closed `<script>` or `<style>` is left
 * out; a code element never closed gives its text back, since everything after it is the author's.
 */
function rawHtmlText(html: string): string {
  let out = '';
  let code: { tag: string; buffer: string } | undefined;
  const add = (text: string) => {
    if (code) code.buffer += text;
    else out += text;
  };
  const handler = {
    onComment: (t: Token.CommentToken) => add(` ${t.data} `),
    onDoctype: () => {},
    onStartTag: (t: Token.TagToken) => {
      if (!code && CODE_ELEMENTS.has(t.tagName)) code = { tag: t.tagName, buffer: '' };
      else add(' ');
    },
    onEndTag: (t: Token.TagToken) => {
      if (code?.tag === t.tagName) code = undefined;
      else add(' ');
    },
    onEof: () => {},
    onCharacter: (t: Token.CharacterToken) => add(t.chars),
    onNullCharacter: () => {},
    onWhitespaceCharacter: (t: Token.CharacterToken) => add(t.chars),
  };
  new Tokenizer({ sourceCodeLocationInfo: false }, handler).write(html, true);
  return code ? out + code.buffer : out;
}

/**
 * The text of a Markdown body as its author wrote it: its Markdown text and code and the text of its raw HTML,
 * read in document order as one stream (Markdown text escaped), so a closed `<script>` around Markdown text holds
 * code like any other.
 */
export function sourceText(body: string): string {
  let html = '';
  for (const { node } of walkTree(parseBody(body))) {
    const value = node.value ?? '';
    if (node.type === 'html') html += `${value}\n`;
    else if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      html += `${value.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}\n`;
    }
  }
  return rawHtmlText(html);
}

/** The text a reader sees in rendered HTML: its text nodes, without scripts, styles and templates. */
export function pageText(html: string): string {
  let out = '';
  const stack: P5Node[] = [parseFragment(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) out += node.value;
    if ('tagName' in node && (CODE_ELEMENTS.has(node.tagName) || node.tagName === 'template')) continue;
    if ('childNodes' in node)
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as P5Node);
  }
  return out;
}

/**
 * The counted characters of `source` (less those in `removed`, which the check reported as removed) that `page`
 * lacks, each as often as it is missing, in the order of the source: empty when no text was lost.
 */
export function lostText(source: string, page: string, removed = ''): string {
  const have = countedChars(page);
  for (const [ch, n] of countedChars(removed)) have.set(ch, (have.get(ch) ?? 0) + n);
  let lost = '';
  for (const [ch] of source.matchAll(COUNTED_ALL)) {
    const n = have.get(ch) ?? 0;
    if (n > 0) have.set(ch, n - 1);
    else lost += ch;
  }
  return lost;
}
