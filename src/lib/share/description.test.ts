import { describe, expect, it } from 'vitest';
import { shortDescription } from './description.ts';

describe('shortDescription', () => {
  it('keeps a short text whole, whitespace collapsed', () => {
    expect(shortDescription('  第一句。\n第二句。 ')).toBe('第一句。 第二句。');
  });
  it('cuts a long text at the last sentence end that fits', () => {
    const text = `${'甲'.repeat(50)}。${'乙'.repeat(50)}。${'丙'.repeat(50)}。`;
    expect(shortDescription(text, 120)).toBe(`${'甲'.repeat(50)}。${'乙'.repeat(50)}。`);
  });
  it('cuts a first sentence longer than the limit with an ellipsis', () => {
    const out = shortDescription('丁'.repeat(200), 120);
    expect(out).toHaveLength(120);
    expect(out.endsWith('…')).toBe(true);
  });
  it('gives an empty string for empty text', () => {
    expect(shortDescription('   ')).toBe('');
  });
});
