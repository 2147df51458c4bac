// Figures a dataset cannot hold: a negative count, a percentage above 100, and a row that is a total (合计, 小计,
// the whole area) but is not declared as one, so the chart would show it as the largest category. Each rule is
// lifted by an explicit declaration in the metadata, never guessed.
import type { CellValue } from '../core/csv/numbers.ts';
import type { DatasetColumn, DatasetMeta } from './schema.ts';
import type { DatasetRow, OrgRef } from './types.ts';

/** A problem about one cell, before the file and line are added. */
export interface CellProblem {
  problem: string;
  fix: string;
}

/**
 * Checks one number cell against what its column can hold: no negative value unless the column declares
 * `canBeNegative: true` (a change, 增减), and for percentages no value above 100 unless it declares
 * `canExceed100: true` (a growth rate, a completion rate such as 超额完成117.5%).
 */
export function cellRangeProblem(value: CellValue, col: DatasetColumn): CellProblem | undefined {
  if (typeof value !== 'number') return undefined;
  if (value < 0 && !col.canBeNegative) {
    return {
      problem: `“${value}”是负数，但“${col.name}”${col.type === 'percent' ? '是比例' : '是数量'}，不能小于 0`,
      fix: '核对是否多写了负号；这一列本来就是增减数（如“比上年增减”）时，在元数据这一列的描述中写 canBeNegative: true',
    };
  }
  if (col.type === 'percent' && value > 100 && !col.canExceed100) {
    return {
      problem: `“${value}%”超过了 100%，覆盖率、占比这样的比例不会超过 100%`,
      fix: '核对是否照录原文、是否把人数填进了比例列；这一列是增长率、完成率等可以超过 100% 的比例时，在元数据这一列的描述中写 canExceed100: true',
    };
  }
  return undefined;
}

/** Words that name a total row (spaces and a trailing unit in brackets or a colon are ignored: 合 计、合计（人）). */
export const TOTAL_WORDS = [
  '合计',
  '总计',
  '小计',
  '共计',
  '总数',
  '总和',
  '汇总',
  '全部',
  '全市',
  '全区',
  '全县',
  '全省',
];

/** The label as compared with total words and area names: no spaces, no bracketed unit, no trailing colon. */
function bareLabel(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[:：]$/, '');
}

// A label that starts or ends with one of these is a total whatever else it says: 全市合计, 合计持证, 持证残疾人合计.
const TOTAL_AFFIXES = ['合计', '总计', '小计', '共计'];

/**
 * True when a label names a total: it is a total word (合计, 全市…), or, with spaces and brackets taken out
 * (（合计）), it starts or ends with 合计/总计/小计/共计.
 */
export function isTotalLabel(label: string): boolean {
  const bare = bareLabel(label);
  if (TOTAL_WORDS.includes(bare)) return true;
  const unbracketed = label.replace(/[\s\u3000()（）[\]【】〔〕:：]+/g, '');
  return [bare, unbracketed].some((l) => TOTAL_AFFIXES.some((w) => l.startsWith(w) || l.endsWith(w)));
}

/** A row that names a total without being declared one, with the column it names it in. */
export interface UndeclaredTotal {
  row: DatasetRow;
  column: string;
  label: string;
  /** `word` for 合计/小计…, `area` for the name of the dataset's own area. */
  why: 'word' | 'area';
}

/**
 * Rows that are totals by their label but are not the row `total:` declares: a 合计/总计/小计 row, or, in a
 * dataset about one organisation, a row named after its area (示例市, 示例市残联). Labels are read in the text
 * columns that name rows: the key columns and the chart's x column (not an organisation column, whose cells name
 * organisations on purpose). A 小计 is reported even when a 合计 is declared: it would be counted twice.
 */
export function undeclaredTotals(meta: DatasetMeta, rows: DatasetRow[], orgs: OrgRef[]): UndeclaredTotal[] {
  const byName = new Map(meta.columns.map((c) => [c.name, c]));
  const labelColumns = [...new Set([...meta.key, ...(meta.chart ? [meta.chart.x] : [])])].filter((name) => {
    const col = byName.get(name);
    return col?.type === 'text' && col.role === undefined;
  });
  const areaNames = new Set<string>();
  if (meta.org.length === 1) {
    for (const o of orgs.filter((x) => x.id === meta.org[0])) {
      for (const n of [o.name, o.shortName, o.region]) if (n) areaNames.add(bareLabel(n));
    }
  }
  const out: UndeclaredTotal[] = [];
  for (const row of rows) {
    if (row.total) continue;
    for (const column of labelColumns) {
      const label = row.raw[column] ?? '';
      const bare = bareLabel(label);
      if (label.trim() === '') continue;
      if (isTotalLabel(label)) out.push({ row, column, label, why: 'word' });
      else if (bare !== '' && areaNames.has(bare)) out.push({ row, column, label, why: 'area' });
    }
  }
  return out;
}
