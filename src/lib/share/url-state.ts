// What a shared link keeps of a page's view: the chart/table view of its figures and the sort order of its table,
// as query parameters (`?view=table&sort=name-desc`). Read by the browser scripts on load and written back with
// history.replaceState; a page opened without them (or with JavaScript off) shows everything in its own order.

/** How a chart figure is shown: both (the default, not written to the address), the chart only, the table only. */
export type ChartView = 'both' | 'chart' | 'table';
/** A table's sort: the key of the column (its `data-sort`) and the direction. */
export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

export const VIEW_PARAM = 'view';
export const SORT_PARAM = 'sort';

const VIEWS: readonly ChartView[] = ['both', 'chart', 'table'];
// Column keys are written by the site (data-sort="name"), never by readers: letters, digits and hyphens.
const SORT_VALUE = /^([a-z][a-z0-9-]*?)-(asc|desc)$/;

/** The view named in `search` (`?view=…`); anything unknown reads as 'both'. */
export function readView(search: string): ChartView {
  const v = new URLSearchParams(search).get(VIEW_PARAM);
  return VIEWS.includes(v as ChartView) ? (v as ChartView) : 'both';
}

/** The sort named in `search` (`?sort=<key>-<asc|desc>`), or undefined. */
export function readSort(search: string): SortState | undefined {
  const m = SORT_VALUE.exec(new URLSearchParams(search).get(SORT_PARAM) ?? '');
  return m ? { key: m[1]!, direction: m[2] as SortState['direction'] } : undefined;
}

/** `search` with the view set (the default 'both' removes the parameter); other parameters are kept. */
export function writeView(search: string, view: ChartView): string {
  const params = new URLSearchParams(search);
  if (view === 'both') params.delete(VIEW_PARAM);
  else params.set(VIEW_PARAM, view);
  return toSearch(params);
}

/** `search` with the sort set, or removed when `sort` is undefined; other parameters are kept. */
export function writeSort(search: string, sort: SortState | undefined): string {
  const params = new URLSearchParams(search);
  if (sort) params.set(SORT_PARAM, `${sort.key}-${sort.direction}`);
  else params.delete(SORT_PARAM);
  return toSearch(params);
}

function toSearch(params: URLSearchParams): string {
  const s = params.toString();
  return s ? `?${s}` : '';
}
