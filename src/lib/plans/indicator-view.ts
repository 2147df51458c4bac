import { valueAxis, type ChartSeries, type ChartSpec, type ChartTarget } from '../core/chart-spec.ts';
import { COMPARATOR_WORDS } from './comparator.ts';
import { fmt, withUnit } from './progress.ts';
import type { Plan } from './schema.ts';
import type { SourceRef } from './source-ref.ts';
import type { IndicatorView } from './view.ts';
import { figureAnchor, indicatorUrl } from '../core/urls.ts';
import { figureValue } from '../core/source-ref.ts';

// Addresses live with every other address in core/urls.ts.
export { indicatorUrl, planUrl } from '../core/urls.ts';

/** One row of an indicator's data table: baseline, each actual, and the target. */
export interface ValueRow {
  kind: 'baseline' | 'actual' | 'target';
  /** 基期值 / 实际值 / 目标值. */
  label: string;
  year: number;
  /** The number, absent for a qualitative target. */
  value?: number;
  /** As shown: the number with unit, or the target's source text (≧85%). */
  display: string;
  /** As the document writes it, where recorded. */
  text?: string;
  /** Normalised comparator of a numeric target. */
  comparator?: string;
  source: SourceRef;
  note?: string;
}

const LABELS = { baseline: '基期值', actual: '实际值', target: '目标值' } as const;

/** The numbers of an indicator in year order, the target row included, each with its source. */
export function valueRows(v: IndicatorView): ValueRow[] {
  const { indicator: i } = v;
  const rows: ValueRow[] = [];
  if (i.baseline) {
    rows.push({
      kind: 'baseline',
      label: LABELS.baseline,
      year: i.baseline.year,
      value: i.baseline.value,
      display: withUnit(i.baseline.value, i.unit),
      ...(i.baseline.text ? { text: i.baseline.text } : {}),
      source: i.baseline.source ?? i.source,
    });
  }
  for (const a of v.actuals) {
    rows.push({
      kind: 'actual',
      label: LABELS.actual,
      year: a.year,
      value: a.value,
      display: withUnit(a.value, i.unit),
      ...(a.text ? { text: a.text } : {}),
      source: a.source,
      ...(a.note ? { note: a.note } : {}),
    });
  }
  const t = i.target;
  rows.push({
    kind: 'target',
    label: LABELS.target,
    year: t.year,
    ...(t.kind === 'numeric' ? { value: t.value, comparator: t.comparator } : {}),
    display: t.text,
    text: t.text,
    source: t.source ?? i.source,
    ...(t.note ? { note: t.note } : {}),
  });
  return rows.sort((a, b) => a.year - b.year || order(a.kind) - order(b.kind));
}
const order = (k: ValueRow['kind']) => ({ baseline: 0, actual: 1, target: 2 })[k];

/** How the target reads in a sentence: 2025年目标85%（不低于85%）. */
export function targetPhrase(v: IndicatorView): string {
  const t = v.indicator.target;
  if (t.kind === 'qualitative') return `${t.year}年目标为“${t.text}”`;
  const meaning = `${COMPARATOR_WORDS[t.comparator]}${withUnit(t.value, v.indicator.unit)}`;
  return `${t.year}年目标${t.text}${t.text === meaning ? '' : `（${meaning}）`}`;
}

/**
 * The one-sentence summary shown above the chart, e.g.
 * 2020年基期值68%，2025年目标85%（不低于85%），暂无后续数据。
 */
export function summarySentence(v: IndicatorView): string {
  const { indicator: i, progress: p } = v;
  const parts: string[] = [];
  if (i.baseline) parts.push(`${i.baseline.year}年基期值${withUnit(i.baseline.value, i.unit)}`);
  const latest = p.latest ?? v.actuals.at(-1);
  if (latest) parts.push(`${latest.year}年实际值${withUnit(latest.value, i.unit)}`);
  parts.push(targetPhrase(v));
  let tail: string;
  if (i.target.kind === 'qualitative') tail = '文字目标不作评判';
  else if (p.status === 'not-assessable') tail = latest ? '尚不能评判' : '暂无后续数据';
  else tail = p.completionPercent !== undefined ? `${p.label}（完成率${fmt(p.completionPercent, 1)}%）` : p.label;
  return `${parts.join('，')}，${tail}。`;
}

/** The line chart of an indicator: baseline and actuals, the straight line to the target, the target marked. */
export function indicatorChart(v: IndicatorView): ChartSpec {
  const { indicator: i } = v;
  const rows = valueRows(v);
  const first = Math.min(...rows.map((r) => r.year));
  const last = Math.max(...rows.map((r) => r.year));
  const years = Array.from({ length: last - first + 1 }, (_, k) => first + k);
  const at = (pairs: { year: number; value: number }[]) =>
    years.map((y) => pairs.find((p) => p.year === y)?.value ?? null);
  const observed = [...(i.baseline ? [{ year: i.baseline.year, value: i.baseline.value }] : []), ...v.actuals];
  const series: ChartSeries[] = [];
  if (observed.length) {
    series.push({
      label: i.baseline ? '基期值和实际值' : '实际值',
      color: 1,
      line: 'solid',
      marker: 'circle',
      markerSize: 5,
      spanGaps: true,
      data: at(observed),
    });
  }
  const t = i.target;
  let target: ChartTarget | undefined;
  if (t.kind === 'numeric') {
    // The straight line is the method's expected progress. Where the target equals the baseline (99% → >99%) the
    // method has no line to follow, and a flat line would read as “no change planned”: the target alone is drawn.
    if (i.baseline && i.baseline.value !== t.value) {
      series.push({
        label: '基期到目标的直线（应有进度）',
        color: 'target',
        line: 'dashed',
        marker: 'none',
        spanGaps: true,
        data: at([
          { year: i.baseline.year, value: i.baseline.value },
          { year: t.year, value: t.value },
        ]),
      });
    }
    series.push({
      label: targetPhrase(v),
      color: 'target',
      line: 'none',
      marker: 'rectRot',
      markerSize: 8,
      data: at([{ year: t.year, value: t.value }]),
    });
    target = {
      index: years.indexOf(t.year),
      value: t.value,
      comparator: t.comparator,
    };
  }
  const allValues = rows.flatMap((r) => (r.value === undefined ? [] : [r.value]));
  return {
    kind: 'line',
    title: i.name,
    summary: summarySentence(v),
    labels: years.map(String),
    series,
    unit: i.unit,
    ...valueAxis(i.unit, allValues),
    ...(target ? { target } : {}),
  };
}

/** One number of a summary table (plan page, comparison) with its entry on its source document's page. */
export interface TableFigure {
  anchor: string;
  document: string;
  /** The value as data (`figureValue`): the number, or the words of a qualitative target. */
  value: string;
}

/**
 * The baseline, latest actual and target of an indicator as summary tables show them, each naming its entry on
 * the source page: the same rows (`valueRows`) the indicator's page and the source page list.
 */
export function tableFigures(
  planId: string,
  v: IndicatorView,
): { baseline?: TableFigure; latest?: TableFigure; target?: TableFigure } {
  const all = valueRows(v);
  const cell = (r: ValueRow | undefined): TableFigure | undefined =>
    r && {
      anchor: figureAnchor.indicatorValue(planId, v.indicator.id, r.kind, r.year),
      document: r.source.document,
      value: figureValue(r.value ?? r.display),
    };
  return {
    baseline: cell(all.find((r) => r.kind === 'baseline')),
    latest: cell(all.filter((r) => r.kind === 'actual').at(-1)),
    target: cell(all.find((r) => r.kind === 'target')),
  };
}
