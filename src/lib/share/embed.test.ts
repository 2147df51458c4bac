import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { embedCode } from './embed.ts';

describe('embedCode', () => {
  it('is one iframe with the address, a title and the height, values escaped', () => {
    const code = embedCode('https://example.invalid/embed/data/x/?a=1&b=2', '标题 "引号" <b>', 500);
    const frame = new JSDOM(code).window.document.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('https://example.invalid/embed/data/x/?a=1&b=2');
    expect(frame?.getAttribute('title')).toBe('标题 "引号" <b>');
    expect(frame?.getAttribute('height')).toBe('500');
    expect(new JSDOM(code).window.document.body.children).toHaveLength(1);
  });
});
