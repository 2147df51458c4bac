import type { Block, Heading } from '../../documents/blocks.ts';
import { escapeInline, escapeParagraph } from '../../core/markdown-escape.ts';

function tableLines(rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map((c) => escapeInline(c)).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header!), `| ${header!.map(() => '---').join(' | ')} |`, ...body.map(line)];
}

/** Writes blocks as markdown, one blank line between blocks, with body text escaped so it renders verbatim. */
export function renderBody(blocks: Block[]): string {
  const parts = blocks.map((b) => {
    switch (b.type) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${escapeInline(b.text)}`;
      case 'paragraph':
        return b.strong ? `**${escapeInline(b.text)}**` : escapeParagraph(b.text);
      case 'table':
        return tableLines(b.rows).join('\n');
      case 'markdown-table':
        return b.lines.join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}

/** The outline for the dry run: one heading a line, indented by level, with its source line. */
export function renderOutline(headings: Heading[]): string[] {
  return headings.map(
    (h) => `${'  '.repeat(Math.max(0, h.level - 2))}${'#'.repeat(h.level)} ${h.text}（第 ${h.line} 行）`,
  );
}
