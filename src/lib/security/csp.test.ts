import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backendFromEnv, gitOrigins } from '../cms/backend.ts';
import {
  adminCsp,
  allowsOtherSitesToFrame,
  cspHeader,
  cspMeta,
  deployFiles,
  isAdminPath,
  isEmbedPath,
  securityHeaders,
} from './csp.ts';

/** The git host of the browser editor, as `npm run deploy:headers` reads it. */
const GIT = gitOrigins(backendFromEnv(process.env));

describe('Content-Security-Policy', () => {
  it('is the strict policy, with no inline scripts or styles', () => {
    expect(cspHeader()).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    // 'wasm-unsafe-eval' (pagefind's WebAssembly) is the one relaxation; nothing inline, no eval, no wildcard.
    expect(cspHeader().replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe|\*/);
  });

  it('relaxes frame-ancestors for embeds and nothing else', () => {
    expect(cspHeader({ embed: true })).toBe(cspHeader().replace("frame-ancestors 'none'", 'frame-ancestors *'));
  });

  it('leaves frame-ancestors out of the <meta> form, which browsers ignore there', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
  });

  it('sends the same policy from every sample host configuration in deploy/', () => {
    for (const [path, text] of Object.entries(deployFiles(GIT))) {
      expect(readFileSync(path, 'utf8'), `${path} is out of date: run npm run deploy:headers`).toBe(text);
      expect(text).toContain(cspHeader());
      expect(text).toContain(cspHeader({ embed: true }));
    }
  });
});

describe('allowsOtherSitesToFrame (HTML standard)', () => {
  it('lets frame-ancestors decide, then X-Frame-Options', () => {
    expect(allowsOtherSitesToFrame({})).toBe(true);
    expect(allowsOtherSitesToFrame({ 'X-Frame-Options': 'DENY' })).toBe(false);
    expect(allowsOtherSitesToFrame({ 'x-frame-options': 'sameorigin' })).toBe(false);
    expect(allowsOtherSitesToFrame({ 'Content-Security-Policy': "frame-ancestors 'none'" })).toBe(false);
    expect(allowsOtherSitesToFrame({ 'Content-Security-Policy': "default-src 'self'" })).toBe(true);
    // frame-ancestors present: X-Frame-Options is ignored.
    expect(allowsOtherSitesToFrame({ 'Content-Security-Policy': 'frame-ancestors *', 'X-Frame-Options': 'DENY' })).toBe(
      true,
    );
    // Two policies (headers joined by a comma) must both allow it.
    expect(allowsOtherSitesToFrame({ 'Content-Security-Policy': "frame-ancestors *, frame-ancestors 'none'" })).toBe(
      false,
    );
  });
});

// Each sample host configuration, read the way its host applies it, for one address.
type Headers = Record<string, string>;

/** Netlify: every rule whose path matches, in order; a later rule's value of a header replaces an earlier one. */
function netlifyFor(text: string, path: string): Headers {
  const out: Headers = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const glob = line.trim();
      applies = glob.endsWith('*') ? path.startsWith(glob.slice(0, -1)) : path === glob;
    } else if (applies) {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      out[name!] = value!;
    }
  }
  return out;
}

/** nginx: the longest matching prefix location; its add_header lines replace the server's when it has any. */
function nginxFor(text: string, path: string): Headers {
  const server: Headers = {};
  const locations: { prefix: string; headers: Headers }[] = [];
  let current: Headers = server;
  for (const line of text.split('\n')) {
    const loc = /^\s*location\s+(\S+)\s*\{/.exec(line);
    if (loc) locations.push({ prefix: loc[1]!, headers: (current = {}) });
    else if (/^\s*\}\s*$/.test(line)) current = server;
    const h = /^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/.exec(line);
    if (h) current[h[1]!] = h[2]!;
  }
  const match = locations.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return match && Object.keys(match.headers).length ? match.headers : server;
}

/** Azure Static Web Apps: global headers, then those of the first route that matches. */
function azureFor(text: string, path: string): Headers {
  const config = JSON.parse(text) as { globalHeaders: Headers; routes: { route: string; headers?: Headers }[] };
  const route = config.routes.find((r) =>
    r.route.endsWith('*') ? path.startsWith(r.route.slice(0, -1)) : path === r.route,
  );
  return { ...config.globalHeaders, ...route?.headers };
}

