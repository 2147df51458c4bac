import { writeCsv } from '../core/csv/write.ts';
import { DATASET_TOPICS } from './schema.ts';
import { datasetCsvUrl, datasetJsonUrl, datasetUrl, periodLabel } from './catalogue.ts';
import type { Dataset } from './types.ts';

/**
 * The dataset as CSV for download: UTF-8 with a BOM (so Excel on Chinese Windows opens it correctly), CRLF line
 * ends, the original column names, and every number as a plain number (1234, 68.4) — the same numbers the page
 * shows, without thousands separators or units (units are in the JSON and on the page).
 */
export function datasetToCsv(d: Dataset): string {
  const names = d.meta.columns.map((c) => c.name);
  // Through the one writer: a text cell such as =HYPERLINK(…) is written so that Excel shows it, not runs it.
  return writeCsv(
    names,
    d.rows.map((r) => names.map((n) => r.cells[n])),
    { bom: true },
  );
}

/** Metadata of a dataset for the API and the JSON download, with its download URLs. */
export function datasetMetaJson(d: Dataset) {
  const m = d.meta;
  return {
    id: d.id,
    title: m.title,
    ...(m.description ? { description: m.description } : {}),
    org: m.org,
    ...(m.year !== undefined ? { year: m.year } : {}),
    ...(m.period ? { period: m.period } : {}),
    ...(m.asOf ? { asOf: m.asOf } : {}),
    periodLabel: periodLabel(m),
    topic: m.topic,
    topicLabel: DATASET_TOPICS[m.topic],
    source: m.source,
    ...(m.basis ? { basis: m.basis } : {}),
    licence: m.licence,
    key: m.key,
    ...(m.total ? { total: m.total } : {}),
    ...(m.totalColumn ? { totalColumn: m.totalColumn } : {}),
    columns: m.columns,
    ...(m.chart ? { chart: m.chart } : {}),
    rowCount: d.rows.length,
    url: datasetUrl(d.id),
    downloads: { csv: datasetCsvUrl(d.id), json: datasetJsonUrl(d.id) },
  };
}

/** The whole dataset as JSON: metadata plus rows (values typed: numbers, text or null for missing). */
export function datasetToJson(d: Dataset) {
  return {
    ...datasetMetaJson(d),
    rows: d.rows.map((r) => ({
      ...Object.fromEntries(d.meta.columns.map((c) => [c.name, r.cells[c.name] ?? null])),
      ...(r.total ? { _total: true } : {}),
      _source: { document: r.document, sentence: r.sentence },
    })),
  };
}
