import { pageInShard } from '../../site/shard.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_NAMES, type ApiName } from '../../lib/core/urls.ts';
import { apiJsonSchema, jsonResponse } from '../../site/api.ts';

/** The JSON Schema of each endpoint, published beside it (`/api/reports.schema.json` …). */
export const getStaticPaths = (() =>
  (pageInShard(undefined) ? API_NAMES : []).map((endpoint) => ({ params: { endpoint } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => jsonResponse(apiJsonSchema(params.endpoint as ApiName));
