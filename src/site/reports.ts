// Build-time queries over the content collections, shared by the report pages, feed and API. Each runs once per
// build (memoised), not once per page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { gitHistory, type Commit } from './git-history.ts';
import { sortReports } from '../lib/reports/reports.ts';
import { availableFilters } from '../lib/reports/report-index.ts';

let reportsPromise: Promise<CollectionEntry<'reports'>[]> | undefined;

/** All reports, newest first. */
export function allReports(): Promise<CollectionEntry<'reports'>[]> {
  reportsPromise ??= getCollection('reports').then(sortReports);
  return reportsPromise;
}

/** Commits that changed a report's file, newest first (empty without git history). */
export function reportHistory(report: CollectionEntry<'reports'>): Commit[] {
  const file = report.filePath ?? `content/reports/${report.id}.md`;
  return gitHistory(process.cwd(), ['content/reports']).get(file) ?? [];
}

let filtersPromise: Promise<ReturnType<typeof availableFilters>> | undefined;

/** The organisations, years and kinds that have reports, computed once per build. */
export function reportFilters(): Promise<ReturnType<typeof availableFilters>> {
  filtersPromise ??= allReports().then(availableFilters);
  return filtersPromise;
}
