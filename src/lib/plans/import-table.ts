import mammoth from 'mammoth';
import { decodeEntities } from '../documents/html-lines.ts';

/**
 * Reading a plan's main-indicator table (主要指标表: 序号 | 指标 | 基期值 | 目标值 | 指标属性) from the three shapes
 * it arrives in: a Word table, text with one cell per line (web pages, seed 003), and space-aligned columns (PDF).
 */

/** One row of the table, cells as written. */
export interface TableRow {
  seq: number;
  name: string;
  /** Baseline cell; absent when the row has a single merged value cell. */
  baseline?: string;
  /** Target cell (or the merged value cell). */
  target: string;
  /** 约束性 / 预期性 when the table has that column. */
  attribute?: string;
  /** The row's cells as written, for the source quote. */
  cells: string[];
  /** 1-based line of the row in text input. */
  line?: number;
}

/** A parsed table. */
export interface ParsedTable {
  format: 'docx' | 'lines' | 'columns';
  rows: TableRow[];
  /** Year of the baseline column (from a header such as 2020年基期值). */
  baseYear?: number;
  /** Year of the target column (from 2025年目标值). */
  targetYear?: number;
  /** The table's title line, e.g. “十四五”时期残疾人事业发展主要指标. */
  caption?: string;
}

export const FORMAT_LABELS: Record<ParsedTable['format'], string> = {
  docx: 'Word 表格',
  lines: '一格一行的文字表格',
  columns: '按空格对齐的文字表格（如 PDF 复制的文字）',
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
    if (years.length === 2 && /基期/.test(h) && /目标/.test(h)) [out.baseYear, out.targetYear] = years as [number, number];
  }
  return out;
}

/** Turns the cells after the row number into a row: name, value cells, attribute. */
function toRow(seq: number, cells: string[], line?: number): TableRow | undefined {
  const [name, ...rest] = cells;
  if (!name || rest.length === 0) return undefined;
  const attribute = rest.length > 1 && ATTRIBUTE.test(rest.at(-1) ?? '') ? rest.at(-1) : undefined;
  const values = attribute ? rest.slice(0, -1) : rest;
  const row: TableRow = { seq, name, target: values.at(-1) ?? '', cells: [String(seq), ...cells], ...(line ? { line } : {}) };
  if (values.length >= 2) row.baseline = values[0];
  if (attribute) row.attribute = attribute;
  return row;
}

/**
 * One cell per line (seed 003): a header starting with 序号, then each row as its number followed by its cells.
 * A row ends at its attribute (约束性/预期性) when the table has that column, otherwise at the next row number.
 */
export function parseLinesTable(text: string): ParsedTable | undefined {
  const lines = text.split(/\r?\n/).map((l, i) => ({ text: l.trim(), line: i + 1 })).filter((l) => l.text !== '');
  const h = lines.findIndex((l) => compact(l.text) === '序号');
  if (h < 0) return undefined;
  const first = lines.findIndex((l, i) => i > h && l.text === '1');
  if (first < 0 || first - h > 20) return undefined;
  const header = lines.slice(h, first).map((l) => l.text).join(' ');
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
 * Space-aligned columns (text copied from a PDF): a header line with 序号, then lines starting with the row number,
 * cells separated by two or more spaces or a tab. A line without a number continues the name of the row above.
 */
export function parseColumnsTable(text: string): ParsedTable | undefined {
  const lines = text.split(/\r?\n/);
  const h = lines.findIndex((l) => /^\s*序\s*号(\s|$)/.test(l));
  if (h < 0) return undefined;
  const split = (l: string) => l.trim().split(/\s{2,}|\t+/).filter(Boolean);
  const rows: TableRow[] = [];
  const headerLines: string[] = [lines[h]!];
  let seq = 1;
  // A numbered line with only the name: its values are on the next line, after the rest of the name.
  let pending: { cells: string[]; line: number } | undefined;
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      if (rows.length || pending) break;
      continue;
    }
    const cells = split(raw);
    if (pending) {
      const [rest, ...values] = cells;
      const row = toRow(seq, [`${pending.cells[0] ?? ''}${rest ?? ''}`, ...values], pending.line);
      pending = undefined;
      if (!row) break;
      rows.push(row);
      seq++;
    } else if (cells[0] === String(seq)) {
      if (cells.length === 2) {
        pending = { cells: cells.slice(1), line: i + 1 };
        continue;
      }
      const row = toRow(seq, cells.slice(1), i + 1);
      if (!row) break;
      rows.push(row);
      seq++;
    } else if (!rows.length) headerLines.push(raw);
    else if (cells.length === 1) {
      const last = rows.at(-1)!;
      last.name += cells[0];
      last.cells[1] = last.name;
    } else break;
  }
  const prev = lines.slice(0, h).reverse().find((l) => l.trim() !== '')?.trim();
  const caption = prev && prev.length <= 40 && !/[。,，]/.test(prev) ? prev : undefined;
  return rows.length ? { format: 'columns', rows, caption, ...headerYears(headerLines.join(' ')) } : undefined;
}

const cellText = (html: string) =>
  decodeEntities(html.replace(/<\/p>\s*<p[^>]*>/g, '').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** The first table of a .docx that has a 序号 or 指标 header; merged value cells stay one cell. */
export async function parseDocxTable(bytes: Uint8Array): Promise<ParsedTable | undefined> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...(tr[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((td) => cellText(td[1] ?? '')),
    );
    const first = rows.findIndex((r) => r[0] === '1');
    if (first < 0 || !rows.slice(0, first).some((r) => r.some((c) => /序号|指标/.test(compact(c))))) continue;
    const header = rows.slice(0, first).flat().join(' ');
    const out: TableRow[] = [];
    for (let i = first, seq = 1; i < rows.length && rows[i]![0] === String(seq); i++, seq++) {
      const row = toRow(seq, rows[i]!.slice(1).filter((c) => c !== ''));
      if (row) out.push(row);
    }
    const before = html.slice(0, html.indexOf(table)).match(/<p[^>]*>([\s\S]*?)<\/p>/g)?.at(-1);
    const prev = before ? cellText(before) : undefined;
    const caption = prev && prev.length <= 40 && !/[。,，]/.test(prev) ? prev : undefined;
    if (out.length) return { format: 'docx', rows: out, caption, ...headerYears(header) };
  }
  return undefined;
}

/** Reads a table from text: one cell per line first, then space-aligned columns. */
export function parseTextTable(text: string): ParsedTable | undefined {
  const lines = parseLinesTable(text);
  const columns = parseColumnsTable(text);
  if (lines && columns) return columns.rows.length > lines.rows.length ? columns : lines;
  return lines ?? columns;
}
