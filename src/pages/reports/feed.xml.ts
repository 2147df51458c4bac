import type { APIRoute } from 'astro';
import { atomFeed, reportDates } from '../../lib/reports/feed.ts';
import { reportUrl } from '../../lib/reports/reports.ts';
import { siteConfig } from '../../site/config.ts';
import { allReports } from '../../site/reports.ts';
import { orgNames } from '../../site/orgs.ts';
import { SECTION_URLS } from '../../lib/core/urls.ts';

/** Atom feed of every report; dates come from each report's front matter, never from the build clock. */
export const GET: APIRoute = async () => {
  const base = siteConfig().url;
  const names = await orgNames();
  const entries = (await allReports()).map((r) => ({
    url: new URL(reportUrl(r.id), base).href,
    title: r.data.title,
    ...reportDates(r.data),
    summary: r.data.summary,
    author: names[r.data.org],
  }));
  const body = atomFeed({
    title: `${siteConfig().name}：年度报告`,
    url: new URL(SECTION_URLS.reports, base).href,
    selfUrl: new URL(SECTION_URLS.feed, base).href,
    entries,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
