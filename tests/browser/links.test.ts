// Link check over the built site: every internal link, script, stylesheet, image and form target of every page
// resolves to a file in dist/, and every anchor (`#x`, `/page/#x`) names an element that exists on that page.
// Reads dist/ directly (no browser), so it runs in seconds after the build.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, listPages } from './harness.ts';

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** Decodes the HTML character references Astro writes in attribute values. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// Scripts' bodies (JSON chart specs, module code) and comments are not markup; their text must not be scanned.
const stripNonMarkup = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => tag.replace(/>[\s\S]*<\/script>$/i, '></script>'))
    .replace(/<!--[\s\S]*?-->/g, '');

/** Every URL a page refers to, with the tag it comes from. */
export function extractLinks(html: string): { tag: string; url: string }[] {
  const out: { tag: string; url: string }[] = [];
  const markup = stripNonMarkup(html);
  for (const m of markup.matchAll(/<(a|link|area|script|img|source|iframe|form)\b([^>]*)>/gi)) {
    const tag = m[1]!.toLowerCase();
    for (const a of m[2]!.matchAll(/\s(href|src|action)="([^"]*)"/gi)) out.push({ tag, url: decodeEntities(a[2]!) });
  }
  return out;
}

/** Every id (and legacy `name` anchor) on a page. */
export function extractIds(html: string): Set<string> {
  const markup = stripNonMarkup(html);
  const ids = new Set<string>();
  for (const m of markup.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = extractIds(readFileSync(file, 'utf8'))));
  return ids;
}

/** The file a site path is served from, or why there is none (trailingSlash: 'always', build.format: 'directory'). */
function resolvePath(path: string): { file?: string; problem?: string } {
  const full = join(DIST, path);
  if (path.endsWith('/')) {
    const index = join(full, 'index.html');
    return existsSync(index) ? { file: index } : { problem: '页面不存在' };
  }
  if (existsSync(full) && statSync(full).isFile()) return { file: full };
  if (existsSync(join(full, 'index.html'))) return { problem: `缺少结尾的斜杠（应为 ${path}/）` };
  return { problem: '文件不存在' };
}

/** Problems with the internal links of one page (the page's own path, e.g. `/reports/`). */
export function checkPage(pagePath: string, html = readFileSync(resolvePath(pagePath).file!, 'utf8')): string[] {
  const problems: string[] = [];
  const base = new URL(pagePath, 'http://site.invalid');
  for (const { tag, url } of extractLinks(html)) {
    if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // other origins, mailto:, tel:
    const target = new URL(url, base);
    const path = decodeURIComponent(target.pathname);
    const resolved = resolvePath(path);
    if (!resolved.file) {
      problems.push(`<${tag}> ${url} — ${resolved.problem}`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && resolved.file.endsWith('.html') && !idsOf(resolved.file).has(fragment)) {
      problems.push(`<${tag}> ${url} — 页面 ${path} 中没有 id="${fragment}" 的元素`);
    }
  }
  return problems;
}

describe('link check helpers', () => {
  it('reads links and ids from markup only, decoding entities', () => {
    const html =
      '<a href="/a/?x=1&amp;y=2#t">a</a><h2 id="一、总体">x</h2><script type="application/json">{"href":"/nope/"}</script><!-- <a href="/no/"> -->';
    assert.deepEqual(extractLinks(html), [{ tag: 'a', url: '/a/?x=1&y=2#t' }]);
    assert.deepEqual([...extractIds(html)], ['一、总体']);
  });

  it('finds missing pages, missing anchors and missing trailing slashes', () => {
    const html =
      '<a href="/no-such-page/">a</a> <a href="/#no-such-anchor">b</a> <a href="/reports">c</a> <a href="#main">d</a> <a href="https://x.invalid/">e</a>';
    assert.deepEqual(checkPage('/', html), [
      '<a> /no-such-page/ — 页面不存在',
      '<a> /#no-such-anchor — 页面 / 中没有 id="no-such-anchor" 的元素',
      '<a> /reports — 缺少结尾的斜杠（应为 /reports/）',
    ]);
  });
});

describe('internal links and anchors of the built site', () => {
  for (const path of listPages()) {
    it(`${path}: every internal link and anchor resolves`, () => {
      assert.deepEqual(checkPage(path), [], `${path} 中有失效的链接`);
    });
  }
});
