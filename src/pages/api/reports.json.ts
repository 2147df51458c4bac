import type { APIRoute } from 'astro';
import { reportUrl } from '../../lib/reports/reports.ts';
import { allReports } from '../../site/reports.ts';

/** Every report: id, organisation, year, kind, title, url, source. */
export const GET: APIRoute = async () => {
  const reports = (await allReports()).map((r) => ({
    id: r.id,
    org: r.data.org,
    year: r.data.year,
    ...(r.data.endYear ? { endYear: r.data.endYear } : {}),
    kind: r.data.kind,
    title: r.data.title,
    url: reportUrl(r.id),
    source: r.data.source,
  }));
  return new Response(JSON.stringify({ reports }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
