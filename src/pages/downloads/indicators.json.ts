import type { APIRoute } from 'astro';
import { tableToJson } from '../../lib/core/table-schema.ts';
import { INDICATOR_TABLE } from '../../lib/plans/long-form.ts';
import { loadDownloads } from '../../site/downloads.ts';

/** `/downloads/indicators.json`: the rows of indicators.csv as JSON objects keyed by machine name. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(tableToJson(INDICATOR_TABLE, loadDownloads().indicators)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
