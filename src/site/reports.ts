// Build-time queries over the content collections, shared by the report pages, feed and API. Each runs once per
// build (memoised), not once per page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortReports } from '../lib/reports/reports.ts';
import { availableFilters } from '../lib/reports/report-index.ts';

let reportsPromise: Promise<CollectionEntry<'reports'>[]> | undefined;

/** All reports, newest first. */
export function allReports(): Promise<CollectionEntry<'reports'>[]> {
  reportsPromise ??= getCollection('reports').then(sortReports);
  return reportsPromise;
}

let filtersPromise: Promise<ReturnType<typeof availableFilters>> | undefined;

/** The organisations, years and kinds that have reports, computed once per build. */
export function reportFilters(): Promise<ReturnType<typeof availableFilters>> {
  filtersPromise ??= allReports().then(availableFilters);
  return filtersPromise;
}
