import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as urls from './urls.ts';

const PAGES = join(import.meta.dirname, '../../pages');

/** The route file that serves a section address (`/plans/method/` → plans/method.astro or plans/method/index.astro). */
function routeExists(url: string): boolean {
  const path = url.replace(/^\/|\/$/g, '');
  if (path === '') return existsSync(join(PAGES, 'index.astro'));
  return [`${path}.astro`, `${path}/index.astro`, `${path}.ts`].some((f) => existsSync(join(PAGES, f)));
}

describe('site addresses', () => {
  it.each(Object.entries(urls.SECTION_URLS))('%s (%s) has a route', (_name, url) => {
    expect(routeExists(url)).toBe(true);
  });

  it('builds page addresses with a trailing slash and downloads with their extension', () => {
    expect(urls.orgUrl('lishui')).toBe('/orgs/lishui/');
    expect(urls.reportUrl('lishui/2021-five-year-plan')).toBe('/reports/lishui/2021-five-year-plan/');
    expect(urls.reportFilterUrl('year', 2021)).toBe('/reports/year/2021/');
    expect(urls.indicatorUrl('lishui-2021-2025', 'x')).toBe('/plans/lishui-2021-2025/x/');
    expect(urls.indicatorDownloadUrl('p', 'x', 'csv')).toBe('/plans/p/p_x.csv');
    expect(urls.downloadUrl('dataPackage')).toBe('/downloads/datapackage.json');
    expect(urls.datasetFilterUrl('topic', 'care')).toBe('/data/topic/care/');
    expect(urls.apiUrl('guides')).toBe('/api/guides.json');
  });

  it('every entity route folder exists', () => {
    for (const dir of [
      'orgs/[id].astro',
      'reports/[...id].astro',
      'guides/[id].astro',
      'plans/[plan]/index.astro',
      'plans/[plan]/[indicator]/index.astro',
      'data/[id].astro',
    ]) {
      expect(existsSync(join(PAGES, dir)), dir).toBe(true);
    }
  });
});
