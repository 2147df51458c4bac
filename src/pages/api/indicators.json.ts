import type { APIRoute } from 'astro';
import { apiBody, jsonResponse } from '../../site/api.ts';

/** Every plan with its indicators: values, sources, progress and how it is judged. Contract: indicators.schema.json beside it. */
export const GET: APIRoute = async () => jsonResponse(await apiBody('indicators'));
