import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { renderBody } from '../../../tests/setup/render-markdown.ts';
import { checkMarkdownBody } from './body-check.ts';
import { MAX_NESTING } from './nesting.ts';
import { lostText, pageText, sourceText } from './text-kept.ts';

const check = (body: string) => checkMarkdownBody('r.md', body, 1);
const fields = (body: string) => check(body).map((p) => `${p.line}:${p.problem.slice(0, 12)}`);
const TEXT = '全年新增就业380人。';
// Exactly one problem, at `line:`, whose text starts as given.
const one = (body: string, expected: string) => {
  const got = check(body).map((p) => `${p.line}:${p.problem}`);
  expect(got, got.join('\n')).toHaveLength(1);
  expect(got[0]!.startsWith(expected), got[0]).toBe(true);
};

// Inputs built here because they are too large for the corpus (the 4,000 spans are 60 KB).
const deep: Record<string, (n: number) => string> = {
  'Word spans left open': (n) =>
    `<p class=MsoNormal>${"<span lang=ZH-CN style='font-family:宋体'>".repeat(n)}${TEXT}</p>\n`,
  'divs, one a line': (n) => `${'<div>\n'.repeat(n)}\n${TEXT}\n`,
  'blockquote tags': (n) => `${'<blockquote>'.repeat(n)}${TEXT}\n`,
  '> quotes': (n) => `${'>'.repeat(n)} ${TEXT}\n`,
  'nested list items': (n) => `${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n')}\n`,
  'quotes around spans': (n) => `${'> '.repeat(n >> 1)}${'<span>'.repeat(n - (n >> 1))}${TEXT}\n`,
  'list items holding divs': (n) =>
    `${Array.from({ length: n >> 2 }, (_, i) => `${'  '.repeat(i)}- 第${i}项`).join('\n')}\n${'  '.repeat(n >> 2)}${'<div>'.repeat(n >> 1)}${TEXT}\n`,
};

describe('nesting', () => {
  it.each(Object.keys(deep))('rejects %s thousands deep with one message, without overflowing', (name) => {
    const n = name === 'nested list items' ? 1000 : 4000;
    const problems = check(`第一段。\n\n${deep[name]!(n)}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain(`超过上限 ${MAX_NESTING} 层`);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('names the line where the limit is crossed', () => {
    expect(check(`第一段。\n\n${deep['divs, one a line']!(MAX_NESTING + 5)}`)[0]!.line).toBe(3 + MAX_NESTING);
    expect(check(`第一段。\n\n${deep['nested list items']!(40)}`)[0]!.line).toBe(3 + 24);
  });

  it.each(Object.keys(deep))(
    'accepts %s up to the limit, and the site renders them with every character',
    async (name) => {
      // The deepest each construct may go within the limit: lists count two levels (list and item) per level.
      let n = MAX_NESTING + 20;
      while (check(deep[name]!(n)).length) n--;
      expect(n).toBeGreaterThan(20);
      const body = deep[name]!(n);
      expect(lostText(sourceText(body), pageText(await renderBody(body)))).toBe('');
    },
  );
});

describe('swallowed and removed text', () => {
  it.each([
    ['an upper-case title with a space', `第一段。<TITLE >标题\n\n${TEXT}\n`],
    ['a textarea with attributes', `<textarea rows="3">\n\n${TEXT}\n`],
    ['noembed', `<noembed>\n${TEXT}\n`],
    ['noframes', `<noframes>\n\n${TEXT}\n`],
    ['template', `<template>\n\n${TEXT}\n`],
    ['object', `<object data="/a.swf">\n\n${TEXT}\n`],
    ['a comment in a list item', `- 第一项 \n- <!-- 第二项\n\n${TEXT}\n`],
    ['a comment after a closed one', `<!-- 一 -->\n\n<!-- 二\n\n${TEXT}\n`],
    ['a style opened in a quote', `> <style>\n> p {}\n\n${TEXT}\n`],
  ])('rejects %s, at the line it opens', async (_name, body) => {
    const problems = check(body);
    expect(problems.length, problems.map(formatProblem).join('\n')).toBeGreaterThan(0);
    // And the site would indeed have lost the text.
    expect(lostText(sourceText(body), pageText(await renderBody(body)))).not.toBe('');
  });

  it('gives the line of the opening tag', () => {
    expect(fields(`第一段。\n\n第二段。\n\n<xmp>\n${TEXT}\n`)).toEqual(['5:<xmp> 标签没有结束']);
  });

  it('accepts tags in code, closed code elements, closed comments without text and stripped elements without text', async () => {
    for (const body of [
      `第一段 \`<title>\` 与 \`<!--\`。\n\n\`\`\`\n<script>\n\`\`\`\n\n${TEXT}\n`,
      `<style>p.MsoNormal {margin:0cm; font-size:10.5pt}</style>\n\n${TEXT}\n`,
      `${TEXT}<script>var n = 1;</script>\n`,
      `<!-- -->\n\n${TEXT}<iframe src="/v/1"></iframe>\n`,
    ]) {
      expect(check(body), body).toEqual([]);
      expect(lostText(sourceText(body), pageText(await renderBody(body)))).toBe('');
    }
  });

  it('rejects a body with nothing a reader would see', () => {
    expect(fields('<script src="/a.js"></script>\n<style>p{}</style>\n<!-- -->\n')).toEqual([
      '1:正文里没有读者能看到的文',
    ]);
    expect(check('![示意图](/images/a.png)\n')).toEqual([]);
  });
});

