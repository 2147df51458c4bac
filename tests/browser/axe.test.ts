// axe-core over every page of the built site: zero violations of WCAG 2.2 A/AA and best practice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { DESKTOP, describeViolations, launchBrowser, listPages, runAxe, serveStatic } from './harness.ts';

const pages = listPages();

describe(`axe on all ${pages.length} pages`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  before(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
    context = await browser.newContext(DESKTOP);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds pages to test', () => {
    assert.ok(pages.length >= 10, `only ${pages.length} pages found in dist/`);
  });

  for (const path of pages) {
    it(`${path} has no axe violations`, async () => {
      const page = await context.newPage();
      try {
        const res = await page.goto(server.url + path, { waitUntil: 'load' });
        assert.ok(res, `no response for ${path}`);
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, describeViolations(path, violations));
      } finally {
        await page.close();
      }
    });
  }
});
