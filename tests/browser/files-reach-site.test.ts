// Every file the check accepts reaches the built site (issue 14, class 4): for each entry of the check's index
// (checkSite(root).index.all) the page or download that carries it is in dist/ and shows it. A kind added to the
// registry without a page, or a file the check reads but a collection's glob skips (an organisation saved as
// .yml), fails here by name.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSite } from '../../src/lib/check/check-site.ts';
import type { Entry } from '../../src/lib/core/file-kind.ts';
import {
  datasetCsvUrl,
  sourceUrl,
  datasetUrl,
  guideUrl,
  indicatorDownloadUrl,
  indicatorUrl,
  orgUrl,
  planUrl,
  reportUrl,
  SECTION_URLS,
} from '../../src/lib/core/urls.ts';
import { DIST } from './harness.ts';

/** The built file for a site address: `/orgs/x/` → dist/orgs/x/index.html, `/data/x.csv` → dist/data/x.csv. */
const built = (url: string): string => join(DIST, url.endsWith('/') ? `${url}index.html` : url);

// Text as Astro writes it into HTML.
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Where an entry shows on the site, and a text of it that the file must contain. */
function carrier(e: Entry): { url: string; text?: string } | undefined {
  const d = e.data as Record<string, unknown>;
  const [plan = '', indicator = '', year = ''] = e.id.split('/');
  switch (e.kind) {
    case 'site':
      return { url: SECTION_URLS.home, text: escapeHtml(String(d.name)) };
    case 'org':
      return { url: orgUrl(e.id), text: escapeHtml(String(d.name)) };
    case 'report':
      return { url: reportUrl(e.id), text: escapeHtml(String(d.title)) };
    case 'guide':
      return { url: guideUrl(e.id), text: escapeHtml(String(d.title)) };
    case 'plan':
      return { url: planUrl(e.id), text: escapeHtml(String(d.title)) };
    case 'indicator-file':
      return { url: planUrl(e.id) };
    case 'indicator':
      return { url: indicatorUrl(plan, indicator), text: escapeHtml(String(d.name)) };
    case 'actual':
      return { url: indicatorDownloadUrl(plan, indicator, 'csv'), text: year };
    case 'dataset':
      return { url: datasetUrl(e.id), text: escapeHtml(String(d.title)) };
    case 'dataset-csv':
      return { url: datasetCsvUrl(e.id) };
    case 'source':
      return { url: sourceUrl(e.id), text: escapeHtml(String(d.title)) };
    default:
      return undefined;
  }
}

describe('every accepted file reaches the built site', () => {
  const { index, problems } = checkSite(process.cwd());
  it('the site passes the check and has entries of every kind it publishes', () => {
    assert.deepEqual(problems, []);
    assert.ok(index.all.length > 10);
  });

  it('each entry has a page or download in dist/ that shows it', () => {
    const missing: string[] = [];
    for (const e of index.all) {
      const where = carrier(e);
      if (!where) {
        missing.push(`${e.file}: 种类“${e.kind}”没有对应的页面（在这个测试里为它写上页面地址）`);
        continue;
      }
      const path = built(where.url);
      if (!existsSync(path)) missing.push(`${e.file}: ${where.url} 没有生成`);
      else if (where.text && !readFileSync(path, 'utf8').includes(where.text))
        missing.push(`${e.file}: ${where.url} 里没有“${where.text}”`);
    }
    assert.deepEqual(missing, []);
  });

  it('every file the check read is carried by at least one entry', () => {
    const files = new Set(index.all.map((e) => e.file));
    const carried = new Set(
      index.all.filter((e) => carrier(e) && existsSync(built(carrier(e)!.url))).map((e) => e.file),
    );
    assert.deepEqual(
      [...files].filter((f) => !carried.has(f)),
      [],
    );
  });
});
