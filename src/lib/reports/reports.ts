import { REPORT_KINDS, type Report } from './schema.ts';
import { formatYears } from '../core/format.ts';
import { groupInto, indexBy, oncePer } from '../core/group.ts';
import * as urls from '../core/urls.ts';

/** A report with the id the content layer gave it (`<org>/<year>-<kind>`). */
export interface ReportRef {
  id: string;
  data: Report;
}

/** URL of a report page. */
export function reportUrl(id: string): string {
  return urls.reportUrl(id);
}

/** Chinese label of a report's kind and years, e.g. 2021—2025年 · 五年规划. */
export function reportLabel(r: Report): string {
  return `${formatYears(r.year, r.endYear)} · ${REPORT_KINDS[r.kind]}`;
}

/** Newest first, then by organisation id and kind, so lists are stable. */
export function sortReports<T extends ReportRef>(reports: T[]): T[] {
  return [...reports].sort(
    (a, b) =>
      b.data.year - a.data.year || a.data.org.localeCompare(b.data.org) || a.data.kind.localeCompare(b.data.kind),
  );
}

/** The reports of one organisation before and after `id`, in year order (for previous/next links). */
export function neighbours<T extends ReportRef>(reports: T[], id: string): { prev?: T; next?: T } {
  // Asked by every report page: look up by id and organisation instead of scanning every report each time.
  const current = oncePer(reports, 'id', (l) => indexBy(l, (r) => r.id)).get(id);
  if (!current) return {};
  const same = [...(oncePer(reports, 'org', (l) => groupInto(l, (r) => r.data.org)).get(current.data.org) ?? [])].sort(
    (a, b) => a.data.year - b.data.year || a.data.kind.localeCompare(b.data.kind),
  );
  const i = same.findIndex((r) => r.id === id);
  return { prev: same[i - 1], next: same[i + 1] };
}
