// Search over an index split into bundles by size only (`--area-chars 0`; a national site is split by area,
// tests/browser/search-areas.test.ts, which runs the query set): the built site is copied and re-indexed with a
// bundle size small enough to split it; a search merges every bundle, the query set's pages are found, and filters
// still narrow results drawn from every bundle. The query set over these bundles reached precision at 1 of 0.95
// when this was the only way to split (docs/scaling.md §3); it is no longer run on every test.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { BundleManifest } from '../../src/lib/search/bundles.ts';
import { indexSite } from '../../scripts/search-index.ts';
import { DIST, useSite } from './harness.ts';
import { allResults, searchStatus } from './search-page.ts';
import { QUERY_SET } from './search-queries.ts';

/** Small enough to cut the real site (about 170,000 characters of indexed text) into several bundles. */
const BUNDLE_CHARS = 50_000;

/** The results shown first for `url` (a search page address). */
async function search(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await searchStatus(page);
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Every result's address for `url`. */
async function searchAll(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return allResults(page);
}

describe('search over an index split into bundles', () => {
  let site: string;
  let manifest: BundleManifest;
  // The copy, re-indexed in bundles, with the browser; and the unsplit site, served only.
  const server = useSite({
    dir: async () => {
      site = join(mkdtempSync(join(tmpdir(), 'canlian-bundles-')), 'site');
      cpSync(DIST, site, { recursive: true, filter: (p) => !p.startsWith(join(DIST, 'pagefind')) });
      const count = await indexSite(site, BUNDLE_CHARS, 0);
      assert.ok(count >= 3, `expected the site to be split into at least 3 bundles, got ${count}`);
      manifest = JSON.parse(readFileSync(join(site, 'pagefind/bundles.json'), 'utf8')) as BundleManifest;
      return site;
    },
  });
  const single = useSite({ browser: false });
  after(() => {
    if (site) rmSync(join(site, '..'), { recursive: true, force: true });
  });

  it('the unsplit site has one index and an empty bundle list', () => {
    assert.deepEqual(JSON.parse(readFileSync(join(DIST, 'pagefind/bundles.json'), 'utf8')), { bundles: [] });
  });

  it('a search merges every bundle', async () => {
    const page = await server.context.newPage();
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const m = /\/pagefind\/bundles\/\d+\//.exec(new URL(r.url()).pathname);
      if (m) fetched.add(m[0]);
    });
    const { q, first } = QUERY_SET[0]!;
    assert.equal((await search(page, `${server.url}/search/?q=${encodeURIComponent(q)}`))[0], first);
    assert.ok(
      manifest.bundles.every((b) => !b.areas),
      'bundles by size have no areas',
    );
    assert.deepEqual([...fetched].sort(), manifest.bundles.map((b) => b.path).sort());
    await page.close();
  });

  it('a filtered search finds the same pages as one index would, drawn from every bundle', async () => {
    const query = `/search/?q=${encodeURIComponent('补贴')}&type=${encodeURIComponent('办事指南')}`;
    const page = await server.context.newPage();
    const split = await searchAll(page, `${server.url}${query}`);
    const splitStatus = await page.textContent('#search-status');
    const whole = await searchAll(page, `${single.url}${query}`);
    assert.ok(split.length > 4, `several guides expected, got ${split.join(', ')}`);
    assert.ok(
      split.every((h) => h.startsWith('/guides/')),
      `only guides expected, got ${split.join(', ')}`,
    );
    assert.equal(splitStatus, await page.textContent('#search-status'));
    assert.deepEqual([...split].sort(), [...whole].sort());
    await page.close();
  });
});
