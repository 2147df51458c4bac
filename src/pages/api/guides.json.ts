import type { APIRoute } from 'astro';
import { apiBody, jsonResponse } from '../../site/api.ts';

/** Every service guide: names, everyday names, category, audience, where it applies. Contract: guides.schema.json beside it. */
export const GET: APIRoute = async () => jsonResponse(await apiBody('guides'));
