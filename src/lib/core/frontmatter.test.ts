import { describe, expect, it } from 'vitest';
import { parseMarkdownSource } from './frontmatter.ts';

describe('parseMarkdownSource', () => {
  it('splits front matter and body, with file line numbers', () => {
    const src = parseMarkdownSource('---\ntitle: 标题\norg: demo\n---\n\n正文\n', 'c.md');
    expect(src.data).toEqual({ title: '标题', org: 'demo' });
    expect(src.lineOf(['org'])).toBe(3);
    expect(src.body.trim()).toBe('正文');
    expect(src.bodyLine).toBe(5);
  });
  it('accepts a byte-order mark and CRLF line ends', () => {
    const src = parseMarkdownSource('\uFEFF---\r\ntitle: 标题\r\n---\r\n正文', 'c.md');
    expect(src.problems).toEqual([]);
    expect(src.data).toEqual({ title: '标题' });
  });
  it('says how to fix an unclosed front matter', () => {
    const src = parseMarkdownSource('---\ntitle: 标题\n', 'c.md');
    expect(src.problems[0]?.problem).toBe('前置信息没有结束标记');
  });
});
