// Search in the browser: the page works with keyboard and screen reader, reads its query from the URL, says how
// many results it found and shows them all (ten at a time), marks whole words in excerpts that start at a sentence,
// labels each result's type, offers other words when nothing is found, works (and says it needs JavaScript) without
// JavaScript, and the query set lands on the right page first (precision at 1 ≥ 0.95).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { DIST, describeViolations, runAxe, useSite } from './harness.ts';
import { askInPage, firstResult, searchStatus } from './search-page.ts';
import { QUERY_SET } from './search-queries.ts';
import { EVERYDAY_WORDS } from '../../src/lib/search/suggest.ts';
import { TYPE_LABELS } from '../../src/lib/search/render.ts';

/** The site's name, which ends every page title. */
const SITE_NAME = (parse(readFileSync('data/site.yaml', 'utf8')) as { name: string }).name;

const items = (page: Page) => page.locator('#search-results > li');

/** Presses 显示更多 until every result is shown; returns the status after each press. */
async function showAll(page: Page): Promise<string[]> {
  const statuses: string[] = [];
  while (await page.isVisible('#search-more')) {
    const before = await items(page).count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    statuses.push((await page.textContent('#search-status')) ?? '');
  }
  return statuses;
}

/** The text of every page in the search index (pagefind's fragments: gzip, a signature, then JSON). */
function indexedPages(): { url: string; content: string; type: string }[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const data = JSON.parse(text.slice(text.indexOf('{'))) as {
      url: string;
      content: string;
      filters: Record<string, string[]>;
    };
    return { url: data.url, content: data.content.replace(/\u200b/g, ''), type: data.filters['类型']?.[0] ?? '' };
  });
}

