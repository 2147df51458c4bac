// Small things citizens met on the home page and on phones: the top tasks are links to their guides, a phone sees
// one search box on the home page, and without JavaScript a chart's legend does not stand without its chart and
// the zoom hint fits the device (no Ctrl key on a phone).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, useSite } from './harness.ts';

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** The first page (URL path) whose HTML contains `needle`. */
function firstPageWith(needle: string, dir = DIST): string | undefined {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      const found = firstPageWith(needle, p);
      if (found) return found;
    } else if (name === 'index.html' && readFileSync(p, 'utf8').includes(needle)) {
      return `/${relative(DIST, dir).split(sep).join('/')}/`.replace(/^\/\/$/, '/');
    }
  }
  return undefined;
}

const site = useSite();

describe('home page', () => {
  it('lists the top tasks as links to their guides', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    const links = await page
      .locator('main ul[aria-labelledby="top-tasks"] a')
      .evaluateAll((as) => as.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href') })));
    assert.ok(links.length >= 3, `常办的事应至少有 3 个链接，实际 ${links.length} 个`);
    for (const link of links) {
      assert.match(link.href ?? '', /^\/guides\/[a-z0-9-]+\/$/, `“${link.text}”应链接到办事指南`);
      const res = await page.request.get(site.url + link.href);
      assert.equal(res.status(), 200, `“${link.text}”的链接 ${link.href} 打不开`);
    }
  });

  for (const javaScript of [true, false]) {
    it(`shows one search box at 375 px (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await site.newPage({ ...PHONE, javaScript });
      await page.goto(`${site.url}/`, { waitUntil: 'load' });
      const visible = await page
        .locator('input[type="search"]')
        .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.id));
      assert.deepEqual(visible, ['home-q']);
      // Other pages keep the header's search box on a phone.
      await page.goto(`${site.url}/guides/`, { waitUntil: 'load' });
      assert.equal(await page.isVisible('#site-search-q'), true, '其他页面在手机上应保留页头搜索框');
    });
  }

  it('keeps both search boxes on a wide screen', async () => {
    const page = await site.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    assert.equal(await page.isVisible('#site-search-q'), true);
    assert.equal(await page.isVisible('#home-q'), true);
  });
});

describe('without JavaScript', () => {
  it('a chart legend is not shown without its chart, and is shown with it', async () => {
    const path = firstPageWith('data-chart-legend');
    assert.ok(path, '构建好的网站中没有带图例的图表');
    const off = await site.newPage({ javaScript: false });
    await off.goto(site.url + path, { waitUntil: 'load' });
    assert.ok((await off.locator('[data-chart-legend]').count()) > 0);
    const shownOff = await off
      .locator('[data-chart-legend]')
      .evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
    assert.equal(shownOff, 0, `${path}: 没有 JavaScript 时不应显示图例`);

    const on = await site.newPage();
    await on.goto(site.url + path, { waitUntil: 'load' });
    await on.locator('[data-chart-legend]').first().waitFor({ state: 'visible' });
  });

  it('the zoom hint names keys on a computer and fingers on a phone', async () => {
    const desktop = await site.newPage({ javaScript: false });
    await desktop.goto(`${site.url}/`, { waitUntil: 'load' });
    const onDesktop = (await desktop.locator('.a11y-nojs').innerText()).trim();
    assert.match(onDesktop, /Ctrl/);
    assert.doesNotMatch(onDesktop, /手指/);

    const phone = await site.newPage({ ...PHONE, javaScript: false });
    await phone.goto(`${site.url}/`, { waitUntil: 'load' });
    const onPhone = (await phone.locator('.a11y-nojs').innerText()).trim();
    assert.match(onPhone, /^放大页面：.*两根手指/);
    assert.doesNotMatch(onPhone, /Ctrl|⌘/);
  });
});
