// Every page runs under the strict Content-Security-Policy of its <meta> tag without a single violation: no
// inline script or style, nothing from another origin. every-page.test.ts checks each page in each display mode
// with the recorder of csp-recorder.ts; this file proves the recorder notices a violation, and runs a search so
// that pagefind's WebAssembly is loaded under the policy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECORD_VIOLATIONS, recordCsp } from './csp-recorder.ts';
import { useSite } from './harness.ts';

describe('Content-Security-Policy', () => {
  const site = useSite({ shared: { initScript: RECORD_VIOLATIONS } });

  const open = async (path: string) => {
    const page = await site.context.newPage();
    const csp = recordCsp(page);
    await page.goto(site.url + path, { waitUntil: 'load' });
    return { page, csp };
  };

  it('notices a violation (the check itself works)', async () => {
    const { page, csp } = await open('/');
    try {
      assert.deepEqual(await csp.problems('/'), [], 'the home page breaks no policy');
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'void 0';
        document.body.append(s);
      });
      await page.waitForTimeout(100);
      const found = await csp.problems('/');
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0]!, /CSP violations:\n.*script-src/);
      await page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.setAttribute('content', 'x'),
      );
      assert.match((await csp.problems('/')).join('\n'), /the <meta> policy differs/);
    } finally {
      await page.close();
    }
  });

  it('search runs its WebAssembly index under the policy', async () => {
    const page = await site.context.newPage();
    const csp = recordCsp(page);
    const wasm: string[] = [];
    page.on('request', (r) => {
      // pagefind 1.x fetches its WebAssembly as /pagefind/wasm.<language>.pagefind.
      if (/\/pagefind\/wasm\./.test(r.url())) wasm.push(r.url());
    });
    try {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('残疾')}`, { waitUntil: 'networkidle' });
      await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
      assert.ok(wasm.length > 0, 'search did not load its WebAssembly');
      assert.deepEqual(await csp.problems('/search/'), []);
    } finally {
      await page.close();
    }
  });
});
