// The description link previews show (og:description, the meta description): a page's own summary, cut at a
// sentence end so a preview never stops mid-phrase.

/** Longest description kept whole; link previews show about this many Chinese characters. */
export const DESCRIPTION_MAX = 120;

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
