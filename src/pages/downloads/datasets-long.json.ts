import type { APIRoute } from 'astro';
import { tableToJson } from '../../lib/core/table-schema.ts';
import { DATASET_LONG_TABLE } from '../../lib/datasets/long-form.ts';
import { loadDownloads } from '../../site/downloads.ts';

/** `/downloads/datasets-long.json`: the rows of datasets-long.csv as JSON objects keyed by machine name. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(tableToJson(DATASET_LONG_TABLE, loadDownloads().datasets)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
