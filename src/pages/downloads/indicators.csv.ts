import type { APIRoute } from 'astro';
import { tableToCsv } from '../../lib/core/table-schema.ts';
import { INDICATOR_TABLE } from '../../lib/plans/long-form.ts';
import { loadDownloads } from '../../site/downloads.ts';

/** `/downloads/indicators.csv`: every observation of every plan indicator, one per row, UTF-8 with BOM. */
export const GET: APIRoute = () =>
  new Response(tableToCsv(INDICATOR_TABLE, loadDownloads().indicators), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
