// Five tasks done with the keyboard only (Tab, Shift+Tab, Enter, typing), at every stop checking that focus is
// visible, on screen and not covered (focus.ts). A task whose pages are not built yet is marked todo, naming the
// missing page; it never passes without running.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DESKTOP, DIST, listPages, useSite } from './harness.ts';
import { focusStop, follow, tabTo } from './focus.ts';

const pages = listPages();
const built = (path: string) => pages.includes(path);
/** A todo note naming the first missing page, or false when all are built. */
const missing = (...paths: string[]) => {
  const gone = paths.filter((p) => !built(p));
  return gone.length ? `页面尚未构建：${gone.join('、')}` : false;
};

const REPORT = /^\/reports\/[^/]+\/\d{4}-[a-z-]+\/$/;
const reportWithToc = pages.find(
  (p) => REPORT.test(p) && readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('class="toc"'),
);
const anyPage = (pattern: RegExp) => pages.find((p) => pattern.test(p));

describe('keyboard-only tasks', () => {
  const site = useSite({ shared: { acceptDownloads: true } });
  let page: Page;
  const open = async (path: string) => {
    page = await site.context.newPage();
    await page.goto(site.url + path, { waitUntil: 'load' });
  };
  const close = async () => page?.close();

  it(
    '1. finds a guide by searching from the header and opens it',
    { todo: missing('/search/', '/guides/') },
    async () => {
      await open('/');
      try {
        await tabTo(page, 'input[type="search"]');
        await page.keyboard.type('残疾证');
        await follow(page, /\/search\/\?q=/);
        await page.waitForSelector('#search-results a[href*="/guides/"]', { timeout: 15_000 });
        await tabTo(page, '#search-results a', { hrefPattern: '/guides/[^/]+/$' });
        await follow(page, /\/guides\/[^/]+\/$/);
        const h1 = (await page.locator('main h1').textContent()) ?? '';
        assert.ok(h1.trim().length > 0, 'the guide page has no heading');
      } finally {
        await close();
      }
    },
  );

  it(
    '2. opens a report and jumps to a section from its table of contents',
    { todo: reportWithToc ? false : '没有带目录（nav.toc）的报告页面' },
    async () => {
      await open('/reports/');
      try {
        await tabTo(page, 'main a', { hrefPattern: `^${reportWithToc}$` });
        await follow(page, new RegExp(`${reportWithToc}$`));
        // The second entry, so that the jump is a real move down the page.
        await tabTo(page, 'nav.toc a');
        await page.keyboard.press('Tab');
        const link = await focusStop(page, 'nav.toc a');
        assert.ok(link?.matches, 'the table of contents has fewer than two entries');
        const hash = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
        await page.keyboard.press('Enter');
        await page.waitForFunction((h) => location.hash === h, hash);
        const target = await page.evaluate((h) => {
          const el = document.getElementById(decodeURIComponent(h.slice(1)));
          if (!el) return null;
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + 4, Math.max(r.top + 4, 0));
          return { top: r.top, bottom: r.bottom, covered: !!hit && hit !== el && !el.contains(hit) };
        }, hash);
        assert.ok(target, `no element with id ${hash}`);
        assert.ok(
          target.top >= 0 && target.bottom <= DESKTOP.viewport!.height,
          `section ${hash} is not in view (top ${target.top})`,
        );
        assert.equal(target.covered, false, `section ${hash} is covered by another element`);
        // Sequential focus continues from the section, not from the table of contents.
        await page.keyboard.press('Tab');
        const after = await page.evaluate((h) => {
          const section = document.getElementById(decodeURIComponent(h.slice(1)))!;
          const focused = document.activeElement!;
          return (
            !!(section.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) || section.contains(focused)
          );
        }, hash);
        assert.ok(after, 'Tab after the jump did not continue from the section');
      } finally {
        await close();
      }
    },
  );

  const indicator = anyPage(/^\/plans\/[^/]+\/[^/]+\/$/);
  it(
    '3. reads an indicator’s status and its table',
    { todo: missing('/plans/') || (indicator ? false : '页面尚未构建：/plans/<plan>/<indicator>/') },
    async () => {
      await open('/plans/');
      try {
        await tabTo(page, 'main a', { hrefPattern: '^/plans/(?!method/|compare/)[^/]+/$' });
        await follow(page, /\/plans\/[^/]+\/$/);
        await tabTo(page, 'main a', { hrefPattern: '^/plans/[^/]+/[^/]+/$' });
        await follow(page, /\/plans\/[^/]+\/[^/]+\/$/);
        // The status is said in words (not colour only) near the top of the page.
        const status = await page.evaluate(() => {
          const el = document.querySelector('main .status');
          return el ? { text: el.textContent?.trim() ?? '', top: el.getBoundingClientRect().top } : null;
        });
        assert.ok(status && status.text.length > 0, 'the indicator page shows no status in words (.status)');
        // The values table is reached by keyboard: its scroll region takes focus and is named by the caption.
        const region = await tabTo(page, '[role="region"][tabindex="0"]:has(table)');
        const named = await page.evaluate(() => {
          const el = document.activeElement!;
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          const name =
            el.getAttribute('aria-label') ?? ids.map((id) => document.getElementById(id)?.textContent ?? '').join('');
          const table = el.querySelector('table')!;
          return {
            name: name.trim(),
            caption: !!table.querySelector('caption'),
            headers: table.querySelectorAll('th[scope]').length,
          };
        });
        assert.ok(named.name.length > 0, `the table region ${region.label} has no name`);
        assert.ok(named.caption && named.headers > 0, 'the values table needs a caption and th scope');
      } finally {
        await close();
      }
    },
  );

  const dataset = anyPage(/^\/data\/(?!org\/|topic\/|year\/)[^/]+\/$/);
  it(
    '4. downloads a dataset as CSV',
    { todo: missing('/data/') || (dataset ? false : '页面尚未构建：/data/<dataset>/') },
    async () => {
      await open('/data/');
      try {
        await tabTo(page, 'main a', { hrefPattern: '^/data/(?!org/|topic/|year/)[^/]+/$' });
        await follow(page, /\/data\/[^/]+\/$/);
        await tabTo(page, 'main a', { hrefPattern: '\\.csv$' });
        const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
        assert.match(download.suggestedFilename(), /\.csv$/);
        const path = await download.path();
        assert.ok(path && existsSync(path), 'the download did not complete');
        const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
        assert.ok(text.split('\n').length >= 2 && text.includes(','), 'the downloaded file is not a CSV table');
      } finally {
        await close();
      }
    },
  );

  it('5. changes the display settings and resets them', async () => {
    await open('/');
    try {
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      const toggle = await tabTo(page, 'button[aria-controls="display-settings"]', { max: 3 });
      assert.match(toggle.label, /显示设置/);
      await page.keyboard.press('Enter');
      assert.equal(await page.getAttribute('button[aria-controls="display-settings"]', 'aria-expanded'), 'true');
      // Text size: the first radio of the group, then arrow keys to 200%.
      await tabTo(page, 'input[name="text"]', { max: 3 });
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await page.waitForFunction(() => document.documentElement.dataset.text === '200');
      // Focus stays visible and on screen after the page grows.
      const stop = await focusStop(page);
      assert.ok(stop?.visible && stop.onScreen, `after 200% the focus is not visible: ${stop?.label}`);
      await tabTo(page, 'input[name="spacing"]', { max: 3 });
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'input[name="contrast"]', { max: 3 });
      await page.keyboard.press('Space');
      await tabTo(page, 'input[name="elder"]', { max: 3 });
      await page.keyboard.press('Space');
      const attrs = () =>
        page.evaluate(() => {
          const d = document.documentElement.dataset;
          return { text: d.text, spacing: d.spacing, contrast: d.contrast, elder: d.elder };
        });
      assert.deepEqual(await attrs(), { text: '200', spacing: 'large', contrast: 'high', elder: 'on' });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(0, 0, 0)', 'high contrast did not change the page colours');
      // Escape closes the panel and puts focus back on its button.
      await page.keyboard.press('Escape');
      assert.equal(await page.getAttribute('button[aria-controls="display-settings"]', 'aria-expanded'), 'false');
      assert.match((await focusStop(page))?.label ?? '', /显示设置/);
      // Reset.
      await page.keyboard.press('Enter');
      await tabTo(page, 'button[data-settings-reset]');
      await page.keyboard.press('Enter');
      assert.deepEqual(await attrs(), { text: undefined, spacing: undefined, contrast: undefined, elder: undefined });
      assert.match((await page.textContent('[data-settings-status]')) ?? '', /已恢复默认设置/);
      assert.equal(await page.evaluate(() => localStorage.getItem('display-settings')), null);
      assert.equal(await page.isChecked('input[name="text"][value="100"]'), true);
      assert.equal(await page.isChecked('input[name="contrast"]'), false);
    } finally {
      await close();
    }
  });
});