const PATHS = [
  '/',
  '/reports/',
  '/reports/lishui/2021-plan/',
  '/plans/lishui-2021-2025/living-subsidy/',
  '/data/two-subsidies-2020/',
  '/data/two-subsidies-2020.csv',
  '/search/',
  '/404.html',
  '/_astro/page.js',
  '/pagefind/pagefind.js',
  '/embed',
  '/embedded/',
  '/plans/embed/',
  '/embed/',
  '/embed/plans/lishui-2021-2025/living-subsidy/',
  '/embed/data/two-subsidies-2020/',
];

describe('framing by the sample host configurations', () => {
  const files = deployFiles(GIT);
  const hosts: [string, (path: string) => Headers][] = [
    ['deploy/_headers', (p) => netlifyFor(files['deploy/_headers']!, p)],
    ['deploy/nginx.conf', (p) => nginxFor(files['deploy/nginx.conf']!, p)],
    ['deploy/staticwebapp.config.json', (p) => azureFor(files['deploy/staticwebapp.config.json']!, p)],
  ];

  it('the rule itself: only addresses under /embed/ are embeds', () => {
    expect(PATHS.filter(isEmbedPath)).toEqual(PATHS.filter((p) => p.startsWith('/embed/')));
    expect(allowsOtherSitesToFrame(securityHeaders('/embed/data/x/'))).toBe(true);
    expect(allowsOtherSitesToFrame(securityHeaders('/data/x/'))).toBe(false);
  });

  for (const [file, headersFor] of hosts) {
    it(`${file}: /embed/ is the only frameable folder, every other address sends frame-ancestors 'none'`, () => {
      const frameable = PATHS.filter((p) => allowsOtherSitesToFrame(headersFor(p)));
      expect(frameable).toEqual(PATHS.filter(isEmbedPath));
      for (const p of PATHS) {
        const h = headersFor(p);
        expect(h['Content-Security-Policy'], `${file} ${p}`).toBe(cspHeader({ embed: isEmbedPath(p) }));
        expect(h['X-Content-Type-Options'], `${file} ${p}`).toBe('nosniff');
        if (!isEmbedPath(p)) expect(h['X-Frame-Options'], `${file} ${p}`).toBe('DENY');
      }
    });
  }
});

describe('the browser editor (/admin/) has its own policy', () => {
  it('connects only to the site and the git host; eval (Decap needs it), no inline script, never framed', () => {
    const policy = adminCsp(['https://git.example.invalid']);
    expect(policy).toContain("connect-src 'self' blob: https://git.example.invalid;");
    expect(policy).toContain("script-src 'self' 'unsafe-eval';");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(adminCsp([], { meta: true })).not.toContain('frame-ancestors');
  });

  it('is sent for /admin/ by every sample host, with noindex; public pages keep theirs', () => {
    const files = deployFiles(GIT);
    const hosts: [string, (path: string) => Headers][] = [
      ['deploy/_headers', (p) => netlifyFor(files['deploy/_headers']!, p)],
      ['deploy/nginx.conf', (p) => nginxFor(files['deploy/nginx.conf']!, p)],
      ['deploy/staticwebapp.config.json', (p) => azureFor(files['deploy/staticwebapp.config.json']!, p)],
    ];
    for (const [file, headersFor] of hosts) {
      for (const p of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
        expect(isAdminPath(p)).toBe(true);
        expect(headersFor(p)['Content-Security-Policy'], `${file} ${p}`).toBe(adminCsp(GIT));
        expect(headersFor(p)['X-Robots-Tag'], `${file} ${p}`).toBe('noindex, nofollow');
        expect(allowsOtherSitesToFrame(headersFor(p)), `${file} ${p}`).toBe(false);
      }
      expect(headersFor('/publish/')['Content-Security-Policy']).toBe(cspHeader());
      expect(headersFor('/administration/')['Content-Security-Policy']).toBe(cspHeader());
    }
  });
});
