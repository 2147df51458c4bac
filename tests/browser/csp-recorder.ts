// Records what the Content-Security-Policy blocks on a page: the `securitypolicyviolation` events (through an
// init script that runs before any page script) and Chromium's console errors about the policy.
import type { Page } from 'playwright-core';
import { cspMeta } from '../../src/lib/security/csp.ts';

/** An init script that keeps every violation the browser reports in `window.__csp`. */
export const RECORD_VIOLATIONS = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' ← ' + (e.blockedURI || 'inline') + (e.sourceFile ? ' @ ' + e.sourceFile + ':' + e.lineNumber : '') + (e.sample ? ' «' + e.sample + '»' : ''));
  });
`;

/**
 * Listens to a tab's console for policy errors. `problems(path)` says, for the page open now, whether its <meta>
 * policy is the site's and what was blocked since the last call; call it once per page visited.
 */
export function recordCsp(page: Page): { problems(path: string): Promise<string[]> } {
  let consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
  });
  return {
    async problems(path) {
      const out: string[] = [];
      const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      if (meta !== cspMeta()) out.push(`${path}: the <meta> policy differs from src/lib/security/csp.ts`);
      const recorded = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['no recorder']);
      const found = [...recorded, ...consoleErrors];
      consoleErrors = [];
      if (found.length) out.push(`${path}: CSP violations:\n    ${found.join('\n    ')}`);
      return out;
    },
  };
}
