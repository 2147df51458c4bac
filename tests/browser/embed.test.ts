// 引用、分享、嵌入 (issue 18, part 3) over the built site: every indicator, dataset and report page has its
// 如何引用 block and link-preview meta; every chart has an embed page under /embed/ (chart, summary, table, a link
// back to the top window; no header, footer or navigation; not indexed) with its iframe code on the full page. In
// Chromium, under a server that sends the hosts' headers, another site can frame /embed/ pages and nothing else;
// the 复制 buttons work and announce 已复制; the chart view and the table sort survive in a shared address.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describePage } from '../../src/lib/search/bundles.ts';
import { DIST, listPages, useSite } from './harness.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const pages = listPages();
const embeds = pages.filter((p) => p.startsWith('/embed/'));
const indicatorPages = pages.filter((p) => /^\/plans\/(?!method\/|compare\/)[^/]+\/[^/]+\/$/.test(p));
const datasetPages = pages.filter((p) => /^\/data\/(?!org\/|topic\/|year\/)[^/]+\/$/.test(p));
const reportPages = pages.filter((p) => /^\/reports\/(?!org\/|year\/|kind\/)[^/]+\/[^/]+\/$/.test(p));
const tagline = /^tagline:\s*(.+)$/m.exec(readFileSync('data/site.yaml', 'utf8'))?.[1]?.trim();

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  for (const c of 'childNodes' in node ? node.childNodes : []) elements(c, out);
  if ('content' in node && node.content) elements(node.content as Node, out);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterMap['textNode']).value
    : 'childNodes' in node
      ? node.childNodes.map(text).join('')
      : '';
const doc = (path: string) => elements(parse(html(path)));
const meta = (els: Element[], key: string) =>
  els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key));

describe('embed pages (/embed/…), as built', () => {
  it('exist for every indicator and for every dataset page with a chart', () => {
    assert.ok(indicatorPages.length > 10 && embeds.length > 10, `${embeds.length} embed pages`);
    for (const p of indicatorPages) assert.ok(embeds.includes(`/embed${p}`), `${p} has no embed page`);
    for (const p of datasetPages) {
      const drawsChart = html(p).includes('data-chart-spec');
      assert.equal(
        embeds.includes(`/embed${p}`),
        drawsChart,
        `${p}: embed page ${drawsChart ? 'missing' : 'without a chart'}`,
      );
    }
  });

  for (const path of embeds) {
    it(`${path}: chart, summary, table and a link back to the top window; no site frame; not indexed`, () => {
      const els = doc(path);
      const names = new Set(els.map((e) => e.tagName));
      for (const tag of ['header', 'footer', 'nav']) assert.ok(!names.has(tag), `${path} has a <${tag}>`);
      assert.ok(
        els.some((e) => e.tagName === 'figure' && attr(e, 'data-chart') !== undefined),
        'no chart figure',
      );
      assert.ok(
        els.some((e) => attr(e, 'data-chart-summary') !== undefined),
        'no summary',
      );
      assert.ok(names.has('table'), 'no table');
      const back = els.filter((e) => e.tagName === 'a' && attr(e, 'target') === '_top');
      assert.equal(back.length, 1, 'one link back, opened in the top window');
      assert.equal(attr(back[0]!, 'href'), path.slice('/embed'.length));
      assert.equal(attr(meta(els, 'robots')!, 'content'), 'noindex');
      assert.equal(describePage(path, html(path)), undefined, 'embed pages stay out of the search index');
    });
  }
});

describe('如何引用, link-preview meta and 嵌入 code on the full pages, as built', () => {
  for (const path of [...indicatorPages, ...datasetPages, ...reportPages]) {
    it(path, () => {
      const els = doc(path);
      const reference = els.find((e) => attr(e, 'id') === 'cite-reference');
      assert.ok(reference, 'no 如何引用 reference');
      const ref = text(reference);
      assert.match(ref, /\[EB\/OL\]\. .+\. (?:\(\d{4}-\d{2}-\d{2}\))?\[引用日期\]\. https?:\/\/\S+$/);
      assert.ok(ref.endsWith(path), `the reference names the page's address: ${ref}`);
      const copy = els.find((e) => e.tagName === 'button' && attr(e, 'data-copy') === 'cite-reference');
      assert.ok(copy && attr(copy, 'hidden') !== undefined, 'copy button, hidden until its script runs');

      const description = attr(meta(els, 'og:description')!, 'content') ?? '';
      assert.ok(description.length > 5 && description !== tagline, `og:description is generic: “${description}”`);
      assert.equal(attr(meta(els, 'description')!, 'content'), description);
      assert.ok(attr(meta(els, 'og:url')!, 'content')?.endsWith(path), 'og:url is the page address');
      assert.match(attr(meta(els, 'og:url')!, 'content') ?? '', /^https?:\/\//);
      assert.ok(attr(meta(els, 'og:title')!, 'content'));
      assert.equal(attr(meta(els, 'og:locale')!, 'content'), 'zh_CN');
      assert.equal(attr(meta(els, 'twitter:card')!, 'content'), 'summary');
      assert.match(attr(meta(els, 'og:type')!, 'content') ?? '', /^(website|article)$/);

      const code = els.find((e) => attr(e, 'id') === 'embed-code');
      if (embeds.includes(`/embed${path}`)) {
        assert.ok(code, 'no 嵌入 code');
        const frame = elements(parse(text(code))).find((e) => e.tagName === 'iframe');
        assert.ok(frame && attr(frame, 'title'), 'the code is an iframe with a title');
        assert.ok(attr(frame, 'src')?.endsWith(`/embed${path}`), `iframe src ${attr(frame, 'src')}`);
      } else assert.equal(code, undefined, 'iframe code for a page without an embed');
    });
  }
});

describe('framing under the hosts headers (Chromium)', () => {
  const site = useSite({ headers: true });
  // Another site: a page on another port (another origin) that frames one embed page and one ordinary page.
  let other: { url: string; close(): Promise<void> };
  before(async () => {
    const server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      const src = (n: string) => site.url + (u.searchParams.get(n) ?? '/');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>other</title><iframe name="embed" src="${src('embed')}"></iframe><iframe name="page" src="${src('page')}"></iframe>`,
      );
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const a = server.address();
    other = {
      url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
      close: () => new Promise((ok) => server.close(() => ok())),
    };
  });
  after(() => other?.close());

  const pairs: [string, string][] = [];
  for (const e of embeds.filter((p) => p.startsWith('/embed/plans/')).slice(0, 1)) pairs.push([e, e.slice(6)]);
  for (const e of embeds.filter((p) => p.startsWith('/embed/data/')).slice(0, 1)) pairs.push([e, e.slice(6)]);
  pairs.push([embeds[0]!, '/']);

  for (const [embed, page] of pairs) {
    it(`another site shows ${embed} in a frame but not ${page}`, async () => {
      const tab = await site.newPage();
      try {
        const res = await tab.request.get(site.url + page);
        assert.match(res.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
        await tab.goto(`${other.url}/?embed=${encodeURIComponent(embed)}&page=${encodeURIComponent(page)}`, {
          waitUntil: 'load',
        });
        const framed = tab.frame({ name: 'embed' })!;
        await framed.waitForSelector('figure[data-chart] table');
        assert.equal(new URL(framed.url()).pathname, embed);
        const link = framed.locator('a[target="_top"]');
        assert.equal(await link.count(), 1);
        const refused = tab.frame({ name: 'page' })!;
        // A refused frame shows the browser's error page, never the site's document.
        assert.equal(await refused.locator('#main').count(), 0, `${page} was shown inside another site's frame`);
        assert.ok(!refused.url().startsWith(site.url), `frame url ${refused.url()}`);
        // The link back replaces the other site's page, not the frame.
        await Promise.all([tab.waitForURL(`${site.url}${page === '/' ? embed.slice(6) : page}`), link.click()]);
      } finally {
        await tab.context().close();
      }
    });
  }
});

