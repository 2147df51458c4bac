import { formatNumber } from '../format.ts';
import type { DatasetChartType } from '../schemas/dataset.ts';
import { withUnit } from './format-cell.ts';
import type { Dataset } from './types.ts';

/** The chart spec a page embeds as JSON for `src/scripts/charts.ts` (the shared chart contract). */
export interface ChartSpec {
  type: DatasetChartType;
  title: string;
  /** Category labels along the x axis (or pie slices). */
  labels: string[];
  /** One series per number column; `null` where the source gives no figure. */
  series: { name: string; unit?: string; values: (number | null)[] }[];
  /** Axis title for the values, e.g. 人 or 万元, when all series share one unit. */
  unit?: string;
}

/** Rows that a chart plots: the total row is left out (it would dwarf its own parts). */
function plotted(d: Dataset) {
  return d.rows.filter((r) => !r.total);
}

/** Builds the chart spec declared in a dataset's metadata, or undefined when it declares none. */
export function datasetChartSpec(d: Dataset): ChartSpec | undefined {
  const ch = d.meta.chart;
  if (!ch) return undefined;
  const rows = plotted(d);
  const cols = ch.y.map((name) => d.meta.columns.find((c) => c.name === name));
  const units = [...new Set(cols.map((c) => (c?.type === 'percent' ? '%' : c?.unit)))];
  return {
    type: ch.type,
    title: ch.title ?? d.meta.title,
    labels: rows.map((r) => String(r.cells[ch.x] ?? '')),
    series: ch.y.map((name, i) => {
      const unit = cols[i]?.type === 'percent' ? '%' : cols[i]?.unit;
      return {
        name,
        ...(unit ? { unit } : {}),
        values: rows.map((r) => {
          const v = r.cells[name];
          return typeof v === 'number' ? v : null;
        }),
      };
    }),
    ...(units.length === 1 && units[0] ? { unit: units[0] } : {}),
  };
}

/**
 * A one-sentence summary of the chart for every reader (and the only one a screen reader needs): the largest
 * and smallest value of each series, and the total when the metadata marks one. Generated at build time from
 * the same numbers.
 */
export function chartSummary(d: Dataset): string {
  const ch = d.meta.chart;
  if (!ch) return '';
  const rows = plotted(d);
  const parts: string[] = [];
  for (const name of ch.y) {
    const col = d.meta.columns.find((c) => c.name === name);
    if (!col) continue;
    const points = rows
      .map((r) => ({ label: String(r.cells[ch.x] ?? ''), value: r.cells[name] }))
      .filter((p): p is { label: string; value: number } => typeof p.value === 'number');
    if (points.length === 0) continue;
    const max = points.reduce((a, b) => (b.value > a.value ? b : a));
    const min = points.reduce((a, b) => (b.value < a.value ? b : a));
    const missing = rows.length - points.length;
    let s =
      points.length === 1
        ? `${name}：${max.label}为${withUnit(max.value, col)}`
        : `${name}：${max.label}最多，为${withUnit(max.value, col)}；${min.label}最少，为${withUnit(min.value, col)}`;
    if (missing > 0) s += `（${formatNumber(missing)}项原文未给出）`;
    parts.push(s);
  }
  const totalRow = d.rows.find((r) => r.total);
  const first = ch.y[0];
  const firstCol = d.meta.columns.find((c) => c.name === first);
  const total = first ? totalRow?.cells[first] : undefined;
  const totalText = typeof total === 'number' && firstCol ? `${d.meta.total?.label ?? '合计'}${withUnit(total, firstCol)}。` : '';
  return `${totalText}${parts.join('。')}。`;
}
