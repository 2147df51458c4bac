import type { Note } from './blocks.ts';
import { headingRank } from './numbering.ts';
import type { DocBlock } from './types.ts';

/**
 * Headings typed in bold instead of a heading style, in a document that styles some of its headings: 一、 in
 * 标题 1 and （一） typed in bold 正文 is common. Such a document is read by its styles, so without this the
 * bold headings would stay paragraphs (a document that styles no heading, or only its title, is read by the
 * numbering rules, which find them anyway). A one-line paragraph that is all bold is a heading when its text could
 * be a numbered title ({@link headingRank}); its level follows the numbering, scaled by the first numbered styled
 * heading (一、 in 标题 1 makes a bold （一） level 2). Changes `blocks` in place and notes each heading it makes.
 */
export function promoteBoldHeadings(blocks: DocBlock[], boldLines: Set<number>, notes: Note[]): void {
  const styled = blocks.filter((b, i) => b.type === 'heading' && i > 0);
  if (styled.length === 0) return;
  let offset = 1;
  for (const h of styled) {
    const rank = h.type === 'heading' ? headingRank(h.text) : undefined;
    if (h.type === 'heading' && rank !== undefined) {
      offset = h.level - rank;
      break;
    }
  }
  blocks.forEach((b, i) => {
    if (b.type !== 'paragraph' || !boldLines.has(b.line)) return;
    const rank = headingRank(b.text);
    if (rank === undefined) return;
    blocks[i] = { type: 'heading', level: Math.min(9, Math.max(1, offset + rank)), text: b.text, line: b.line };
    notes.push({ line: b.line, text: `第 ${b.line} 段是加粗的编号行，作为小标题` });
  });
}
