import { stringify } from 'yaml';
import { parseTargetText } from './comparator.ts';
import type { ParsedTable, TableRow } from './import-table.ts';

/** Options for turning a parsed table into an indicators file. */
export interface TableToIndicatorsOptions {
  /** Id of the source document, e.g. `003`. */
  document: string;
  /** Base year; overrides the table header. */
  baseYear?: number;
  /** Target year; overrides the table header. */
  targetYear?: number;
}

/** An indicator as written into `indicators.yaml` (the input shape of the indicator schema). */
export type IndicatorDraft = Record<string, unknown> & { id: string; name: string };

/** The drafted indicators plus what the official should check by hand. */
export interface DraftResult {
  indicators: IndicatorDraft[];
  /** Remarks per row, in Chinese, e.g. that a unit was guessed. */
  remarks: string[];
  /** Errors that stop the import (e.g. no target year). */
  errors: string[];
}

/** Unit of a row: from its cells (85% → %, 1800户 → 户), else % for rates (…率, …比例, …增速). */
function unitOf(row: TableRow): { unit: string; guessed: boolean } {
  for (const cell of [row.target, row.baseline]) {
    const p = cell ? parseTargetText(cell) : undefined;
    if (p?.unit) return { unit: p.unit, guessed: false };
  }
  return { unit: /(率|比例|增速|增长)$/.test(row.name) ? '%' : '个', guessed: true };
}

/** Turns table rows into indicator drafts with ids `indicator-01`…, sources quoting each row's cells. */
export function tableToIndicators(table: ParsedTable, opts: TableToIndicatorsOptions): DraftResult {
  const baseYear = opts.baseYear ?? table.baseYear;
  const targetYear = opts.targetYear ?? table.targetYear;
  const errors: string[] = [];
  const remarks: string[] = [];
  if (!targetYear) errors.push('表头中找不到目标年份（如“2025年目标值”）：请加上 --target-year 2025 这样的参数');
  const caption = table.caption ? (table.caption.endsWith('表') ? table.caption : `${table.caption}表`) : '主要指标表';
  const indicators = table.rows.map((row): IndicatorDraft => {
    const id = `indicator-${String(row.seq).padStart(2, '0')}`;
    const { unit, guessed } = unitOf(row);
    if (guessed) remarks.push(`第 ${row.seq} 行“${row.name}”：原文没有写单位，暂填“${unit}”，请核对`);
    const draft: IndicatorDraft = { id, name: row.name, unit };
    if (row.attribute) draft.attribute = row.attribute;
    draft.direction = 'higher';
    draft.main = true;
    const base = row.baseline ? parseTargetText(row.baseline) : undefined;
    if (row.baseline && base && baseYear) {
      draft.baseline = { year: baseYear, value: base.value, text: row.baseline };
    } else if (row.baseline) {
      remarks.push(`第 ${row.seq} 行“${row.name}”：基期值“${row.baseline}”不是一个数，没有写入 baseline，请核对`);
    }
    const target = parseTargetText(row.target);
    draft.target = target
      ? { year: targetYear ?? 0, text: row.target }
      : { year: targetYear ?? 0, text: row.target, qualitative: true };
    if (!target) remarks.push(`第 ${row.seq} 行“${row.name}”：目标“${row.target}”没有数值，按文字目标（qualitative）写入`);
    draft.source = { document: opts.document, quote: row.cells.join(' | '), location: `${caption}第${row.seq}行` };
    return draft;
  });
  return { indicators, remarks, errors };
}

/** The text of an indicators file: a comment on how it was made, then the indicators. */
export function indicatorsYaml(indicators: IndicatorDraft[], comment: string[]): string {
  return `${comment.map((c) => `# ${c}`).join('\n')}\n${stringify({ indicators }, { lineWidth: 0 })}`;
}