describe('links and images the sanitiser removes', () => {
  it.each([
    ['a tab entity inside javascript:', '详见[通知](java&#x09;script:alert(1))。\n', '1:链接的网址不能发布：网'],
    ['percent-encoded javascript:', '第一段。\n\n详见[通知](%6A%61vascript:alert(1))。\n', '3:链接的网址不能发布：网'],
    ['an upper-case <a href>', '<p>见<a href="JAVASCRIPT:void(0)">通知</a>。</p>\n', '1:<a> 标签的 href'],
    ['mailto:javascript:', '[信](mailto:javascript:alert(1))\n', '1:链接的网址不能发布：电'],
    ['tel: with letters', '[电话](tel:abc)\n', '1:链接的网址不能发布：电'],
    ['https: with one slash', '[站](https:/evil.example)\n', '1:链接的网址不能发布：网'],
    ['a slash and a backslash', '[站](/\\evil.example)\n', '1:链接的网址不能发布：网'],
    ['two backslashes', '[站](\\\\evil.example\\a)\n', '1:链接的网址不能发布：网'],
    ['a reference definition', '见[通知][x]。\n\n[x]: javascript:alert(1)\n', '3:链接定义“[x]:”的网'],
    ['an autolink', '入口：<javascript:alert(1)>\n', '1:链接的网址不能发布：网'],
    ['an image on another site', '![图](https://evil.example/a.png)\n', '1:图片“图”的地址不在本站'],
    ['a data: image', '![图](data:image/png;base64,AAAA)\n', '1:图片“图”的地址不在本站'],
    ['<img src="//…">', '文字<img src="//evil.example/a.png">\n', '1:<img> 标签的 src'],
    ['<img src="/&#9;/…">', '文字<img src="/&#9;/evil.example/a.png">\n', '1:<img> 标签的 src'],
    [
      'a srcset with another site',
      '文字<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x">\n',
      '1:<img> 标签的 srcset',
    ],
    [
      'a poster on another site',
      '文字\n\n<video poster="https://evil.example/p.png"></video>\n',
      '3:<video> 标签的 poster',
    ],
    ['a longdesc running code', '文字<img src="/a.png" longdesc="javascript:alert(1)">\n', '1:<img> 标签的 longdesc'],
    ['a cite running code', '<blockquote cite="javascript:alert(1)">引文</blockquote>\n', '1:<blockquote> 标签的 '],
  ])('rejects %s, at its line', (_name, body, expected) => {
    one(body, expected);
  });

  it('accepts links and images the site keeps', () => {
    const body = [
      '[国家统计局](https://www.stats.gov.cn/)、[本站](/orgs/demo/)、[第二节](#二)、[信](mailto:office@example.org)、[电话](tel:0578-1234567)',
      '',
      '![示意图](/images/a.png) <img src="/images/b.png" srcset="/images/b.png 1x, /images/b@2x.png 2x" alt="图">',
      '',
      '<blockquote cite="https://www.gov.cn/">引文</blockquote>',
      '',
      '[x]: https://www.gov.cn/',
      '',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it('leaves links inside removed elements to the removal message', () => {
    expect(fields('文字\n\n<script>\n<a href="javascript:alert(1)">x</a>\n</script>\n')).toEqual([]);
  });
});

describe('text Markdown drops', () => {
  it.each([
    [
      'a table row with more cells than the header',
      '| 指标 | 数量 |\n|---|---|\n| 就业 | 380 | 人 |\n',
      '3:表格这一行有 3 格，',
    ],
    ['a table row two cells too many', '| 指标 |\n|---|\n| 就业 | 380 | 人 |\n', '3:表格这一行有 3 格，'],
    ['a footnote never referenced', '正文。\n\n[^1]: 数据来源：2023年年报。\n', '3:脚注 [^1] 的说明在正'],
    ['a footnote defined twice', '正文[^a]。\n\n[^a]: 注一\n[^a]: 含灵活就业120人。\n', '4:脚注 [^a] 定义了两次'],
    ['a [//]: # comment', '[//]: # (内部备注：待核实)\n\n正文。\n', '1:链接定义 [//]: 后面'],
    ['a definition title with digits', '见[指南][g]。\n\n[g]: /guides/a/ "2024"\n', '3:链接定义 [g]: 后面括'],
  ])('rejects %s, at its line, and the site would indeed lose it', async (_name, body, expected) => {
    one(body, expected);
    if (!body.includes(']: ')) {
      // Definitions are not text in the Markdown tree, so only the table and footnote cases are counted here.
      expect(lostText(sourceText(body), pageText(await renderBody(body)))).not.toBe('');
    }
  });

  it('accepts what Markdown keeps, and dropped parts without Chinese characters or digits', async () => {
    for (const body of [
      '| 指标 | 数量 |\n|---|---|\n| 就业 | 380 |\n| 康复 |\n',
      '| 指标 | 数量 |\n|---|---|\n| 就业 | 380 | |\n',
      '正文[^1]，又见[^1]。\n\n[^1]: 数据来源：2023年年报。\n',
      '正文。\n\n[^x]: ok\n',
      '[//]: # (todo)\n\n正文。\n',
    ]) {
      expect(check(body), body).toEqual([]);
    }
  });
});
