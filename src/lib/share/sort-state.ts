// What a shared link keeps of a page's sortable table: its sort order (`?sort=name-desc`). Read by the sort script
// on load and written back with history.replaceState; a page opened without it (or with JavaScript off) keeps the
// table in its own order. Apart from view-state.ts so each browser script bundles only its own half.

/** A table's sort: the key of the column (its `data-sort`) and the direction. */
export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

export const SORT_PARAM = 'sort';
// Column keys are written by the site (data-sort="name"), never by readers: letters, digits and hyphens.
const SORT_VALUE = /^([a-z][a-z0-9-]*?)-(asc|desc)$/;

/** The sort named in `search` (`?sort=<key>-<asc|desc>`), or undefined. */
export function readSort(search: string): SortState | undefined {
  const m = SORT_VALUE.exec(new URLSearchParams(search).get(SORT_PARAM) ?? '');
  return m ? { key: m[1]!, direction: m[2] as SortState['direction'] } : undefined;
}

/** `search` with the sort set, or removed when `sort` is undefined; other parameters are kept. */
export function writeSort(search: string, sort: SortState | undefined): string {
  const params = new URLSearchParams(search);
  if (sort) params.set(SORT_PARAM, `${sort.key}-${sort.direction}`);
  else params.delete(SORT_PARAM);
  const s = params.toString();
  return s ? `?${s}` : '';
}
