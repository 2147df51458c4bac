// No English sentence on a public page (issue 17): every built page's visible text, as served (the view with
// JavaScript off), and a sample of pages after their scripts have run (search, charts, settings, read-aloud). The
// detector and its documented allowlist are in english-text.ts; tests/unit/english-text.test.ts shows it fails on
// a planted sentence.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { englishOnPage, type EnglishHit } from './english-text.ts';
import { DIST, listPages, useSite } from './harness.ts';

const pages = listPages();

/** The HTML file of a page path. */
const fileOf = (path: string) =>
  join(DIST, path === '/' ? 'index.html' : path.endsWith('/') ? `${path}index.html` : path);

const show = (path: string, hits: EnglishHit[]) =>
  `${path} 有英文句子：\n${hits.map((h) => `  <${h.where}> ${h.text}`).join('\n')}`;

describe('no English sentence on any page (as served, JavaScript off)', () => {
  it('finds the built pages', () => assert.ok(pages.length > 50, `only ${pages.length} pages`));
  for (const path of pages) {
    it(path, () => {
      const hits = englishOnPage(readFileSync(fileOf(path), 'utf8'));
      assert.deepEqual(hits, [], show(path, hits));
    });
  }
});

// Pages whose scripts write text: the home page and a list (settings, search box), a report, a guide and a plan
// (read-aloud, tables of contents), a dataset (charts), and the search page with a query.
const SCRIPTED = ['/', '/reports/', '/search/?q=%E6%AE%8B%E7%96%BE%E4%BA%BA%E8%AF%81', '/guides/care-allowance/'];
const firstUnder = (prefix: string) => pages.find((p) => p.startsWith(prefix) && p !== prefix);
for (const prefix of ['/reports/', '/plans/', '/data/']) {
  const p = firstUnder(prefix);
  if (p) SCRIPTED.push(p);
}

describe('no English sentence after scripts run', () => {
  const site = useSite();
  for (const path of SCRIPTED) {
    it(path, async () => {
      const page = await site.context.newPage();
      try {
        await page.goto(site.url + path, { waitUntil: 'networkidle' });
        const hits = englishOnPage(await page.content());
        assert.deepEqual(hits, [], show(path, hits));
      } finally {
        await page.close();
      }
    });
  }
});
