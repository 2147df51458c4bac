import type { DocumentTitleOf } from '../core/source-text.ts';
import { tableToCsv } from '../core/table-schema.ts';
import { DATASET_LONG_TABLE, datasetObservations, type OrgNameOf } from './long-form.ts';
import type { ApiContext } from '../core/api.ts';
import { datasetApiItem } from './api.ts';
import type { Dataset } from './types.ts';

/**
 * The dataset as CSV for download, in long form (issue 18): one row per figure with the dataset, organisation,
 * row, column, unit and source named in every row (the columns of /downloads/datasets-long.csv), UTF-8 with a BOM
 * and CRLF, through the one CSV writer. The table as the page shows it is in the JSON download (`rows`).
 */
export function datasetToCsv(d: Dataset, titleOf: DocumentTitleOf, orgNameOf: OrgNameOf): string {
  return tableToCsv(DATASET_LONG_TABLE, datasetObservations(d, titleOf, orgNameOf));
}

/**
 * `/data/<id>.json`: the dataset as /api/datasets.json describes it (the same fields and absolute addresses), plus
 * its rows as the page shows them (values typed: numbers, text or null for missing) with each row's source.
 */
export function datasetToJson(d: Dataset, ctx: ApiContext) {
  return {
    ...datasetApiItem(d, ctx),
    rows: d.rows.map((r) => ({
      ...Object.fromEntries(d.meta.columns.map((c) => [c.name, r.cells[c.name] ?? null])),
      ...(r.total ? { _total: true } : {}),
      _source: { document: ctx.document(r.document), sentence: r.sentence },
    })),
  };
}
