// Every page is complete without JavaScript: a level-1 heading inside main, and no external origin requested.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listPages, useSite } from './harness.ts';

const pages = listPages();

describe('pages without JavaScript', () => {
  const site = useSite({ shared: { javaScript: false } });

  for (const path of pages) {
    it(`${path} is readable with JavaScript off and asks no other origin`, async () => {
      const page = await site.context.newPage();
      const foreign: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith(site.url) && !req.url().startsWith('data:')) foreign.push(req.url());
      });
      try {
        await page.goto(site.url + path, { waitUntil: 'load' });
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
