import { normaliseComparator } from '../comparator.ts';
import { readCell } from './cells.ts';
import type { ParsedTable, PassedLine, TableRow } from './types.ts';

/**
 * What `npm run import:indicators` prints about a table, in Chinese: how it read the header, each row as it will
 * be written (comparator, value, unit, attribute, category), and every line it passed over, with why.
 */

/** A drafted indicator (the input shape of the indicator schema): the description shows unit, category, attribute. */
export type DraftView = Record<string, unknown>;

const lineRange = (r: TableRow) => {
  const lines = r.lines ?? (r.line ? [r.line] : []);
  if (!lines.length) return '';
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  if (sorted.length === 1) return `第 ${sorted[0]} 行`;
  const contiguous = sorted.every((l, i) => i === 0 || l === sorted[i - 1]! + 1);
  return contiguous ? `第 ${sorted[0]}–${sorted.at(-1)} 行` : `第 ${sorted.join('、')} 行`;
};

function valueText(text: string, year: number | undefined, unit: string, target: boolean): string {
  const cell = readCell(text);
  const y = year ? `${year}年 ` : '';
  switch (cell.kind) {
    case 'none':
      return `${y}无（“${text}”）`;
    case 'approximate':
      return `${y}约数“${text}”（按文字写入，不计算是否达到）`;
    case 'words':
      return `${y}文字“${text}”（不计算是否达到）`;
    case 'number': {
      const op = cell.comparator ? normaliseComparator(cell.comparator) : undefined;
      const how = op ? `比较符号 ${op}` : target ? '未写比较符号' : '';
      return `${y}${cell.value}${unit === '%' ? '%' : ` ${unit}`}${how ? `（${how}${cell.cumulative ? '，累计' : ''}）` : cell.cumulative ? '（累计）' : ''}`;
    }
  }
}

/** One line per row: where it was read and what will be written. */
export function describeRows(table: ParsedTable, drafts: DraftView[]): string[] {
  const out = ['逐行读取结果（写入的单位、分类、基期、目标、属性）：'];
  table.rows.forEach((r, i) => {
    const d = drafts[i];
    if (!d) return;
    const unit = String(d.unit);
    const parts = [
      `单位 ${unit}`,
      `分类 ${typeof d.category === 'string' ? d.category : '（无）'}`,
      `基期 ${r.baseline !== undefined ? valueText(r.baseline, table.baseYear, unit, false) : '（无）'}`,
      ...(r.others ?? []).map(
        (o) =>
          `${o.label} ${valueText(o.text, undefined, unit, false)}${o.role === 'actual' ? '（实际值，不写入）' : ''}`,
      ),
      `目标 ${valueText(r.target, table.targetYear, unit, true)}`,
      `属性 ${typeof d.attribute === 'string' ? d.attribute : '（无）'}`,
    ];
    out.push(
      `  ${r.seq}.（${lineRange(r) || `第 ${r.seq} 项`}${r.marker ? `，序号 ${r.marker}` : ''}）${r.name} ｜ ${parts.join(' ｜ ')}`,
    );
  });
  return out;
}

const passedLine = (p: PassedLine) => `  第 ${p.line} 行 “${p.text.trim().replace(/\s{2,}/g, '  ')}”：${p.why}`;

/** The header as read, the lines passed over inside the table and where the table ends. */
export function describeLayout(table: ParsedTable): string[] {
  const out: string[] = [];
  if (table.header) out.push(`表头：${table.header}`);
  if (table.passed?.length) {
    out.push(`表格中不是指标的行（${table.passed.length} 行）：`);
    for (const p of table.passed) out.push(passedLine(p));
  }
  if (table.end) out.push(`表格到第 ${table.end.line} 行之前结束：“${table.end.text.trim()}”（${table.end.why}）`);
  return out;
}
