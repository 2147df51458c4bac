import type { DocumentTitleOf } from '../core/source-text.ts';
import { tableToCsv } from '../core/table-schema.ts';
import { DATASET_LONG_TABLE, datasetObservations, type OrgNameOf } from './long-form.ts';
import { DATASET_TOPICS } from './schema.ts';
import { datasetCsvUrl, datasetJsonUrl, datasetUrl, periodLabel } from './catalogue.ts';
import type { Dataset } from './types.ts';

/**
 * The dataset as CSV for download, in long form (issue 18): one row per figure with the dataset, organisation,
 * row, column, unit and source named in every row (the columns of /downloads/datasets-long.csv), UTF-8 with a BOM
 * and CRLF, through the one CSV writer. The table as the page shows it is in the JSON download (`rows`).
 */
export function datasetToCsv(d: Dataset, titleOf: DocumentTitleOf, orgNameOf: OrgNameOf): string {
  return tableToCsv(DATASET_LONG_TABLE, datasetObservations(d, titleOf, orgNameOf));
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