describe('search', () => {
  const site = useSite();

  it('the header search box submits to /search/?q=… and the count is announced in a live region', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/`);
    const box = page.getByRole('searchbox', { name: '搜索全站' });
    await box.focus();
    await page.keyboard.type('护理补贴');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    assert.equal(new URL(page.url()).searchParams.get('q'), '护理补贴');
    const status = await searchStatus(page);
    assert.match(status, /^找到 \d+ 条与“护理补贴”有关的结果/);
    const live = page.locator('#search-status');
    assert.equal(await live.getAttribute('role'), 'status');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    const input = page.getByRole('searchbox', { name: /要找什么/ });
    assert.equal(await input.inputValue(), '护理补贴');
    const results = page.getByRole('list', { name: '搜索结果' });
    assert.equal(await results.evaluate((el) => el.tagName), 'OL');
    const first = results.getByRole('listitem').first().getByRole('link');
    assert.equal(await first.getAttribute('href'), '/guides/care-allowance/');
    assert.ok((await results.locator('mark').count()) > 0, 'matched words are highlighted');
    assert.equal(await page.title(), `“护理补贴”的搜索结果 - ${SITE_NAME}`);
    await page.close();
  });

  it('the count says how many are shown, 显示更多 shows the rest ten at a time and moves focus to the first new one', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('残疾人证')}`);
    const status = await searchStatus(page);
    const m = /^找到 (\d+) 条与“残疾人证”有关的结果，显示前 10 条。$/.exec(status);
    assert.ok(m, status);
    const total = Number(m[1]);
    assert.ok(total > 20, `more than two pages of results expected, got ${total}`);
    assert.equal(await items(page).count(), 10);
    const eleventh = await page.evaluate(() => document.querySelectorAll('#search-results > li').length);
    await page.getByRole('button', { name: '显示更多' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    assert.equal(await items(page).count(), 20);
    assert.equal(await page.textContent('#search-status'), `找到 ${total} 条与“残疾人证”有关的结果，显示前 20 条。`);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(
      focused,
      await items(page).nth(eleventh).locator('a').getAttribute('href'),
      'focus on the 11th result',
    );
    const statuses = await showAll(page);
    assert.equal(await items(page).count(), total, 'every result found is shown');
    assert.equal(statuses.at(-1), `找到 ${total} 条与“残疾人证”有关的结果。`);
    assert.equal(await page.isVisible('#search-more'), false);
    const hrefs = await page
      .locator('#search-results > li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(new Set(hrefs).size, total, 'no result is shown twice');
    await page.close();
  });

  it('a count of ten or fewer is the number of results listed, with no 显示更多', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('助听器')}&type=${encodeURIComponent('办事指南')}`);
    const status = await searchStatus(page);
    const n = Number(/^找到 (\d+) 条/.exec(status)?.[1]);
    assert.ok(n > 0 && n <= 10, status);
    assert.equal(await items(page).count(), n);
    assert.equal(await page.isVisible('#search-more'), false);
    await page.close();
  });

  it('excerpts start at a sentence and mark whole words; each result says what kind of page it is', async () => {
    const page = await site.context.newPage();
    for (const q of ['残疾人证', '护理补贴', '无障碍改造']) {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
      await searchStatus(page);
      const excerpts = await page.locator('#search-results > li > p').allTextContents();
      assert.ok(excerpts.length >= 5, q);
      for (const e of excerpts) assert.doesNotMatch(e, /^[，、。；：,;:]/, `“${q}”的摘要从句中开始：${e}`);
      const marks = await page.locator('#search-results mark').allTextContents();
      assert.ok(marks.length > 0, q);
      for (const mark of marks) assert.ok(mark.length >= 2, `“${q}”的摘要只标出单字：${mark}`);
      const labels = await page.locator('#search-results > li > .result-type').allTextContents();
      assert.equal(labels.length, await items(page).count(), 'every result has a type label');
      const known = new Set([
        '办事指南',
        '规划指标',
        '统计数据',
        '年度报告',
        '资料来源',
        '首页',
        ...Object.values(TYPE_LABELS),
      ]);
      for (const l of labels) assert.ok(known.has(l), `unknown type label ${l}`);
    }
    // The guide and the indicator named 困难残疾人家庭无障碍改造: the guide first, each labelled.
    const labels = await page.locator('#search-results > li > .result-type').allTextContents();
    assert.equal(labels[0], '办事指南');
    assert.ok(labels.includes('规划指标'));
    await page.close();
  });

  it('a search that finds nothing offers site words that find pages, and the main guides', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('楼梯')}`);
    assert.match(await searchStatus(page), /^没有找到与“楼梯”有关的结果/);
    assert.deepEqual(await page.locator('#search-suggestions a').allTextContents(), ['无障碍改造']);
    assert.ok(await page.isVisible('#search-none'), 'points to the main guides');
    const guides = page.locator('#main-guides a');
    assert.ok((await guides.count()) >= 4);
    assert.ok(await guides.first().isVisible());
    // 孩子不会说话 finds the guide to children's rehabilitation, and offers the site's words for it too.
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('孩子不会说话')}`);
    assert.match(await searchStatus(page), /^找到/);
    const first = page.locator('#search-results > li > a').first();
    assert.equal(await first.getAttribute('href'), '/guides/child-rehabilitation/');
    assert.deepEqual(await page.locator('#search-suggestions a').allTextContents(), ['儿童康复', '言语']);
    assert.equal(await page.isVisible('#search-none'), false);
    await Promise.all([
      page.waitForURL(/q=%E5%84%BF%E7%AB%A5%E5%BA%B7%E5%A4%8D/),
      page.locator('#search-suggestions a').first().click(),
    ]);
    assert.match(await searchStatus(page), /^找到 \d+ 条与“儿童康复”有关的结果/);
    // Every word the map offers finds pages.
    const words = [...new Set(Object.values(EVERYDAY_WORDS).flat())];
    const empty: string[] = [];
    for (const w of words) if (!(await askInPage(page, w)).startsWith('找到')) empty.push(w);
    assert.deepEqual(empty, [], `建议的说法搜不到结果：${empty.join('、')}`);
    await page.close();
  });

  it('a filter applies when it changes, without pressing 搜索, and keeps focus on the filter', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('补贴')}`);
    await searchStatus(page);
    await page.getByLabel('类型').focus();
    await page.getByLabel('类型').selectOption('统计数据');
    await page.waitForURL(/type=/);
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('筛选'));
    const hrefs = await page
      .locator('#search-results > li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0 && hrefs.every((h) => h?.startsWith('/data/')), hrefs.join(', '));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-type');
    await page.close();
  });

  it('after a search, focus is on the results heading', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/`);
    assert.equal(await page.title(), `搜索 - ${SITE_NAME}`);
    await page.getByRole('searchbox', { name: /要找什么/ }).fill('残疾人证');
    await page.getByRole('searchbox', { name: /要找什么/ }).press('Enter');
    await searchStatus(page);
    const focused = await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent]);
    assert.deepEqual(focused, ['H2', '“残疾人证”的搜索结果']);
    assert.equal(await page.title(), `“残疾人证”的搜索结果 - ${SITE_NAME}`);
    await page.close();
  });

  it('with results, with 显示更多 pressed and with nothing found, the page has no axe violations', async () => {
    const page = await site.context.newPage();
    for (const q of ['残疾人证', '孩子不会说话', '楼梯']) {
      const path = `/search/?q=${encodeURIComponent(q)}`;
      await page.goto(site.url + path);
      await searchStatus(page);
      if (await page.isVisible('#search-more')) await showAll(page);
      const violations = await runAxe(page);
      assert.equal(violations.length, 0, describeViolations(path, violations));
    }
    await page.close();
  });

  it('without JavaScript the page says plainly that search needs it and offers the guides', async () => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('残疾人证')}`);
    const note = page.locator('.no-js-note');
    assert.ok(await note.isVisible());
    assert.match((await note.textContent()) ?? '', /搜索需要浏览器开启 JavaScript/);
    assert.ok((await page.locator('#main-guides a').count()) >= 4);
    assert.ok(await page.locator('a[href="/guides/"]').first().isVisible());
    assert.equal(await page.isVisible('#search-heading'), false);
    await page.close();
  });

  it('the index keeps labels and values of term lists and tables apart (no "单位%分类")', () => {
    const pages = indexedPages();
    // Indicator pages (/plans/<plan>/<indicator>/): a term list of facts and a table of values.
    const indicators = pages.filter((p) => /^\/plans\/[^/]+\/[^/]+\/$/.test(p.url));
    assert.ok(indicators.length > 10);
    for (const p of indicators) {
      assert.match(p.content, /单位 \S+ /, `${p.url}: 单位 runs into its value`);
      // The term list as it was indexed before: label, value and the next label in one run (单位%分类). Prose may
      // say 单位 in a sentence (the download link's 写明机构、规划、单位和出处), which is not a term.
      assert.doesNotMatch(p.content, /单位\S*(分类|方向|指标属性)/, `${p.url}: 单位 runs into its value`);
      assert.doesNotMatch(p.content, /年份类型数值/, `${p.url}: table headers run together`);
    }
    const plan = pages.find((p) => p.url === '/plans/lishui-2021-2025/');
    assert.ok(plan);
    assert.match(plan.content, /机构 丽水市残疾人联合会 类型/);
  });

  it('lists of every report, dataset, plan and source are not indexed; the pages they list are', () => {
    const urls = new Set(indexedPages().map((p) => p.url));
    // At national scale these lists ran to megabytes that every search fetched as excerpts (docs/benchmarks.md).
    for (const list of ['/reports/', '/data/', '/plans/', '/plans/compare/', '/sources/']) {
      assert.equal(urls.has(list), false, `${list} is in the search index`);
    }
    for (const prefix of ['/reports/', '/data/', '/plans/']) {
      assert.ok(
        [...urls].some((u) => u.startsWith(prefix) && u !== prefix),
        `no page under ${prefix} is indexed`,
      );
    }
  });

  it("a source document's page is indexed by its title and publisher, not by the list of figures drawn from it", () => {
    const sources = indexedPages().filter((p) => /^\/sources\/[^/]+\/$/.test(p.url));
    assert.ok(sources.length >= 3, 'source pages are indexed');
    for (const p of sources) {
      assert.match(p.content, /发布机构/, p.url);
      // Every figure item with a value says 数值：; the indexed text ends before the list.
      assert.doesNotMatch(p.content, /数值：/, `${p.url}: the figure list is indexed`);
      assert.ok(p.content.length < 1000, `${p.url}: ${p.content.length} characters indexed`);
    }
  });

  it('a search from the search page updates the URL so it can be shared, and results open with the keyboard', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/`);
    await page.getByRole('searchbox', { name: /要找什么/ }).fill('轮椅');
    await page.getByRole('searchbox', { name: /要找什么/ }).press('Enter');
    await searchStatus(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), '轮椅');
    const link = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
    await link.focus();
    await Promise.all([page.waitForURL(/\/guides\/assistive-devices\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('filters by type narrow the results', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('补贴')}&type=${encodeURIComponent('统计数据')}`);
    await searchStatus(page);
    assert.equal(await page.getByLabel('类型').inputValue(), '统计数据');
    const hrefs = await page
      .locator('#search-results > li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 0);
    assert.ok(
      hrefs.every((h) => h?.startsWith('/data/')),
      `only datasets expected, got ${hrefs.join(', ')}`,
    );
    await page.close();
  });

  it("excerpts are page text, not the page's controls (朗读全文, 返回全部办事指南)", async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('补贴')}&type=${encodeURIComponent('办事指南')}`);
    await searchStatus(page);
    const excerpts = await page.locator('#search-results > li > p').allTextContents();
    assert.ok(excerpts.length > 3);
    for (const e of excerpts) assert.doesNotMatch(e, /朗读全文|返回全部办事指南/, e);
    await page.close();
  });

  it(`query set: precision at 1 ≥ 0.95 over ${QUERY_SET.length} queries`, async () => {
    assert.ok(QUERY_SET.length >= 49);
    const page = await site.context.newPage();
    const misses: string[] = [];
    await page.goto(`${site.url}/search/`);
    for (const { q, first, who } of QUERY_SET) {
      await askInPage(page, q);
      const got = await firstResult(page);
      if (got !== first) misses.push(`“${q}”（${who}）：期望 ${first}，实际 ${got ?? '无结果'}`);
    }
    const precision = (QUERY_SET.length - misses.length) / QUERY_SET.length;
    console.log(`precision@1 = ${precision.toFixed(3)} (${QUERY_SET.length - misses.length}/${QUERY_SET.length})`);
    if (misses.length) console.log(misses.join('\n'));
    assert.ok(precision >= 0.95, `precision@1 ${precision.toFixed(3)} < 0.95:\n${misses.join('\n')}`);
    await page.close();
  });
});
