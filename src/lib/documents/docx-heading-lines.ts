import type { BodyContext, ReadParagraph } from './docx-body.ts';

const isWide = (ch: string | undefined) => (ch?.codePointAt(0) ?? 0) >= 0x2e80;

/**
 * Joins the lines of a heading or title broken by a manual line break. A space only between two Latin words or
 * numbers: Chinese text puts none next to a Chinese character, digits included (联合会↵2024年 is 联合会2024年).
 */
export function joinLines(parts: string[]): string {
  return parts.reduce((acc, s) => (acc === '' ? s : acc + (isWide(acc.at(-1)) || isWide(s[0]) ? '' : ' ') + s), '');
}

// A heading line longer than this, or one ending a sentence, after a manual line break is body text.
const MAX_HEADING_LINE = 40;

/**
 * A heading paragraph, its lines after a manual line break joined to it, except from the first line that is a
 * sentence (ends with 。！？；) or longer than a heading line: Shift+Enter after 一、总体情况 and then the section's
 * text typed in the heading's paragraph. Those lines become paragraphs, so the text is not glued onto the heading.
 */
export function headingWithBody(r: ReadParagraph, ctx: BodyContext): void {
  const cut = r.segments.findIndex((s, i) => i > 0 && (/[。！？；]$/.test(s) || s.length > MAX_HEADING_LINE));
  const head = cut < 0 ? r.segments : r.segments.slice(0, cut);
  ctx.out.push({ type: 'heading', level: r.level!, text: joinLines(head), line: r.line });
  if (cut < 0) return;
  for (const s of r.segments.slice(cut)) ctx.out.push({ type: 'paragraph', text: s, line: r.line });
  ctx.notes.push({ line: r.line, text: `第 ${r.line} 段是标题，手动换行之后的文字是正文，已分成段落` });
}
