import { ATTRIBUTES } from './indicator-schema.ts';
import { withUnit } from './progress.ts';
import { PROGRESS_STATUSES } from './progress-config.ts';
import type { IndicatorView } from './view.ts';

/** One row of a plan's indicator table: what the cells show and the keys the sortable table sorts by. */
export interface PlanTableRow {
  view: IndicatorView;
  /** 1-based position in the plan (the source's order). */
  n: number;
  baseline: string;
  latest: string;
  target: string;
  /** `data-sort-*` values: zero-padded so that text order is number order; status ties keep the source order. */
  sort: { order: string; name: string; category: string; attribute: string; status: string };
}

const pad = (n: number) => String(n).padStart(3, '0');

/** The rows of a plan's indicator table, in the plan's order. */
export function planTableRows(indicators: readonly IndicatorView[]): PlanTableRow[] {
  return indicators.map((v, k) => {
    const i = v.indicator;
    const latest = v.actuals.at(-1);
    return {
      view: v,
      n: k + 1,
      baseline: i.baseline ? `${withUnit(i.baseline.value, i.unit)}（${i.baseline.year}年）` : '—',
      latest: latest ? `${withUnit(latest.value, i.unit)}（${latest.year}年）` : '暂无',
      target: `${i.target.text}（${i.target.year}年）`,
      sort: {
        order: pad(k + 1),
        name: i.name,
        category: i.category ?? '',
        attribute: i.attribute ?? '—',
        status: `${PROGRESS_STATUSES.indexOf(v.progress.status)}-${pad(k + 1)}`,
      },
    };
  });
}

/** How many indicators have each attribute (约束性, 预期性, then 未标明), leaving out those with none. */
export function attributeCounts(indicators: readonly IndicatorView[]): { label: string; count: number }[] {
  return [...ATTRIBUTES, undefined]
    .map((a) => ({ label: a ?? '未标明', count: indicators.filter((v) => v.indicator.attribute === a).length }))
    .filter((a) => a.count > 0);
}
