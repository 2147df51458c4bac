import type { APIRoute } from 'astro';
import { tableSchemaOf } from '../../lib/core/table-schema.ts';
import { INDICATOR_TABLE } from '../../lib/plans/long-form.ts';

/** `/downloads/indicators.schema.json`: the Table Schema of indicators.csv and of every indicator's own CSV. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(tableSchemaOf(INDICATOR_TABLE), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
