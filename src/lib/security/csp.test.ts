import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, deployFiles, securityHeaders } from './csp.ts';

describe('Content-Security-Policy', () => {
  it('is the strict policy, with no inline scripts or styles', () => {
    expect(cspHeader()).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    // 'wasm-unsafe-eval' (pagefind's WebAssembly) is the one relaxation; nothing inline, no eval, no wildcard.
    expect(cspHeader().replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe|\*/);
  });

  it('leaves frame-ancestors out of the <meta> form, which browsers ignore there', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
  });

  it('sends the same policy from every sample host configuration in deploy/', () => {
    for (const [path, text] of Object.entries(deployFiles())) {
      expect(readFileSync(path, 'utf8'), `${path} is out of date: run npm run deploy:headers`).toBe(text);
      expect(text).toContain(cspHeader());
    }
  });

  it('describes Azure Static Web Apps headers as valid JSON', () => {
    const config = JSON.parse(deployFiles()['deploy/staticwebapp.config.json']!) as {
      globalHeaders: Record<string, string>;
    };
    expect(config.globalHeaders).toEqual(securityHeaders());
  });
});
