// Every page is complete without JavaScript: a level-1 heading inside main, and no external origin requested.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { DESKTOP, launchBrowser, listPages, serveStatic } from './harness.ts';

const pages = listPages();

describe('pages without JavaScript', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  before(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of pages) {
    it(`${path} is readable with JavaScript off and asks no other origin`, async () => {
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) foreign.push(req.url());
      });
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        const h1 = page.locator('main h1');
        assert.equal(await h1.count(), 1, `${path}: main should have exactly one h1`);
        assert.ok(((await h1.textContent()) ?? '').trim().length > 0, `${path}: empty h1`);
        assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
        assert.deepEqual(foreign, [], `${path} requested other origins`);
      } finally {
        await page.close();
      }
    });
  }
});
