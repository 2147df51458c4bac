import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { CONTENT_MARKDOWN_FEATURES, sanitizeContentPlugin } from './sanitize.ts';

// The same pipeline Astro runs for content Markdown (astro.config.mjs), including its heading ids.
const processor = await createSatteriMarkdownProcessor({
  syntaxHighlight: false,
  hastPlugins: [sanitizeContentPlugin() as never],
  features: CONTENT_MARKDOWN_FEATURES,
});
const renderFull = (md: string) => processor.render(md);
const render = async (md: string) => (await renderFull(md)).code;

describe('sanitizeContentPlugin', () => {
  it('drops scripts, styles, frames, objects and forms with their content', async () => {
    const html = await render(
      '正文<script>alert(1)</script>\n\n<style>body{display:none}</style>\n<iframe src="https://x.invalid/">帧</iframe>\n<object data="x.swf">对象</object><embed src="x.swf">\n<form action="/x"><button>提交表单</button></form>\n<svg><script>alert(2)</script></svg>\n',
    );
    expect(html).not.toMatch(/<(script|style|iframe|object|embed|form|svg)\b/i);
    expect(html).not.toMatch(/alert|display:none|帧|对象|提交表单/);
  });

  it('removes event handlers, inline styles and focus traps', async () => {
    const html = await render(
      '<b onclick="x()" style="color:red" tabindex="0" accesskey="k">粗</b> <img src="/a.png" alt="图" onerror="x()">',
    );
    expect(html).toContain('<b>粗</b>');
    expect(html).toContain('<img src="/a.png" alt="图">');
    expect(html).not.toMatch(/\son\w+=|style=|tabindex|accesskey/i);
  });

  it('keeps only safe link and image addresses', async () => {
    const html = await render(
      [
        '<a href="javascript:alert(1)">甲</a>',
        '<a href="JaVaScRiPt&colon;alert(1)">乙</a>',
        '<a href="vbscript:x">丙</a>',
        '<a href="data:text/html,x">丁</a>',
        '[戊](javascript:alert(1))',
        '<img src="data:image/png;base64,AAAA" alt="己">',
        '![庚](https://x.invalid/a.png)',
        '<img src="//x.invalid/b.png" alt="辛">',
        '![壬](/images/ok.png)',
        '<a href="/orgs/">机构</a> <a href="https://www.gov.cn/">政府网</a> <a href="tel:0578-1234567">电话</a> <a href="mailto:a@b.invalid">邮件</a>',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/javascript|vbscript|data:|x\.invalid/i);
    for (const ok of [
      'src="/images/ok.png"',
      'href="/orgs/"',
      'href="https://www.gov.cn/"',
      'href="tel:0578-1234567"',
      'href="mailto:a@b.invalid"',
    ]) {
      expect(html).toContain(ok);
    }
  });

  it('drops image sources that resolve to another host once decoded, as a browser resolves them', async () => {
    const hostile = [
      '/&#9;/x.invalid/a.png',
      '/&#x0A;/x.invalid/b.png',
      '/&Tab;/x.invalid/c.png',
      '\\\\x.invalid\\d.png',
      '/\\x.invalid/e.png',
      ' //x.invalid/f.png',
      'JaVaScRiPt&colon;x',
    ];
    const html = await render(
      [
        ...hostile.map((src, i) => `<img src="${src}" alt="图${i}">`),
        '<img srcset="/ok.png 1x, /&#9;/x.invalid/g.png 2x" alt="组">',
        '<img srcset="/ok-1.png 1x, /ok-2.png 2x" src="/ok-1.png" alt="本站">',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/x\.invalid|javascript/i);
    expect(html).toContain('src="/ok-1.png"');
  });

  it('keeps tables with alignment as an attribute rather than a style', async () => {
    const html = await render('| 项目 | 人数 |\n|:---|---:|\n| 康复 | 12 |\n');
    expect(html).toContain('<th align="left">项目</th>');
    expect(html).toContain('<td align="right">12</td>');
    expect(html).not.toContain('style=');
  });

  it('keeps footnote links working, labelled in Chinese', async () => {
    const html = await render('见注释[^1]。\n\n[^1]: 说明。\n');
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]));
    expect(hrefs.length).toBe(2);
    for (const h of hrefs) expect(ids.has(h!), `#${h} has no target in ${html}`).toBe(true);
    expect(html).toContain('>注释</h2>');
    expect(html).toContain('aria-label="返回正文第 1 处"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });

  it('prefixes ids written in raw HTML so they cannot clobber page globals', async () => {
    expect(await render('<div id="charts">块</div>')).toContain('<div id="user-content-charts">块</div>');
  });

  it('keeps the heading ids Astro adds for the table of contents', async () => {
    const { code, metadata } = await renderFull('## 一、总体情况\n\n<h3 onclick="x()">小节</h3>\n');
    expect(metadata.headings.map((h) => h.slug)).toEqual(['一总体情况', '小节']);
    expect(code).toContain('<h2 id="一总体情况">一、总体情况</h2>');
    expect(code).toContain('<h3 id="小节">小节</h3>');
  });

  it('leaves MDX (the site’s own pages) alone', () => {
    const plugin = sanitizeContentPlugin();
    let replaced = false;
    plugin.before({ type: 'root', children: [] }, { sourceFormat: 'mdx', replaceNode: () => (replaced = true) });
    expect(replaced).toBe(false);
  });
});
