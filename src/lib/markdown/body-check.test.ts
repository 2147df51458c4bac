import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { renderBody } from '../../../tests/setup/render-markdown.ts';
import { checkMarkdownBody } from './body-check.ts';
import { MAX_NESTING } from './nesting.ts';
import { lostText, pageText, sourceText } from './text-kept.ts';

const check = (body: string) => checkMarkdownBody('r.md', body, 1);
const fields = (body: string) => check(body).map((p) => `${p.line}:${p.problem.slice(0, 12)}`);
const TEXT = '全年新增就业380人。';

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
