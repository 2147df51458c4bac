import type { APIRoute } from 'astro';
import { tableSchemaOf } from '../../lib/core/table-schema.ts';
import { DATASET_LONG_TABLE } from '../../lib/datasets/long-form.ts';

/** `/downloads/datasets-long.schema.json`: the Table Schema of datasets-long.csv and of every dataset's own CSV. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(tableSchemaOf(DATASET_LONG_TABLE), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
