import { escapeInline } from '../core/markdown-escape.ts';
import type { DocBlock } from './types.ts';

/** A document's text blocks laid out as lines for `convertText`, and where each line came from. */
export interface LaidOut {
  text: string;
  /** Source line of each 1-based text line (index 0 unused). */
  sourceLine: number[];
  /** True when every text line sits at its own source line, so no line number needs translating. */
  identity: boolean;
}

function tableLines(rows: string[][]): string[] {
  const row = (cells: string[]) => `| ${cells.map((c) => escapeInline(c.replace(/\s+/g, ' ').trim())).join(' | ')} |`;
  const [header, ...body] = rows;
  if (!header) return [];
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(row)];
}

/**
 * Lays out the paragraphs, list items and tables of a document without marked headings as the text lines
 * `convertText` reads (tables as markdown table rows, as the Word path has always done). Each block goes on its own
 * source line when it can, so a text file comes back line for line and every line number in the dry run is the
 * file's; when blocks take more lines than the source (a table), later blocks move down and `sourceLine` says
 * where each line came from.
 */
export function layOutText(blocks: DocBlock[]): LaidOut {
  const lines: string[] = [''];
  const sourceLine: number[] = [0];
  let identity = true;
  for (const b of blocks) {
    let parts: string[];
    if (b.type === 'paragraph' || b.type === 'list-item' || b.type === 'heading')
      parts = [b.text.replace(/[\r\n]+/g, ' ')];
    else if (b.type === 'table') parts = tableLines(b.rows);
    else continue;
    while (lines.length < b.line) {
      sourceLine.push(lines.length);
      lines.push('');
    }
    if (lines.length !== b.line) identity = false;
    for (const p of parts) {
      if (lines.length !== b.line) identity = false;
      lines.push(p);
      sourceLine.push(b.line);
    }
  }
  return { text: lines.slice(1).join('\n'), sourceLine, identity };
}

/** Translates `第 N 行` in a note written about the laid-out text into the source's line numbers. */
export function translateLineRefs(text: string, sourceLine: number[]): string {
  return text.replace(/第 (\d+) 行/g, (m, n: string) => `第 ${sourceLine[Number(n)] ?? n} 行`);
}
