import type { APIRoute } from 'astro';
import { guideApiEntry } from '../../lib/guides/guides.ts';
import { allGuides } from '../../site/guides.ts';

/** Every guide: id, title, everyday names (aliases), category, audience, url. */
export const GET: APIRoute = async () => {
  const guides = (await allGuides()).map(guideApiEntry);
  return new Response(JSON.stringify({ guides }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
