// Search in the browser on a built (generated) site: time from query to rendered results and bytes fetched, with
// Debian's Chromium through playwright-core. A cold query opens /search/?q=… in a fresh browser context (nothing
// cached: the runtime, wasm and index chunks are all fetched); a warm query types the next query into the same
// page (runtime loaded, only new index chunks and fragments are fetched).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchBrowser, serveStatic } from '../../tests/browser/harness.ts';

/** Queries people type (phrases that occur in the generated text and titles). */
export const QUERIES = [
  '护理补贴',
  '残疾人证',
  '康复',
  '就业',
  '无障碍改造',
  '辅助器具',
  '托养服务',
  '残联 2021',
  '职业培训',
  '法律援助',
  '残疾儿童',
  '生活补贴',
];

/** Search timings and transfer sizes. */
export interface SearchResult {
  /** How the search was run: the site's own /search/ page, or pagefind's API when the page is missing. */
  mode: 'search-page' | 'pagefind-api';
  queries: number;
  coldMedianMs: number;
  coldMedianBytes: number;
  warmMedianMs: number;
  warmMedianBytes: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : 0;
};

/**
 * Counts bytes of responses under /pagefind/ (runtime, wasm, index chunks, fragments; body + headers as
 * transferred, uncompressed by this test server) while `fn` runs.
 */
async function countBytes(page: Page, fn: () => Promise<void>): Promise<number> {
  const pending: Promise<number>[] = [];
  const onFinished = (req: Request) => {
    if (!new URL(req.url()).pathname.startsWith('/pagefind/')) return;
    pending.push(
      req
        .sizes()
        .then((s) => s.responseBodySize + s.responseHeadersSize)
        .catch(() => 0),
    );
  };
  page.on('requestfinished', onFinished);
  await fn();
  page.off('requestfinished', onFinished);
  return (await Promise.all(pending)).reduce((a, b) => a + b, 0);
}

// A function, not a string: the site's Content-Security-Policy forbids eval, which string predicates need.
const DONE = () => {
  const s = document.querySelector('#search-status')?.textContent ?? '';
  return s !== '' && s !== '正在搜索…';
};

/**
 * Measures search on the site in `dist` (which must have a pagefind index). With `area`, every query is asked in
 * that area (`/search/?q=…&area=…`, the search page's 搜索范围); the page must offer it, or this throws rather than
 * measure the whole country under another name.
 */
export async function measureSearch(dist: string, queries = QUERIES, area?: string): Promise<SearchResult> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const hasPage = existsSync(join(dist, 'search/index.html'));
  const cold: { ms: number; bytes: number }[] = [];
  const warm: { ms: number; bytes: number }[] = [];
  try {
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i]!;
      const next = queries[(i + 1) % queries.length]!;
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      if (hasPage) {
        let ms = 0;
        const bytes = await countBytes(page, async () => {
          const t = performance.now();
          const where = area ? `&area=${encodeURIComponent(area)}` : '';
          await page.goto(`${server.url}/search/?q=${encodeURIComponent(q)}${where}`);
          await page.waitForFunction(DONE, undefined, { timeout: 120_000 });
          ms = performance.now() - t;
        });
        if (area) {
          const chosen = await page.locator('#search-area').inputValue();
          if (chosen !== area) throw new Error(`搜索页没有“${area}”这个范围（选中的是 ${chosen}）`);
        }
        cold.push({ ms, bytes });
        let wms = 0;
        const wbytes = await countBytes(page, async () => {
          await page.fill('#search-q', next);
          await page.evaluate(() => {
            document.querySelector('#search-status')!.textContent = '';
          });
          const t = performance.now();
          await page.click('#search-form button[type=submit]');
          await page.waitForFunction(DONE, undefined, { timeout: 120_000 });
          wms = performance.now() - t;
        });
        warm.push({ ms: wms, bytes: wbytes });
      } else {
        // No search page yet: the same work through pagefind's JS API in a blank page of the site.
        await page.goto(`${server.url}/404.html`);
        const run = (query: string) =>
          page.evaluate(async (query) => {
            const t = performance.now();
            const w = window as unknown as {
              pf?: { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
            };
            w.pf ??= await import('/pagefind/pagefind.js' as string);
            const r = await w.pf!.search(query);
            const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
            document.body.insertAdjacentHTML('beforeend', `<ol>${data.map((d) => `<li>${d.url}</li>`).join('')}</ol>`);
            return performance.now() - t;
          }, query);
        let ms = 0;
        const bytes = await countBytes(page, async () => {
          ms = await run(q);
        });
        cold.push({ ms, bytes });
        let wms = 0;
        const wbytes = await countBytes(page, async () => {
          wms = await run(next);
        });
        warm.push({ ms: wms, bytes: wbytes });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    mode: hasPage ? 'search-page' : 'pagefind-api',
    queries: queries.length,
    coldMedianMs: median(cold.map((c) => c.ms)),
    coldMedianBytes: median(cold.map((c) => c.bytes)),
    warmMedianMs: median(warm.map((c) => c.ms)),
    warmMedianBytes: median(warm.map((c) => c.bytes)),
  };
}
