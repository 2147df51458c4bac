import { splitName } from './table/cells.ts';
import { readCellLinesTable } from './table/cell-lines-table.ts';
import { readDocxTable } from './table/docx-table.ts';
import { readTextTable } from './table/text-table.ts';
import type { ParsedTable, TableRow } from './table/types.ts';

export type { ParsedTable, TableRow } from './table/types.ts';

/**
 * Reading a plan's main-indicator table (主要指标表: 序号 | 指标 | 基期值 | 目标值 | 指标属性) from the shapes it
 * arrives in: a Word table, text with one cell per line (web pages, seed 003), and space-aligned columns (PDF).
 * The Word and column readers are in `src/lib/documents/plan-table/`.
 */

export const FORMAT_LABELS: Record<ParsedTable['format'], string> = {
  docx: 'Word 表格',
  lines: '一格一行的文字表格',
  columns: '按空格对齐的文字表格（如 PDF 复制的文字）',
  pdf: 'PDF 中的表格',
};

const ATTRIBUTE = /^(约束性|预期性)$/;
const compact = (s: string) => s.replace(/\s+/g, '');

/** Years named in the header: the one before 基期 is the base year, the one before 目标 the target year. */
function headerYears(header: string): { baseYear?: number; targetYear?: number } {
  const h = compact(header);
  const out: { baseYear?: number; targetYear?: number } = {};
  const base = /(\d{4})年?(?:基期|基数|现状)/.exec(h);
  const target = /(\d{4})年?(?:目标|规划)/.exec(h);
  if (base) out.baseYear = Number(base[1]);
  if (target) out.targetYear = Number(target[1]);
  if (!base && !target) {
    // Headers split over lines (2020年 / 2025年 / 基期值 / 目标值): years in order, base first.
    const years = [...h.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
    if (years.length === 2 && /基期/.test(h) && /目标/.test(h))
      [out.baseYear, out.targetYear] = years as [number, number];
  }
  return out;
}

/** Turns the cells after the row number into a row: name, value cells, attribute. */
function toRow(seq: number, cells: string[], line?: number): TableRow | undefined {
  const [name, ...rest] = cells;
  if (!name || rest.length === 0) return undefined;
  const attribute = rest.length > 1 && ATTRIBUTE.test(rest.at(-1) ?? '') ? rest.at(-1) : undefined;
  const values = attribute ? rest.slice(0, -1) : rest;
  const { name: bare, unit } = splitName(name);
  const row: TableRow = {
    seq,
    name: bare,
    target: values.at(-1) ?? '',
    cells: [String(seq), ...cells],
    ...(line ? { line } : {}),
    ...(unit ? { unit } : {}),
  };
  if (values.length >= 2) row.baseline = values[0];
  if (attribute) row.attribute = attribute;
  return row;
}

/**
 * One cell per line (seed 003): a header starting with 序号, then each row as its number followed by its cells.
 * A row ends at its attribute (约束性/预期性) when the table has that column, otherwise at the next row number.
 */
export function parseLinesTable(text: string): ParsedTable | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l, i) => ({ text: l.trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
  const h = lines.findIndex((l) => compact(l.text) === '序号');
  if (h < 0) return undefined;
  const first = lines.findIndex((l, i) => i > h && l.text === '1');
  if (first < 0 || first - h > 20) return undefined;
  const header = lines
    .slice(h, first)
    .map((l) => l.text)
    .join(' ');
  const hasAttribute = /属性/.test(compact(header));
  const prev = lines[h - 1]?.text;
  const caption = prev && prev.length <= 40 && !/[。,，]/.test(prev) ? prev : undefined;
  const rows: TableRow[] = [];
  let i = first;
  for (let seq = 1; lines[i]?.text === String(seq); seq++) {
    const start = lines[i]!.line;
    const cells: string[] = [];
    i++;
    while (i < lines.length) {
      const t = lines[i]!.text;
      if (t === String(seq + 1) && cells.length >= 2) break;
      cells.push(t);
      i++;
      if (hasAttribute && ATTRIBUTE.test(t)) break;
      if (cells.length >= 6) break;
    }
    const row = toRow(seq, cells, start);
    if (!row) break;
    rows.push(row);
  }
  return rows.length ? { format: 'lines', rows, caption, ...headerYears(header) } : undefined;
}

/**
 * Space-aligned columns (text copied from a PDF): a header line naming the columns (序号 optional), then the rows,
 * numbered or not, with category rows, wrapped names and page breaks (see `documents/plan-table/assemble.ts`).
 */
export function parseColumnsTable(text: string): ParsedTable | undefined {
  return readTextTable(text, 'columns');
}

/** The first table of a .docx with a recognised header; merged value cells stay one cell. */
export async function parseDocxTable(bytes: Uint8Array): Promise<ParsedTable | undefined> {
  return readDocxTable(bytes);
}

/** Reads a table from text: one cell per line first, then space-aligned columns. */
export function parseTextTable(text: string): ParsedTable | undefined {
  // One cell per line goes through the same row reader as columns (readCellLinesTable); parseLinesTable, which
  // knows only 序号 tables and took a 单位 cell for the baseline, is no longer used here.
  const lines = readCellLinesTable(text);
  const columns = parseColumnsTable(text);
  if (lines && columns) return columns.rows.length > lines.rows.length ? columns : lines;
  return lines ?? columns;
}
