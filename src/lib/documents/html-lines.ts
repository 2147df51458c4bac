import { escapeInline } from '../core/markdown-escape.ts';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'pre', 'dt', 'dd']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references mammoth writes (&amp; &lt; &gt; &quot; &#39; and numeric ones). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attr(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
}

/** Lays out rows of cells (with colspan/rowspan) as a rectangle; merged cells repeat their text. */
function unmerge(rows: { text: string; colspan: number; rowspan: number }[][]): string[][] {
  const grid: string[][] = [];
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colspan; dc++) grid[r + dr]![c + dc] = cell.text;
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

/**
 * Turns the HTML mammoth makes of a .docx into plain lines for the importer: one line per paragraph, heading or
 * list item, and each table as markdown table lines (first row as header, cells escaped, merged cells repeated).
 * Formatting, links, images and bookmarks (`<a id="_Toc…">`) are dropped; their text is kept.
 */
export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  let text = '';
  let tableDepth = 0;
  let rows: { text: string; colspan: number; rowspan: number }[][] = [];
  let cell: { text: string; colspan: number; rowspan: number } | undefined;
  const flush = () => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    text = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, close, rawTag, attrs, chars] = m;
    if (chars !== undefined) {
      if (cell) cell.text += chars;
      else text += chars;
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (tag === 'table') {
      if (!close && tableDepth++ === 0) {
        flush();
        rows = [];
      } else if (close && --tableDepth === 0) {
        const grid = unmerge(rows);
        if (grid.length) {
          const row = (cells: string[]) => `| ${cells.map((c) => escapeInline(c)).join(' | ')} |`;
          lines.push(row(grid[0]!), `| ${grid[0]!.map(() => '---').join(' | ')} |`, ...grid.slice(1).map(row));
        }
      }
    } else if (tableDepth === 1 && tag === 'tr' && !close) rows.push([]);
    else if (tableDepth === 1 && (tag === 'td' || tag === 'th')) {
      if (!close) cell = { text: '', colspan: attr(attrs!, 'colspan'), rowspan: attr(attrs!, 'rowspan') };
      else if (cell) {
        rows[rows.length - 1]?.push({ ...cell, text: decodeEntities(cell.text).replace(/\s+/g, ' ').trim() });
        cell = undefined;
      }
    } else if (cell && (BLOCK_TAGS.has(tag) || tag === 'br')) cell.text += ' ';
    else if (!cell && (BLOCK_TAGS.has(tag) || tag === 'br')) flush();
  }
  flush();
  return lines;
}
