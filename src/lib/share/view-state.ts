// What a shared link keeps of a page's chart figures: their view (`?view=table`). Read by the chart view script on
// load and written back with history.replaceState; a page opened without it (or with JavaScript off) shows both
// chart and table. Apart from sort-state.ts so each browser script bundles only its own half (no shared chunk).

/** How a chart figure is shown: both (the default, not written to the address), the chart only, the table only. */
export type ChartView = 'both' | 'chart' | 'table';

export const VIEW_PARAM = 'view';
const VIEWS: readonly ChartView[] = ['both', 'chart', 'table'];

/** The view named in `search` (`?view=…`); anything unknown reads as 'both'. */
export function readView(search: string): ChartView {
  const v = new URLSearchParams(search).get(VIEW_PARAM);
  return VIEWS.includes(v as ChartView) ? (v as ChartView) : 'both';
}

/** `search` with the view set (the default 'both' removes the parameter); other parameters are kept. */
export function writeView(search: string, view: ChartView): string {
  const params = new URLSearchParams(search);
  if (view === 'both') params.delete(VIEW_PARAM);
  else params.set(VIEW_PARAM, view);
  const s = params.toString();
  return s ? `?${s}` : '';
}
