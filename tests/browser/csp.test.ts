// Every page runs under the strict Content-Security-Policy of its <meta> tag without a single violation: no
// inline script or style, nothing from another origin. Search also runs a query, so pagefind's WebAssembly is
// loaded under the policy.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { cspMeta } from '../../src/lib/security/csp.ts';
import { listPages, useSite } from './harness.ts';

const pages = listPages();

// Runs before any page script: records every violation the browser reports.
const RECORD_VIOLATIONS = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ← ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' @ ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' «' + e.sample + '»' : ''));
  });
`;

async function violations(page: Page, consoleErrors: string[]): Promise<string[]> {
  const recorded = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return [...recorded, ...consoleErrors];
}

describe('Content-Security-Policy on every page', () => {
  const site = useSite({ shared: { initScript: RECORD_VIOLATIONS } });

  const open = async (path: string) => {
    const page = await site.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
    });
    await page.goto(site.url + path, { waitUntil: 'load' });
    return { page, consoleErrors };
  };

  for (const path of pages) {
    it(`${path} declares the policy and breaks none of it`, async () => {
      const { page, consoleErrors } = await open(path);
      try {
        const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
        assert.equal(meta, cspMeta(), `${path}: the <meta> policy differs from src/lib/security/csp.ts`);
        assert.deepEqual(await violations(page, consoleErrors), [], `${path}: CSP violations`);
      } finally {
        await page.close();
      }
    });
  }

  it('notices a violation (the check itself works)', async () => {
    const { page } = await open('/');
    try {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'void 0';
        document.body.append(s);
      });
      await page.waitForTimeout(100);
      assert.equal((await violations(page, [])).length, 1);
    } finally {
      await page.close();
    }
  });

  it('search runs its WebAssembly index under the policy', async () => {
    const page = await site.context.newPage();
    const wasm: string[] = [];
    page.on('request', (r) => {
      // pagefind 1.x fetches its WebAssembly as /pagefind/wasm.<language>.pagefind.
      if (/\/pagefind\/wasm\./.test(r.url())) wasm.push(r.url());
    });
    try {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('残疾')}`, { waitUntil: 'networkidle' });
      await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
      assert.ok(wasm.length > 0, 'search did not load its WebAssembly');
      assert.deepEqual(await violations(page, []), [], '/search/: CSP violations');
    } finally {
      await page.close();
    }
  });
});
