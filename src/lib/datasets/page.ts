// What a dataset's page shows. A page must stay readable and small however large the CSV: a 200,000-row table
// would be a 44 MB page. The page shows the first rows, a summary and the downloads; the CSV and JSON downloads
// always hold every row (src/lib/datasets/export.ts). The limit is documented in data/datasets/README.md.
import type { ChartSpec } from '../core/chart-spec.ts';
import { chartSummary, datasetChartSpec } from './chart.ts';
import { numberedSources, type NumberedSource } from './sources.ts';
import type { Dataset, DatasetRow } from './types.ts';

/** Most rows a dataset page shows in its table; larger datasets show these and link to the full downloads. */
export const PAGE_ROW_LIMIT = 200;

/**
 * The rows a page shows: the first `limit` rows in file order, and the declared total row(s) even when they come
 * later (the total is the one figure a reader of a cut table needs). Returns the rows and how many are left out.
 */
export function pageRows(rows: readonly DatasetRow[], limit = PAGE_ROW_LIMIT): { shown: DatasetRow[]; hidden: number } {
  if (rows.length <= limit) return { shown: [...rows], hidden: 0 };
  const totals = rows.filter((r) => r.total);
  const first = rows.filter((r) => !r.total).slice(0, Math.max(limit - totals.length, 0));
  const keep = new Set([...first, ...totals]);
  const shown = rows.filter((r) => keep.has(r));
  return { shown, hidden: rows.length - shown.length };
}

/** Everything the dataset page renders from the rows, bounded by {@link PAGE_ROW_LIMIT}. */
export interface DatasetPage {
  /** Rows of the table on the page. */
  rows: DatasetRow[];
  /** Rows in the dataset, all of which are in the downloads. */
  rowCount: number;
  /** Rows not shown on the page (0 when the page shows them all). */
  hidden: number;
  /** Source sentences of the shown rows, each once, and each row's number among them. */
  sources: NumberedSource[];
  sourceIds: Map<string, number>;
  /**
   * The chart, when the metadata declares one and every plotted row fits on the page; a chart of only the first
   * rows would misstate the largest and smallest, so a larger dataset gets the summary sentence instead.
   */
  chart?: ChartSpec;
  /** The chart's one-sentence summary over all rows, when the chart is left out for size. */
  summary?: string;
}

/** The page of a dataset: the rows, sources and chart it shows (see {@link DatasetPage}). */
export function datasetPage(d: Dataset, limit = PAGE_ROW_LIMIT): DatasetPage {
  const { shown, hidden } = pageRows(d.rows, limit);
  const { sources, ids } = numberedSources(shown);
  const plotted = d.rows.filter((r) => !r.total).length;
  const fits = plotted <= limit;
  return {
    rows: shown,
    rowCount: d.rows.length,
    hidden,
    sources,
    sourceIds: ids,
    ...(fits ? { chart: datasetChartSpec(d) } : d.meta.chart ? { summary: chartSummary(d) } : {}),
  };
}
