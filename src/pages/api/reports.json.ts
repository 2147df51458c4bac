import type { APIRoute } from 'astro';
import { apiBody, jsonResponse } from '../../site/api.ts';

/** Every report with its dates and source document. Contract: reports.schema.json beside it. */
export const GET: APIRoute = async () => jsonResponse(await apiBody('reports'));
