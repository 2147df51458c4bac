import type { APIRoute } from 'astro';
import { tableToCsv } from '../../lib/core/table-schema.ts';
import { DATASET_LONG_TABLE } from '../../lib/datasets/long-form.ts';
import { loadDownloads } from '../../site/downloads.ts';

/** `/downloads/datasets-long.csv`: every figure of every dataset, one per row, UTF-8 with BOM. */
export const GET: APIRoute = () =>
  new Response(tableToCsv(DATASET_LONG_TABLE, loadDownloads().datasets), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
