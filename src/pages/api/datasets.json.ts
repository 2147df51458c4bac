import type { APIRoute } from 'astro';
import { apiBody, jsonResponse } from '../../site/api.ts';

/** Every dataset's metadata with its page, embed and download addresses. Contract: datasets.schema.json beside it. */
export const GET: APIRoute = async () => jsonResponse(await apiBody('datasets'));
