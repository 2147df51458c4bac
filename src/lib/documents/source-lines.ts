import type { SourceLine } from './blocks.ts';

// No-break and ideographic spaces pad table cells and indent paragraphs in text copied from web pages and Word.
const ODD_SPACES = /[\u00a0\u2002\u2003\u2009\u3000\ufeff]/g;

/**
 * Splits a document's text into non-empty, trimmed lines that remember their original line numbers.
 * No-break and full-width spaces become ordinary spaces; runs of spaces inside a line are kept as one.
 */
export function toSourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = raw
      .replace(ODD_SPACES, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (t !== '') out.push({ text: t, line: i + 1 });
  });
  return out;
}
