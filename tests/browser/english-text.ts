// Finds English sentences in the text a reader sees on a page. Public pages speak Chinese to citizens: an English
// sentence there is developer text that leaked (a commit subject, research notes, an error message).
//
// What a reader sees: text nodes of the body and the titles/labels read aloud (alt, title, aria-label,
// placeholder, value of buttons), minus what is not prose:
// - elements whose text is code or data: <code>, <pre>, <kbd>, <samp>, <var>, <script>, <style>, <template>,
//   <svg> internals other than <title>/<desc>, <noscript> is kept (it is what a JS-off reader sees);
// - text marked `lang="en"` is NOT exempt: no English text is justified on the site today (the guides once showed
//   research notes in English inside <q lang="en">), so marking text English does not hide it from this scan;
// - inside the remaining text: web addresses, e-mail addresses, file names with an extension, and standard numbers
//   (GB/T 7714-2015, ISO 8601, WCAG 2.2); see STRIPPED.
// What is left counts as an English sentence when it holds at least MIN_WORDS Latin words in a row (separated only by
// spaces and ASCII punctuation), not counting the words in ALLOWED: format names and product names a citizen sees in
// Chinese text (下载 CSV 文件, 浙里办 App).
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is code, data or not shown. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'head']);

/** Attributes whose values are shown or read aloud. */
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];

/**
 * Words that may stand in Chinese text: file formats, standards bodies and names of apps and sites as citizens
 * know them. Compared lower-case.
 */
export const ALLOWED = new Set([
  'csv',
  'json',
  'pdf',
  'xlsx',
  'xls',
  'docx',
  'doc',
  'wps',
  'ofd',
  'txt',
  'zip',
  'rss',
  'atom',
  'xml',
  'html',
  'utf',
  'app',
  'gb',
  't',
  'iso',
  'wcag',
  'aa',
  'aaa',
  'ai',
  'id',
  'url',
  'api',
  'gov',
  'uk',
  'pagefind',
  'javascript',
  'ppt',
]);

/** A run of this many Latin words in a row is a sentence (or the start of one). */
export const MIN_WORDS = 3;

/** Text that is not prose: addresses, e-mail, file names and standard numbers. */
const STRIPPED: RegExp[] = [
  /\bhttps?:\/\/\S+/g,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /(?:\/[\w.-]+)+\/?/g, // site paths such as /reports/huzhou/
  /\b[\w-]+\.(?:csv|json|pdf|xlsx?|docx?|wps|txt|zip|xml|md|yaml|html)\b/gi,
  /\b(?:GB|GB\/T|GB\/Z|ISO|IEC|WCAG|DB\d*(?:\/T)?)\s*[\d.:-]+(?:\s*[\d.:-]+)*/g,
];

/** One English sentence found on a page. */
export interface EnglishHit {
  /** The words found, as written. */
  text: string;
  /** Where: the element's tag and the attribute when it came from one, e.g. `p` or `img@alt`. */
  where: string;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The English sentences in one piece of text (empty when there are none). */
export function englishSentences(text: string): string[] {
  let rest = text;
  for (const re of STRIPPED) rest = rest.replace(re, ' ');
  const hits: string[] = [];
  // Runs of Latin words joined by spaces and ASCII punctuation; Chinese text or a digit-only token ends a run.
  for (const m of rest.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[\s,.;:!?()"“”'’/&-]+[A-Za-z][A-Za-z'’-]*)*/g)) {
    const words = m[0].split(/[^A-Za-z'’-]+/).filter((w) => w && !ALLOWED.has(w.toLowerCase()));
    if (words.length >= MIN_WORDS) hits.push(m[0].trim());
  }
  return hits;
}

/** The English sentences a reader sees in an HTML document. */
export function englishOnPage(html: string): EnglishHit[] {
  const hits: EnglishHit[] = [];
  const visit = (node: Node, parentTag: string) => {
    if (node.nodeName === '#text' && 'value' in node) {
      for (const text of englishSentences(node.value)) hits.push({ text, where: parentTag });
      return;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) for (const c of node.childNodes) visit(c, parentTag);
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    // Inside an SVG only <title> and <desc> are read; the rest is drawing.
    if (
      node.namespaceURI === 'http://www.w3.org/2000/svg' &&
      !['svg', 'title', 'desc', 'g', 'text'].includes(node.tagName)
    )
      return;
    for (const name of READ_ATTRIBUTES) {
      const value = attr(node, name);
      if (value) for (const text of englishSentences(value)) hits.push({ text, where: `${node.tagName}@${name}` });
    }
    if (node.tagName === 'input' && ['button', 'submit', 'reset'].includes(attr(node, 'type') ?? '')) {
      for (const text of englishSentences(attr(node, 'value') ?? '')) hits.push({ text, where: 'input@value' });
    }
    const children = node.tagName === 'template' ? [] : node.childNodes;
    for (const c of children) visit(c, node.tagName);
  };
  const doc = parse(html);
  // The page's <title> is shown in the tab and read first: it counts although it sits in <head>.
  const parts = doc.childNodes.filter(isElement).flatMap((h) => h.childNodes.filter(isElement));
  for (const part of parts) {
    if (part.tagName === 'head') {
      for (const el of part.childNodes.filter(isElement)) if (el.tagName === 'title') visit(el, 'title');
    } else visit(part, part.tagName);
  }
  return hits;
}
