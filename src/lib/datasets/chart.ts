import { formatNumber } from '../core/format.ts';
import { valueAxis, type ChartColor, type ChartSpec, type LineStyle, type MarkerShape } from '../core/chart-spec.ts';
import { withUnit } from './format-cell.ts';
import type { Dataset } from './types.ts';

/** Rows that a chart plots: the total row is left out (it would dwarf its own parts). */
function plotted(d: Dataset) {
  return d.rows.filter((r) => !r.total);
}

// Series differ by marker shape and line style as well as colour (the chart contract).
const MARKERS: MarkerShape[] = ['circle', 'rect', 'triangle', 'rectRot', 'star'];
const LINES: LineStyle[] = ['solid', 'dashed', 'dotted'];

/**
 * Builds the chart declared in a dataset's metadata as the site's shared chart spec (src/lib/core/chart-spec.ts), or
 * undefined when it declares none. Series are named with their unit: 人数（人）.
 */
export function datasetChartSpec(d: Dataset): ChartSpec | undefined {
  const ch = d.meta.chart;
  if (!ch) return undefined;
  const rows = plotted(d);
  const cols = ch.y.map((name) => d.meta.columns.find((c) => c.name === name));
  const unitOf = (i: number) => (cols[i]?.type === 'percent' ? '%' : cols[i]?.unit);
  const units = [...new Set(ch.y.map((_, i) => unitOf(i)))];
  const unit = units.length === 1 ? units[0] : undefined;
  const values = rows.flatMap((r) =>
    ch.y.flatMap((name) => (typeof r.cells[name] === 'number' ? [r.cells[name]] : [])),
  );
  return {
    kind: ch.type,
    title: ch.title ?? d.meta.title,
    summary: chartSummary(d),
    labels: rows.map((r) => String(r.cells[ch.x] ?? '')),
    series: ch.y.map((name, i) => ({
      label: unitOf(i) ? `${name}（${unitOf(i)}）` : name,
      color: ((i % 5) + 1) as ChartColor,
      marker: MARKERS[i % MARKERS.length],
      line: LINES[i % LINES.length],
      data: rows.map((r) => {
        const v = r.cells[name];
        return typeof v === 'number' ? v : null;
      }),
    })),
    ...(unit ? { unit } : {}),
    // Counts from 0, rates from 0 to 100 % (core/chart-spec.ts); a pie has no axis.
    ...(ch.type === 'pie' ? {} : valueAxis(unit, values)),
    ...(d.meta.basis ? { note: d.meta.basis } : {}),
  };
}

/** The 统计口径 sentence as the end of a summary, with its full stop. */
function basisSentence(d: Dataset): string {
  const b = d.meta.basis?.trim();
  if (!b) return '';
  return /[。！？]$/.test(b) ? b : `${b}。`;
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
    // reduce, not Math.max(...values): spreading a large dataset's values overflows the call stack.
    const top = points.reduce((m, p) => Math.max(m, p.value), -Infinity);
    const bottom = points.reduce((m, p) => Math.min(m, p.value), Infinity);
    // Ties are said as ties: “A等3项最少，均为1人”, never one of them picked at random.
    const describe = (value: number, word: string) => {
      const at = points.filter((p) => p.value === value);
      return at.length === 1
        ? `${at[0]?.label}${word}，为${withUnit(value, col)}`
        : `${at[0]?.label}等${at.length}项${word}，均为${withUnit(value, col)}`;
    };
    const missing = rows.length - points.length;
    let s =
      points.length === 1
        ? `${name}：${points[0]?.label}为${withUnit(top, col)}`
        : top === bottom
          ? `${name}：各项均为${withUnit(top, col)}`
          : `${name}：${describe(top, '最多')}；${describe(bottom, '最少')}`;
    if (missing > 0) s += `（${formatNumber(missing)}项原文未给出）`;
    parts.push(s);
  }
  const totalRow = d.rows.find((r) => r.total);
  const first = ch.y[0];
  const firstCol = d.meta.columns.find((c) => c.name === first);
  const total = first ? totalRow?.cells[first] : undefined;
  const totalText =
    typeof total === 'number' && firstCol ? `${d.meta.total?.label ?? '合计'}${withUnit(total, firstCol)}。` : '';
  // The comparison is only fair with its 口径 said: rows measured differently are said to be, in the summary too.
  return `${totalText}${parts.join('。')}。${basisSentence(d)}`;
}
