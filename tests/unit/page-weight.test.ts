import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SiteWeights,
  foreignReferences,
  gzipSize,
  isOtherOrigin,
  moduleImports,
  pageScripts,
  webFonts,
} from '../browser/page-weight.ts';

// A tiny synthetic "built site" (never published): one page with a chart bundle, one text page.
let dir: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'weights-'));
  put('_astro/entry.js', 'import{a as b}from"./shared.js";import"./side.js";const c=()=>import("./lazy.js");b(c);');
  put('_astro/shared.js', 'export const a=(f)=>f;');
  put('_astro/side.js', 'console.log(1);');
  put('_astro/lazy.js', 'export default 42;');
  put('_astro/site.css', 'body{background:url(/bg.png)}');
  put(
    'chart/index.html',
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/entry.js"></script></head><body><figure class="chart" data-chart><script type="application/json" data-chart-spec>{"x":"https://cdn.example/x.js"}</script></figure><a href="https://www.example.org/">机构网站</a></body></html>',
  );
  put(
    'index.html',
    '<html><body><script>document.documentElement.dataset.js="1"</script><img src="https://cdn.example/logo.png" alt=""></body></html>',
  );
  put('bad.css', '@import "https://fonts.example/x.css"; @font-face{font-family:x}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('moduleImports', () => {
  it('finds static imports, side-effect imports, re-exports and dynamic imports in minified bundles', () => {
    const r = moduleImports('import{a}from"./a.js";import"./b.js";export{c}from"./c.js";import("./d.js")');
    expect(r.eager.sort()).toEqual(['./a.js', './b.js', './c.js']);
    expect(r.lazy).toEqual(['./d.js']);
  });

  it('finds dynamic imports written with template literals, as Astro 7 bundles them', () => {
    expect(moduleImports('const s=()=>void import(`./charts.BYSU8p6B.js`);').lazy).toEqual(['./charts.BYSU8p6B.js']);
  });
});

describe('pageScripts', () => {
  it('counts module and classic scripts but not JSON data blocks', () => {
    const r = pageScripts(
      '<script type="module" src="/a.js"></script><script>x()</script><script type="application/json">{}</script>',
    );
    expect(r.src).toEqual(['/a.js']);
    expect(r.inline).toEqual(['x()']);
  });
});

describe('SiteWeights', () => {
  it('follows imports transitively and keeps dynamic imports apart', () => {
    const w = new SiteWeights(dir);
    const page = w.page('chart/index.html');
    expect(page.chart).toBe(true);
    expect(page.jsFiles).toEqual(['_astro/entry.js', '_astro/shared.js', '_astro/side.js']);
    expect(page.lazyGzip).toBe(gzipSize('export default 42;'));
    expect(page.cssFiles).toEqual(['_astro/site.css']);
  });

  it('counts inline scripts', () => {
    const page = new SiteWeights(dir).page('index.html');
    expect(page.chart).toBe(false);
    expect(page.jsGzip).toBe(gzipSize('document.documentElement.dataset.js="1"'));
  });
});

describe('foreignReferences and webFonts', () => {
  it('flags assets from other origins but allows links in text and the site itself', () => {
    const found = foreignReferences(dir, ['https://example.invalid']).map((r) => `${r.file} ${r.url}`);
    expect(found).toEqual(['bad.css https://fonts.example/x.css', 'index.html https://cdn.example/logo.png']);
    expect(isOtherOrigin('https://example.invalid/feed.xml', ['https://example.invalid'])).toBe(false);
    expect(isOtherOrigin('//cdn.example/x.js', [])).toBe(true);
    expect(isOtherOrigin('/_astro/x.js', [])).toBe(false);
  });

  it('finds @font-face rules', () => {
    expect(webFonts(dir)).toEqual(['bad.css（@font-face）']);
  });
});
