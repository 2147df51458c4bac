import { describe, expect, it } from 'vitest';
import { firstParagraph, shortDescription } from './description.ts';

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

describe('firstParagraph', () => {
  it('gives the text of the first non-empty paragraph, tags and entities resolved', () => {
    const html =
      '<h2>一、总结</h2><p> </p><p>2020年以来，<strong>全市</strong>完成<a href="/x/">康复</a>&amp;服务。\n第二行。</p><p>后文。</p>';
    expect(firstParagraph(html)).toBe('2020年以来，全市完成康复&服务。 第二行。');
  });
  it('gives an empty string when there is no paragraph', () => {
    expect(firstParagraph('<h2>标题</h2><ul><li>列表</li></ul>')).toBe('');
  });
});
