import { datasetFilterUrl as filterPageUrl } from '../core/urls.ts';
import { DATASET_TOPICS, type DatasetMeta, type DatasetTopic } from './schema.ts';
import type { Dataset, OrgRef } from './types.ts';

// Page and download addresses live with every other address in core/urls.ts.
export { datasetCsvUrl, datasetJsonUrl, datasetUrl } from '../core/urls.ts';

/** A filter of the catalogue; each is a static page. */
export type DatasetFilter =
  { by: 'org'; value: string } | { by: 'topic'; value: DatasetTopic } | { by: 'year'; value: number };

/** URL of a filter page: /data/org/<org>/, /data/topic/<topic>/, /data/year/<year>/. */
export function datasetFilterUrl(f: DatasetFilter): string {
  return filterPageUrl(f.by, f.value);
}

/** The years a dataset covers (one year, or every year of its period). */
export function yearsOf(meta: DatasetMeta): number[] {
  if (meta.year !== undefined) return [meta.year];
  if (!meta.period) return [];
  const years: number[] = [];
  for (let y = meta.period.start; y <= meta.period.end; y++) years.push(y);
  return years;
}

/** 2023年 or 2021—2025年, with the point in time when the source gives it: 2023年（截止10月底）. */
export function periodLabel(meta: DatasetMeta): string {
  const years = meta.period ? `${meta.period.start}—${meta.period.end}年` : `${meta.year}年`;
  return meta.asOf ? `${years}（${meta.asOf}）` : years;
}

/** True when the dataset belongs in the filter. */
export function matchesFilter(d: Dataset, f: DatasetFilter): boolean {
  if (f.by === 'org') return d.meta.org.includes(f.value);
  if (f.by === 'topic') return d.meta.topic === f.value;
  return yearsOf(d.meta).includes(f.value);
}

const filterMemo = new WeakMap<Dataset[], { filter: DatasetFilter; label: string; count: number }[]>();

/** The filters that select at least one dataset, each with its label and count, in display order. */
export function availableFilters(
  datasets: Dataset[],
  orgs: OrgRef[],
): { filter: DatasetFilter; label: string; count: number }[] {
  // Every filter page asks for the same list; compute it once per catalogue.
  const hit = filterMemo.get(datasets);
  if (hit) return hit;
  const out: { filter: DatasetFilter; label: string; count: number }[] = [];
  const push = (filter: DatasetFilter, label: string) => {
    const count = datasets.filter((d) => matchesFilter(d, filter)).length;
    if (count > 0) out.push({ filter, label, count });
  };
  for (const o of orgs) push({ by: 'org', value: o.id }, o.shortName);
  for (const t of Object.keys(DATASET_TOPICS) as DatasetTopic[]) push({ by: 'topic', value: t }, DATASET_TOPICS[t]);
  const years = [...new Set(datasets.flatMap((d) => yearsOf(d.meta)))].sort((a, b) => b - a);
  for (const y of years) push({ by: 'year', value: y }, `${y}年`);
  filterMemo.set(datasets, out);
  return out;
}

/** Title of a filter page. */
export function filterTitle(f: DatasetFilter, orgs: OrgRef[]): string {
  if (f.by === 'org') return `${orgs.find((o) => o.id === f.value)?.shortName ?? f.value}的数据`;
  if (f.by === 'topic') return `${DATASET_TOPICS[f.value]}数据`;
  return `${f.value}年的数据`;
}

/** Newest first, then by title, so lists are stable. */
export function sortDatasets(datasets: Dataset[]): Dataset[] {
  const last = (d: Dataset) => Math.max(...yearsOf(d.meta));
  return [...datasets].sort((a, b) => last(b) - last(a) || a.meta.title.localeCompare(b.meta.title, 'zh-CN'));
}

const byRowOrg = new WeakMap<readonly Dataset[], Map<string, Dataset[]>>();

/**
 * Datasets with at least one row about the organisation (in list order). Grouped once per list: organisation pages
 * each ask, and scanning every dataset's rows per page is quadratic at national scale.
 */
export function datasetsAbout(datasets: readonly Dataset[], org: string): Dataset[] {
  let groups = byRowOrg.get(datasets);
  if (!groups) {
    groups = new Map();
    for (const d of datasets) {
      for (const o of new Set(d.rows.map((r) => r.org))) {
        const list = groups.get(o);
        if (list) list.push(d);
        else groups.set(o, [d]);
      }
    }
    byRowOrg.set(datasets, groups);
  }
  return groups.get(org) ?? [];
}
