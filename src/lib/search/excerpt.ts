// The excerpt under each search result, built from the page's indexed text rather than taken from pagefind:
// pagefind cuts its excerpt at a fixed number of words (so it starts mid-sentence, "，可以申请护理补贴…") and
// highlights every segment it matched (人, 证), where readers need a sentence that starts at its beginning and the
// words they typed marked whole.
import { escapeHtml } from './render.ts';

/** Characters that end a sentence in the page text. */
const SENTENCE_END = /[。！？；!?;\n]/;
/** Characters that end a clause, where a long sentence may be entered when its match lies far in. */
const CLAUSE_END = /[，、：:,]/;
/** Closing quotes and brackets, which belong to the sentence they close. */
const CLOSING = /[”’」』）)]/;
// A space between two Chinese characters is no word space: the index put it where one block or field of the page
// ends and the next begins (净居亮居 分类：…).
const FIELD_BEFORE = /[\p{Script=Han}）”》」』]/u;
const FIELD_AFTER = /[\p{Script=Han}（“《「『]/u;

/** One sentence of the text: where it starts and ends, and whether punctuation (not a field's end) ends it. */
export interface Sentence {
  start: number;
  end: number;
  /** True when 。！？；or a line break ends it; false at the end of a field or of the text. */
  closed: boolean;
}

/**
 * Prepares indexed text for excerpts: pagefind joins block elements (headings, paragraphs, list items) with ". "
 * after a word character, so a ". " after a Chinese character ends a block as 。 does and is shown as 。 (the page
 * has no full stop there); runs of spaces become one.
 */
export function excerptText(text: string): string {
  return decodeEntities(text)
    .replace(/(?<=[^\x00-\x7f])\. /g, '。 ')
    .replace(/[ \t\r\f\v]+/g, ' ');
}

/** Splits prepared text (see {@link excerptText}) into sentences at punctuation and at the ends of fields. */
export function sentenceSpans(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number, closed: boolean) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start) out.push({ start, end, closed });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SENTENCE_END.test(c)) {
      while (i + 1 < text.length && CLOSING.test(text[i + 1]!)) i++;
      push(i + 1, true);
    } else if (c === ' ' && i > 0 && FIELD_BEFORE.test(text[i - 1]!) && FIELD_AFTER.test(text[i + 1] ?? '')) {
      push(i, false);
    }
  }
  push(text.length, false);
  return out;
}

/** The sentences of indexed text, as strings (trimmed, line breaks dropped). */
export function sentences(text: string): string[] {
  const t = excerptText(text);
  return sentenceSpans(t).map((s) => t.slice(s.start, s.end).replace(/\n/g, '').trim());
}

/** Finds the non-overlapping occurrences of `terms` in `text`, the longest term winning where two start together. */
export function findTerms(text: string, terms: string[]): { start: number; end: number }[] {
  const sorted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lower.length;) {
    const hit = sorted.find((t) => lower.startsWith(t.toLowerCase(), i));
    if (hit) {
      out.push({ start: i, end: i + hit.length });
      i += hit.length;
    } else i++;
  }
  return out;
}

/** Escapes `text` for HTML and wraps each whole occurrence of a term in `<mark>`. */
export function highlight(text: string, terms: string[]): string {
  let html = '';
  let at = 0;
  for (const { start, end } of findTerms(text, terms)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/** How well a sentence matches: each distinct term counts by its length, so a whole official term beats a part. */
function sentenceScore(sentence: string, terms: string[]): number {
  const lower = sentence.toLowerCase();
  const found = new Set(findTerms(lower, terms).map((r) => lower.slice(r.start, r.end)));
  return [...found].reduce((n, t) => n + t.length, 0);
}

/** Options of {@link buildExcerpt}. */
export interface ExcerptOptions {
  /** The result's title: a sentence that only repeats it says nothing new and is passed over. */
  title?: string;
  /** Longest excerpt in characters, before the closing "…". */
  maxChars?: number;
}

/**
 * Builds a result's excerpt as HTML: the sentence of `text` that matches most of `terms`, from its beginning (the
 * text's first sentence after the title when none matches), followed by the next sentences while they fit in
 * `maxChars`, with every whole term marked. A sentence whose match lies beyond `maxChars` is entered at the
 * clause before the match, after a "…"; a cut end gets a "…".
 */
export function buildExcerpt(text: string, terms: string[], options: ExcerptOptions = {}): string {
  const maxChars = options.maxChars ?? 90;
  const t = excerptText(text);
  const spans = sentenceSpans(t);
  if (spans.length === 0) return '';
  const textOf = (s: Sentence) => t.slice(s.start, s.end);
  const title = (options.title ?? '').replace(/\s+/g, ' ').trim();
  const repeatsTitle = (s: Sentence) =>
    title !== '' &&
    textOf(s)
      .replace(/[。.]$/, '')
      .trim() === title;
  let best = -1;
  let bestScore = 0;
  spans.forEach((s, i) => {
    const score = sentenceScore(textOf(s), terms) - (repeatsTitle(s) ? 0.5 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  if (best < 0) best = spans.findIndex((s) => !repeatsTitle(s));
  if (best < 0) best = 0;
  let start = spans[best]!.start;
  let prefix = '';
  const match = findTerms(textOf(spans[best]!), terms)[0];
  if (match && match.end > maxChars) {
    // Enter the sentence at the clause before the match, so the match is shown; the "…" says text was left out.
    let from = start + match.start;
    const matchEnd = start + match.end;
    while (from > start && !CLAUSE_END.test(t[from - 1]!) && matchEnd - from < maxChars) from--;
    start = from;
    prefix = '…';
  }
  // The sentences that follow, while they fit; a field's end (not punctuation) ends the excerpt, so fields of
  // different kinds are not run together.
  let last = best;
  while (spans[last]!.closed && last + 1 < spans.length && spans[last + 1]!.end - start <= maxChars) last++;
  let excerpt = t.slice(start, spans[last]!.end).replace(/\n/g, ' ').trim();
  let suffix = '';
  if (excerpt.length > maxChars) {
    excerpt = excerpt.slice(0, maxChars);
    suffix = '…';
  }
  return `${prefix ? escapeHtml(prefix) : ''}${highlight(excerpt, terms)}${suffix}`;
}

/** Undoes the few entities the index may keep in its text (it never keeps markup). */
function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
