import { REPORT_KINDS, type ReportKind } from './schema.ts';
import type { ReportRef } from './reports.ts';
import { groupInto } from '../core/group.ts';
import { reportFilterUrl } from '../core/urls.ts';

/** A filter of the report index: by organisation, year or kind. Each is its own static page. */
export type ReportFilter =
  { by: 'org'; value: string } | { by: 'year'; value: number } | { by: 'kind'; value: ReportKind };

/** URL of a filtered report list, e.g. `/reports/year/2023/`. */
export function filterUrl(f: ReportFilter): string {
  return reportFilterUrl(f.by, f.value);
}

/** Reports that match a filter. A multi-year report matches every year of its period. */
export function applyFilter<T extends ReportRef>(reports: T[], f: ReportFilter): T[] {
  return reports.filter((r) => {
    if (f.by === 'org') return r.data.org === f.value;
    if (f.by === 'kind') return r.data.kind === f.value;
    return r.data.year <= f.value && f.value <= (r.data.endYear ?? r.data.year);
  });
}

/** Every filter that has at least one report, for building the filter pages and links. */
export function availableFilters(reports: ReportRef[]): { orgs: string[]; years: number[]; kinds: ReportKind[] } {
  const years = new Set<number>();
  for (const r of reports) for (let y = r.data.year; y <= (r.data.endYear ?? r.data.year); y++) years.add(y);
  return {
    orgs: [...new Set(reports.map((r) => r.data.org))].sort(),
    years: [...years].sort((a, b) => b - a),
    kinds: (Object.keys(REPORT_KINDS) as ReportKind[]).filter((k) => reports.some((r) => r.data.kind === k)),
  };
}

/** Groups reports by a key, keeping the order of first appearance. */
export function groupBy<T, K>(items: T[], key: (item: T) => K): [K, T[]][] {
  return [...groupInto(items, key)];
}

/** Every filter page to build, from the filters that have reports: organisations, then years, then kinds. */
export function filterPages(f: { orgs: string[]; years: number[]; kinds: ReportKind[] }): ReportFilter[] {
  return [
    ...f.orgs.map((value) => ({ by: 'org', value }) as const),
    ...f.years.map((value) => ({ by: 'year', value }) as const),
    ...f.kinds.map((value) => ({ by: 'kind', value }) as const),
  ];
}

/** The heading of a filter page: 丽水市残联的报告, 2021年的报告, or the kind's name. */
export function filterTitle(f: ReportFilter, orgNames: Readonly<Record<string, string>>): string {
  if (f.by === 'org') return `${orgNames[f.value] ?? f.value}的报告`;
  if (f.by === 'year') return `${f.value}年的报告`;
  return REPORT_KINDS[f.value];
}
