// Build-time queries for the guide pages, API and search, memoised so each runs once per build.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortGuides } from '../lib/guides/guides.ts';
import type { SourceReport } from '../lib/guides/sources.ts';
import { reportUrl } from '../lib/reports/reports.ts';

let guidesPromise: Promise<CollectionEntry<'guides'>[]> | undefined;
let sourceReportsPromise: Promise<SourceReport[]> | undefined;

/** All guides, sorted by category and title. */
export function allGuides(): Promise<CollectionEntry<'guides'>[]> {
  guidesPromise ??= getCollection('guides').then(sortGuides);
  return guidesPromise;
}

/** Published reports as source documents, so a guide's sources can link to the original text. */
export function sourceReports(): Promise<SourceReport[]> {
  sourceReportsPromise ??= getCollection('reports').then((reports) =>
    reports.map((r) => ({
      url: reportUrl(r.id),
      title: r.data.title,
      publisher: r.data.source.publisher,
      file: r.data.source.file,
    })),
  );
  return sourceReportsPromise;
}
