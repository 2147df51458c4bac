// Every page is complete without JavaScript: a level-1 heading inside main, and no external origin requested.
// Also without JavaScript: a plan page says up front what data it has and its “only indicators with data” view
// works by keyboard; a chart's 统计口径 note is in its figcaption and summary.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST, listPages, useSite } from './harness.ts';

const pages = listPages();
const PLAN = /^\/plans\/(?!method|compare)[^/]+\/$/;
const planPages = pages.filter((p) => PLAN.test(p));
/** Plan pages that offer the view of only the indicators with data (some indicators have none). */
const filterable = planPages.filter((p) =>
  readFileSync(join(DIST, p, 'index.html'), 'utf8').includes('href="#with-data"'),
);

describe('pages without JavaScript', () => {
  const site = useSite({ shared: { javaScript: false }, cacheAssets: true });
  // One tab for every page (a new tab per page cost more than the checks); requests are sorted per page.
  let page: Page;
  let foreign: string[] = [];
  before(async () => {
    page = await site.context.newPage();
    page.on('request', (req) => {
      if (!req.url().startsWith(site.url) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
  });

  for (const path of pages) {
    it(`${path} is readable with JavaScript off and asks no other origin`, async () => {
      foreign = [];
      await page.goto(site.url + path, { waitUntil: 'load' });
      const h1 = page.locator('main h1');
      assert.equal(await h1.count(), 1, `${path}: main should have exactly one h1`);
      assert.ok(((await h1.textContent()) ?? '').trim().length > 0, `${path}: empty h1`);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.deepEqual(foreign, [], `${path} requested other origins`);
    });
  }
});

describe('what is missing is said, without JavaScript', () => {
  const site = useSite({ shared: { javaScript: false } });

  it('every plan page says in one sentence, before the facts, how many indicators have data', async () => {
    assert.ok(planPages.length > 0);
    const page = await site.context.newPage();
    try {
      for (const path of planPages) {
        await page.goto(site.url + path);
        const sentence = page.locator('main [data-plan-data-summary]');
        assert.equal(await sentence.count(), 1, path);
        const text = (await sentence.textContent()) ?? '';
        const rows = await page.locator('#ind-caption').locator('xpath=ancestor::table').locator('tbody tr').count();
        assert.match(text, new RegExp(`^本规划 ${rows} 项指标`), `${path}: ${text}`);
        // It comes right after the heading, before the facts list.
        assert.equal(await page.locator('main h1 + [data-plan-data-summary] + dl').count(), 1, path);
      }
    } finally {
      await page.close();
    }
  });

  it('the Lishui plan says none of its 36 indicators has a value after the baseline', async () => {
    const page = await site.context.newPage();
    try {
      await page.goto(site.url + '/plans/lishui-2021-2025/');
      assert.match(
        (await page.locator('[data-plan-data-summary]').textContent()) ?? '',
        /^本规划 36 项指标中，0 项有基期以后的数值；/,
      );
    } finally {
      await page.close();
    }
  });

  it(`the view of only the indicators with data works by keyboard on ${filterable.length} plan pages`, async () => {
    assert.ok(filterable.length > 0, 'some plan has indicators without data');
    const page = await site.context.newPage();
    try {
      for (const path of filterable) {
        await page.goto(site.url + path);
        const rows = page.locator('#with-data tbody tr');
        const withData = await page.locator('#with-data tbody tr:not([data-no-data])').count();
        const total = await rows.count();
        const visibleRows = async () =>
          await rows.evaluateAll((rs) => rs.filter((r) => (r as HTMLElement).offsetParent !== null).length);
        assert.equal(await visibleRows(), total, `${path}: the whole table shows first`);
        assert.equal(await page.locator('#with-data p.with-data-only').isVisible(), false);
        // Keyboard: focus the link and press Enter (a link is in the tab order by nature).
        await page.locator('a[href="#with-data"]').focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#with-data');
        assert.equal(await visibleRows(), withData, `${path}: only the ${withData} indicators with data show`);
        assert.equal(await page.locator('#with-data p.with-data-only').isVisible(), true);
        if (withData === 0)
          assert.equal(await page.locator('#with-data .table-scroll').isVisible(), false, `${path}: no empty table`);
        else
          assert.match((await page.locator('#ind-caption').innerText()).trim(), new RegExp(`的 ${withData} 项指标$`));
        await page.locator('a[href="#indicators"].view-all').focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => location.hash === '#indicators');
        assert.equal(await visibleRows(), total, `${path}: back to all`);
      }
    } finally {
      await page.close();
    }
  });

  it('a chart whose rows are measured differently says so in its figcaption and its summary', async () => {
    const page = await site.context.newPage();
    try {
      await page.goto(site.url + '/data/two-subsidies-2020/');
      const figure = page.locator('figure[data-chart]');
      const basis = '三个文件的统计口径不同';
      assert.match((await figure.locator('figcaption').innerText()) ?? '', new RegExp(basis));
      assert.match((await figure.locator('[data-chart-summary]').innerText()) ?? '', new RegExp(basis));
      assert.equal(await figure.locator('table').isVisible(), true, 'the table is the figure without JavaScript');
    } finally {
      await page.close();
    }
  });
});
