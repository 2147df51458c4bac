/**
 * The chart spec shared by every chart on the site (see the chart contract): the server writes it as JSON into
 * `<script type="application/json" data-chart-spec>` inside `<figure class="chart" data-chart>`, and
 * `src/components/chart/charts.ts` draws it. Line charts exist now; bar, stacked-bar and pie use the same labels + series.
 */

/** Kinds of chart. */
export type ChartKind = 'line' | 'bar' | 'stacked-bar' | 'pie';

/** Colour slot: 1–5 read from `--chart-1`…`--chart-5`, `target` from `--target` (so high contrast changes them). */
export type ChartColor = 1 | 2 | 3 | 4 | 5 | 'target';

/** How a series' line is drawn; series differ by line style as well as colour. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** Marker shapes (chart.js pointStyle names); series differ by marker shape as well as colour. */
export type MarkerShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot' | 'cross';

/** One series: values aligned with the chart's labels (`null` where it has no value). */
export interface ChartSeries {
  label: string;
  color: ChartColor;
  /** Line charts: the line style; `none` draws only the markers. */
  line?: LineStyle | 'none';
  /** Marker shape; `none` draws no markers (a guide line). */
  marker?: MarkerShape | 'none';
  /** Marker radius in CSS pixels (default 4). */
  markerSize?: number;
  /** Draw straight across `null`s (a line from baseline to target). */
  spanGaps?: boolean;
  data: (number | null)[];
}

/** Comparators a target can have, normalised (core cannot import the plans feature's own list). */
export type ChartComparator = '>' | '≥' | '<' | '≤' | '=';

/**
 * A target drawn as a target, not as a line: a marker at its year and a short level line, dashed for a bound that
 * excludes its value (>, <); the comparator is in the target series' legend entry and the summary. A `>99%` target
 * over a 99 % baseline is not a flat line that reads “no change planned”.
 */
export interface ChartTarget {
  /** Position of the target year among the chart's labels. */
  index: number;
  value: number;
  comparator: ChartComparator;
}

/** A chart to draw. The figure's table and summary carry the same numbers for readers without the canvas. */
export interface ChartSpec {
  kind: ChartKind;
  /** Short title, also the start of the canvas's aria-label. */
  title: string;
  /** The one-sentence summary, the rest of the aria-label. */
  summary: string;
  /** Categories along the x axis (years as strings for time series). */
  labels: string[];
  series: ChartSeries[];
  /** Unit of the values, shown on the y axis and in tooltips, e.g. `%`. */
  unit?: string;
  /**
   * Fixed y-axis bounds: rates run from 0 to 100 and counts start at 0, so small differences are not exaggerated.
   * A chart that needs a narrower axis says why in `note`.
   */
  yMin?: number;
  yMax?: number;
  /** The target of a plan indicator, drawn as a target (see {@link ChartTarget}). */
  target?: ChartTarget;
  /**
   * What a reader must know to read the chart, shown under its title in the figcaption (and also said in the
   * summary): e.g. that the bars are not measured the same way (统计口径不同).
   */
  note?: string;
}

/**
 * Axis bounds that do not exaggerate: a rate runs from 0 to 100 %, a count starts at 0. Only values that cannot fit
 * (a completion rate above 100 %, a change below zero) leave the bound to the data.
 */
export function valueAxis(unit: string | undefined, values: readonly number[]): { yMin?: number; yMax?: number } {
  const nonNegative = values.every((x) => x >= 0);
  if (unit === '%' && nonNegative && values.every((x) => x <= 100)) return { yMin: 0, yMax: 100 };
  return nonNegative ? { yMin: 0 } : {};
}

/** The canvas's accessible name: title and summary. */
export function chartAriaLabel(spec: Pick<ChartSpec, 'title' | 'summary'>): string {
  return `${spec.title}。${spec.summary}`;
}

/**
 * True when the spec has at least one number to plot. A qualitative target with no reported value has none: its
 * figure keeps the summary and table but gets no canvas (an empty grid tells a reader nothing).
 */
export function hasValues(spec: Pick<ChartSpec, 'series'>): boolean {
  return spec.series.some((s) => s.data.some((v) => typeof v === 'number'));
}
