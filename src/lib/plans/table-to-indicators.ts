import { stringify } from 'yaml';
import { parseTargetText } from './comparator.ts';
import { readCell } from './table/cells.ts';
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

/**
 * Unit of a row: from the name's parentheses or the 单位 column, else from its cells (85% → %, 1800户 → 户), else %
 * for rates (…率, …比例, …增速).
 */
function unitOf(row: TableRow): { unit: string; guessed: boolean } {
  if (row.unit) return { unit: row.unit, guessed: false };
  for (const cell of [row.target, row.baseline]) {
    const p = cell ? parseTargetText(cell) : undefined;
    if (p?.unit) return { unit: p.unit, guessed: false };
  }
  return { unit: /(率|比例|增速|增长)$/.test(row.name) ? '%' : '个', guessed: true };
}

/** The normalised comparator a cell is written with, if any. */
function readCellComparator(text: string): string | undefined {
  const c = readCell(text);
  return c.kind === 'number' ? c.comparator : undefined;
}

/** Turns table rows into indicator drafts with ids `indicator-01`…, sources quoting each row's cells. */
export function tableToIndicators(table: ParsedTable, opts: TableToIndicatorsOptions): DraftResult {
  const baseYear = opts.baseYear ?? table.baseYear;
  const targetYear = opts.targetYear ?? table.targetYear;
  const errors: string[] = [];
  const remarks: string[] = [];
  if (!targetYear) errors.push('表头中找不到目标年份（如“2025年目标值”）：请加上 --target-year 2025 这样的参数');
  // Asked only once the target year is known, so the official fixes one header problem at a time.
  if (
    targetYear &&
    !baseYear &&
    table.rows.some((r) => r.baseline !== undefined && readCell(r.baseline).kind === 'number')
  ) {
    errors.push('表头中找不到基期年份（如“2020年基期值”）：请加上 --base-year 2020 这样的参数');
  }
  const caption = table.caption ? (table.caption.endsWith('表') ? table.caption : `${table.caption}表`) : '主要指标表';
  const indicators = table.rows.map((row): IndicatorDraft => {
    const id = `indicator-${String(row.seq).padStart(2, '0')}`;
    const { unit, guessed } = unitOf(row);
    if (guessed) remarks.push(`第 ${row.seq} 行“${row.name}”：原文没有写单位，暂填“${unit}”，请核对`);
    const draft: IndicatorDraft = { id, name: row.name, unit };
    if (row.category) draft.category = row.category;
    if (row.attribute) draft.attribute = row.attribute;
    // A target “at most” (≤5, <1) is one where lower is better; any other keeps the default, higher.
    const lower = /^(?:<|≤)$/.test(readCellComparator(row.target) ?? '');
    draft.direction = lower ? 'lower' : 'higher';
    if (lower) remarks.push(`第 ${row.seq} 行“${row.name}”：目标“${row.target}”是上限，方向按“越低越好”（lower）写入`);
    draft.main = true;
    if (row.cumulative) draft.cumulative = true;
    const at = `第 ${row.seq} 行“${row.name}”`;
    const base = row.baseline ? readCell(row.baseline) : undefined;
    if (row.baseline && base?.kind === 'number' && baseYear) {
      draft.baseline = { year: baseYear, value: base.value, text: row.baseline };
      if (base.unit && base.unit !== unit)
        errors.push(`${at}的基期值“${row.baseline}”与单位“${unit}”不一致：核对原表，改正后再导入`);
    } else if (base?.kind === 'none') {
      remarks.push(`${at}：基期栏是“${row.baseline}”（原文没有基期值），没有写入 baseline`);
    } else if (row.baseline && base?.kind !== 'number') {
      remarks.push(`${at}：基期值“${row.baseline}”不是一个数，没有写入 baseline，请核对`);
    }
    const year = targetYear ?? 0;
    const target = readCell(row.target);
    if (target.kind === 'number' && parseTargetText(row.target)) draft.target = { year, text: row.target };
    else if (target.kind === 'number') {
      // 〔6〕, 累计300: the text stays as printed; the number and comparator are written out, as the text alone
      // does not read as a number.
      draft.target = {
        year,
        text: row.target,
        ...(target.comparator ? { comparator: target.comparator } : {}),
        value: target.value,
      };
    } else draft.target = { year, text: row.target, qualitative: true };
    if (target.kind === 'number' && target.unit && target.unit !== unit) {
      errors.push(`${at}的目标“${row.target}”与单位“${unit}”不一致：核对原表，改正后再导入`);
    }
    if (target.kind === 'approximate') remarks.push(`${at}：目标“${row.target}”是约数，按文字目标（qualitative）写入`);
    else if (target.kind !== 'number')
      remarks.push(`${at}：目标“${row.target}”没有数值，按文字目标（qualitative）写入`);
    const milestones: { year: number; text: string }[] = [];
    for (const o of row.others ?? []) {
      const cell = readCell(o.text);
      if (cell.kind === 'none') continue;
      if (o.role === 'actual' || !o.year) {
        remarks.push(`${at}：“${o.label}”一栏“${o.text}”没有写入（不是基期值或目标值；实际完成值请写入 actuals.csv）`);
      } else milestones.push({ year: o.year, text: o.text });
    }
    if (milestones.length) draft.milestones = milestones;
    draft.source = { document: opts.document, quote: row.cells.join(' | '), location: `${caption}第${row.seq}行` };
    if (row.note) draft.note = row.note;
    return draft;
  });
  return { indicators, remarks, errors };
}

/** The text of an indicators file: a comment on how it was made, then the indicators. */
export function indicatorsYaml(indicators: IndicatorDraft[], comment: string[]): string {
  return `${comment.map((c) => `# ${c}`).join('\n')}\n${stringify({ indicators }, { lineWidth: 0 })}`;
}
