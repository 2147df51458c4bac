// Page-weight budgets over the built site (../shared/reference/budgets.md). Bytes are counted, never timed, so the
// result is the same on any machine: JavaScript per page (gzip -9, imports followed), the site's CSS, no web
// fonts and no reference to any other origin in any built file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DIST } from './harness.ts';
import { addressFromSettingsText } from '../../src/lib/settings/public-address.ts';
import { SiteWeights, foreignReferences, htmlFiles, kb, siteCss, webFonts, type PageWeight } from './page-weight.ts';

/** JavaScript per page without a chart (report, guide, index, home, search before a query), gzip bytes. */
export const TEXT_PAGE_JS = 15 * 1024;
/** JavaScript per page with a chart (`figure[data-chart]`), gzip bytes. */
export const CHART_PAGE_JS = 60 * 1024;
/** All of the site's CSS, gzip bytes. */
export const SITE_CSS = 15 * 1024;

// The site's own address (canonical links, feeds) is not another origin.
const own = [new URL(addressFromSettingsText(readFileSync('data/site.yaml', 'utf8'))).origin];

const weights = new SiteWeights(DIST);
const pages: PageWeight[] = htmlFiles(DIST).map((f) => weights.page(f));

function table(rows: PageWeight[]): string {
  const head =
    '| 页面 | 图表 | JS (gzip) | 按需 JS | 搜索运行时 | HTML (gzip) | 文件 |\n| --- | --- | --- | --- | --- | --- | --- |';
  return [
    head,
    ...rows.map(
      (p) =>
        `| ${p.path} | ${p.chart ? '有' : ''} | ${kb(p.jsGzip)} | ${kb(p.lazyGzip)} | ${kb(p.pagefindGzip)} | ${kb(p.htmlGzip)} | ${p.jsFiles.map((f) => f.replace(/^_astro\//, '')).join(' ') || '—'} |`,
    ),
  ].join('\n');
}

describe('page-weight budgets', () => {
  it('prints the heaviest pages', () => {
    assert.ok(pages.length > 0, 'dist/ 中没有页面：请先运行 npm run build');
    const heaviest = [...pages]
      .sort((a, b) => b.jsGzip + b.lazyGzip - (a.jsGzip + a.lazyGzip) || b.htmlGzip - a.htmlGzip)
      .slice(0, 12);
    console.log(`\n${pages.length} 个页面中 JavaScript 最多的页面（gzip -9）：\n${table(heaviest)}\n`);
  });

  it(`JavaScript ≤ ${kb(TEXT_PAGE_JS)} on pages without a chart, ≤ ${kb(CHART_PAGE_JS)} with one`, () => {
    // Chunks a page imports on demand count too: the chart module is imported after load, but always.
    const over = pages
      .filter((p) => p.jsGzip + p.lazyGzip > (p.chart ? CHART_PAGE_JS : TEXT_PAGE_JS))
      .map(
        (p) =>
          `${p.path}: ${kb(p.jsGzip + p.lazyGzip)} > ${kb(p.chart ? CHART_PAGE_JS : TEXT_PAGE_JS)}（${p.jsFiles.join(', ')}）`,
      );
    assert.deepEqual(over, [], `超出 JavaScript 预算的页面：\n${over.join('\n')}`);
  });

  it(`the site's CSS ≤ ${kb(SITE_CSS)} gzip`, () => {
    const css = siteCss(DIST, pages);
    console.log(
      `网站 CSS：${kb(css.gzip)}（gzip -9；${css.files.join(', ') || '无文件'}；内联 ${kb(css.inlineGzip)}）`,
    );
    assert.ok(css.gzip <= SITE_CSS, `网站 CSS 共 ${kb(css.gzip)}，超过 ${kb(SITE_CSS)}：${css.files.join(', ')}`);
  });

  it('uses no web fonts', () => {
    assert.deepEqual(webFonts(DIST), [], '发现网页字体：本站只用系统中文字体（中文网页字体有数 MB）');
  });

  it('references no other origin in any built file', () => {
    const found = foreignReferences(DIST, own).map((r) => `${r.file}: ${r.what} → ${r.url}`);
    assert.deepEqual(found, [], `构建结果引用了其他网站的资源（只允许正文中的 <a href> 链接）：\n${found.join('\n')}`);
  });
});
