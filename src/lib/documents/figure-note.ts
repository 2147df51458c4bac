import type { Block } from './blocks.ts';

/**
 * How a figure and the source's footnotes appear in the imported markdown. The importer adds exactly these
 * characters of its own, and the words-kept check (`words-kept.ts`) knows them:
 * - a figure becomes the paragraph `（图：说明）`, the 说明 being only the source's own caption and alt text
 *   (alt text first, joined with `；` when both exist and differ); the importer adds the character 图 and punctuation;
 * - footnotes and endnotes are gathered at the end under a bold paragraph `**注释**` (the characters 注释), each
 *   as a paragraph `［标号］注释文字`, the 标号 being the note's label as the source numbers it.
 * Markdown footnotes (`[^1]`) are not used: GFM drops a definition nobody references, and the readers do not
 * know where in a paragraph the reference stood, so a footnote could vanish from the page.
 */
export const FIGURE_OPEN = '（图：';
/** Closes a figure note. */
export const FIGURE_CLOSE = '）';
/** The bold paragraph that starts the list of notes. */
export const NOTES_TITLE = '注释';

/** The text of a figure note, or undefined when the source gives the image neither alt text nor caption. */
export function figureText(alt: string | undefined, caption: string | undefined): string | undefined {
  // Alt text first: it belongs to the image, the caption follows it in Word and on web pages.
  const parts = [alt, caption].map((s) => s?.replace(/\s+/g, ' ').trim() ?? '').filter((s) => s !== '');
  const distinct = parts.filter((s, i) => parts.indexOf(s) === i);
  return distinct.length ? `${FIGURE_OPEN}${distinct.join('；')}${FIGURE_CLOSE}` : undefined;
}

/** The blocks of the notes list: `**注释**`, then `［标号］文字` for each note. */
export function noteBlocks(notes: { label: string; text: string; line: number }[]): Block[] {
  if (notes.length === 0) return [];
  return [
    { type: 'paragraph', text: NOTES_TITLE, line: notes[0]!.line, strong: true },
    ...notes.map((n): Block => ({ type: 'paragraph', text: `［${n.label.trim()}］${n.text}`, line: n.line })),
  ];
}