describe('复制, view and sort in the address (Chromium)', () => {
  const site = useSite();
  const indicator = indicatorPages.find((p) => !html(p).includes('data-chart-empty'))!;
  // The plan with the longest sortable table, so the order is visible.
  const plan = pages
    .filter((p) => /^\/plans\/(?!compare\/|method\/)[^/]+\/$/.test(p) && html(p).includes('data-sortable'))
    .sort((a, b) => html(b).split('data-sort-name=').length - html(a).split('data-sort-name=').length)[0]!;

  it('the 复制引用 button copies the reference and says 已复制', async () => {
    const context = await site.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const tab = await context.newPage();
    await tab.goto(site.url + indicator);
    const button = tab.getByRole('button', { name: '复制引用' });
    await button.focus();
    await tab.keyboard.press('Enter');
    await tab.locator('#cite-heading ~ .copy [role="status"]').filter({ hasText: '已复制' }).waitFor();
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await tab.locator('#cite-reference').textContent());
    await tab.getByRole('button', { name: '复制嵌入代码' }).click();
    assert.match(await tab.evaluate(() => navigator.clipboard.readText()), /^<iframe src="https?:\/\/[^"]+\/embed\//);
    await context.close();
  });

  it('the chart view is read from and written to the address', async () => {
    const tab = await site.newPage();
    await tab.goto(`${site.url}${indicator}?view=table`);
    await tab.locator('[data-chart-view]:not([hidden])').waitFor();
    assert.equal(await tab.locator('.chart-canvas').isVisible(), false);
    assert.equal(await tab.locator('.chart-table table').isVisible(), true);
    assert.equal(await tab.getByRole('button', { name: '只看表' }).getAttribute('aria-pressed'), 'true');
    await tab.getByRole('button', { name: '只看图' }).click();
    assert.equal(new URL(tab.url()).searchParams.get('view'), 'chart');
    assert.equal(await tab.locator('.chart-table').isVisible(), false);
    assert.equal(await tab.locator('.chart-canvas').isVisible(), true);
    await tab.getByRole('button', { name: '图和表' }).click();
    assert.equal(new URL(tab.url()).search, '');
    await tab.context().close();
  });

  it('the table sort is read from and written to the address', async () => {
    const tab = await site.newPage();
    await tab.goto(`${site.url}${plan}?sort=name-desc`);
    const th = tab.locator('th[data-sort="name"]');
    await tab.locator('th[data-sort="name"] button').waitFor();
    assert.equal(await th.getAttribute('aria-sort'), 'descending');
    const names = await tab
      .locator('table[data-sortable] tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.sortName ?? ''));
    const collator = new Intl.Collator('zh-CN', { numeric: true });
    assert.deepEqual(
      names,
      [...names].sort((a, b) => -collator.compare(a, b)),
    );
    await tab.locator('th[data-sort="status"] button').click();
    assert.equal(new URL(tab.url()).searchParams.get('sort'), 'status-asc');
    await tab.context().close();
  });

  it('with JavaScript off the page shows chart summary and table, and no button that does nothing', async () => {
    const tab = await site.newPage({ javaScript: false });
    await tab.goto(`${site.url}${indicator}?view=chart`);
    assert.equal(await tab.locator('.chart-table table').isVisible(), true);
    assert.equal(await tab.locator('[data-chart-summary]').isVisible(), true);
    assert.equal(await tab.getByRole('button', { name: /复制|只看|图和表/ }).count(), 0);
    assert.equal(await tab.locator('#cite-reference').isVisible(), true);
    await tab.context().close();
  });
});
