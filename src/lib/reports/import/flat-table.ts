import type { Block, Note, SourceLine } from '../../documents/blocks.ts';
import { matchNumbering } from '../../documents/numbering.ts';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Longest line that can be a table cell; longer lines (or lines with 。) end the table. */
const MAX_CELL = 40;
const CJK_SPACE = /(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g;

function isCell(text: string): boolean {
  return text.length <= MAX_CELL && !text.includes('。') && !matchNumbering(text);
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}

/**
 * Joins header fragments (a header cell that wrapped onto two lines is two lines) into `n` header cells:
 * a year (`2020年`) joins the line after it; a fragment repeating an earlier one (`指标` … `指标` `属性`) joins the
 * line after it; if still too many, the last two join.
 */
export function joinHeader(fragments: string[], n: number): string[] | undefined {
  let cells = fragments.map((f) => f.replace(CJK_SPACE, ''));
  const joinAt = (i: number) => (cells = [...cells.slice(0, i), cells[i]! + cells[i + 1]!, ...cells.slice(i + 2)]);
  for (let i = 0; i < cells.length - 1 && cells.length > n; i++) if (/^\d{4}年$/.test(cells[i]!)) joinAt(i);
  for (let i = 1; i < cells.length - 1 && cells.length > n; i++) if (cells.slice(0, i).includes(cells[i]!)) joinAt(i);
  while (cells.length > n) joinAt(cells.length - 2);
  return cells.length === n ? cells : undefined;
}

/** A table found in one-cell-per-line text, and the range of lines it replaces. */
export interface FlatTable {
  /** Index in the input of the first line replaced (the caption line if there is one). */
  start: number;
  /** Index after the last line replaced. */
  end: number;
  /** The short line just above the header, e.g. “十四五”时期残疾人事业发展主要指标. */
  caption?: SourceLine;
  table: TableBlock;
  notes: Note[];
}

/**
 * Finds a table flattened to one cell per line (seed 003): a header starting with the line `序号`, then rows that
 * each start with their number (1, 2, 3 …) followed by their cells. The number of columns is the usual number of
 * cells per row. A row with fewer cells has a merged cell: its first value cell (the one after number and name)
 * spans the missing columns and is repeated in each, as merged cells are when a table is unmerged. Extra cells at the end of a row are a category row that follows it.
 */
export function findFlatTable(lines: SourceLine[], from = 0): FlatTable | undefined {
  for (let h = from; h < lines.length; h++) {
    if (lines[h]!.text.replace(/\s/g, '') !== '序号') continue;
    const first = lines.findIndex((l, i) => i > h && l.text === '1');
    if (first < 0 || first - h > 20 || !lines.slice(h, first).every((l) => isCell(l.text))) continue;
    let end = first;
    while (end < lines.length && isCell(lines[end]!.text)) end++;
    const seq: number[] = [];
    for (let i = first, expected = 1; i < end; i++) {
      if (lines[i]!.text === String(expected)) {
        seq.push(i);
        expected++;
      }
    }
    if (seq.length < 2) continue;
    const lengths = seq.slice(0, -1).map((s, i) => seq[i + 1]! - s - 1);
    const n = 1 + mode(lengths);
    const header = joinHeader(
      lines.slice(h, first).map((l) => l.text),
      n,
    );
    if (!header) continue;
    const notes: Note[] = [];
    const rows: string[][] = [header];
    const last = seq[seq.length - 1]!;
    end = Math.min(end, last + n);
    seq.forEach((s, r) => {
      const stop = r + 1 < seq.length ? seq[r + 1]! : end;
      const cells = lines.slice(s, stop).map((l) => l.text);
      if (cells.length < n) {
        const span = n - cells.length + 1;
        const at = Math.min(2, cells.length - 1);
        notes.push({
          line: lines[s]!.line,
          text: `表格第 ${cells[0]} 行只有 ${cells.length} 个单元格，按合并单元格处理：“${cells[at]}”填入${header
            .slice(at, at + span)
            .join('、')}各列`,
        });
        cells.splice(at, 1, ...Array<string>(span).fill(cells[at]!));
      }
      rows.push(cells.slice(0, n));
      if (cells.length > n) {
        const category = cells.slice(n).join(' ');
        notes.push({ line: lines[s + n]!.line, text: `表格中“${category}”作为分类行` });
        rows.push([category, ...Array<string>(n - 1).fill('')]);
      }
    });
    const above = lines[h - 1];
    const caption = above && isCell(above.text) && h - 1 >= from ? above : undefined;
    return {
      start: caption ? h - 1 : h,
      end,
      caption,
      table: { type: 'table', rows, line: lines[h]!.line },
      notes,
    };
  }
  return undefined;
}
