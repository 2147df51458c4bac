import { describe, expect, it } from 'vitest';
import { buildExcerpt, findTerms, highlight, sentences } from './excerpt.ts';
import { highlightTerms, parseQuery } from './query.ts';

describe('sentences', () => {
  it('ends a sentence at 。！？； and at a line break, keeping closing quotes with it', () => {
    expect(sentences('第一句。第二句！“第三句？”第四句；\n第五句')).toEqual([
      '第一句。',
      '第二句！',
      '“第三句？”',
      '第四句；',
      '第五句',
    ]);
  });
  it("reads pagefind's block separator (a full stop and a space after Chinese text) as the end of a sentence", () => {
    expect(sentences('重度残疾人护理补贴. 由县级残联审核。')).toEqual(['重度残疾人护理补贴。', '由县级残联审核。']);
    expect(sentences('比例为 0.95 倍')).toEqual(['比例为 0.95 倍']);
  });
  it('ends a field where the index put a space between two Chinese characters, not after a colon', () => {
    expect(sentences('也叫： 轮椅、助听器 分类：康复')).toEqual(['也叫： 轮椅、助听器', '分类：康复']);
    expect(sentences('丽水市残联 · 十四五规划')).toEqual(['丽水市残联 · 十四五规划']);
  });
});

describe('highlight', () => {
  it('marks whole terms, the longest first, and escapes the rest', () => {
    expect(highlight('办理残疾人证<b>', ['残疾', '残疾人证'])).toBe('办理<mark>残疾人证</mark>&lt;b&gt;');
    expect(findTerms('残疾人证和残疾证', ['残疾人证', '残疾证'])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 8 },
    ]);
  });
});

describe('buildExcerpt', () => {
  const care =
    '重度残疾人护理补贴. 为长期照护困难的重度残疾人发放。持证的一级、二级残疾人，可以申请护理补贴，按月发放。 也叫： 护理费';
  it('starts at the beginning of the sentence that matches, not mid-sentence', () => {
    const html = buildExcerpt(care, highlightTerms(parseQuery('护理补贴')), { title: '重度残疾人护理补贴' });
    expect(html.startsWith('持证的一级、二级残疾人，可以申请<mark>护理补贴</mark>')).toBe(true);
    expect(html).not.toMatch(/^，/);
  });
  it('marks the query terms whole, never lone characters of them', () => {
    const text = '残疾人证首次申领. 申请残疾人证需要本人身份证。公示和审核后发证。';
    const html = buildExcerpt(text, highlightTerms(parseQuery('残疾人证')), { title: '残疾人证首次申领' });
    expect(html).toContain('<mark>残疾人证</mark>');
    expect(html).not.toMatch(/<mark>.<\/mark>/);
    expect(highlightTerms(parseQuery('残疾证怎么办'))).toContain('残疾证');
  });
  it('marks a one-character query', () => {
    expect(buildExcerpt('办证。', highlightTerms(parseQuery('证')))).toBe('办<mark>证</mark>。');
  });
  it('does not run the next field into the excerpt', () => {
    expect(buildExcerpt('辅助器具适配. 也叫： 轮椅、助听器 分类：康复；服务对象：个人', ['轮椅'])).toBe(
      '也叫： <mark>轮椅</mark>、助听器',
    );
  });
  it('begins with the first sentence after the title when no term matches', () => {
    expect(buildExcerpt(care, ['火星'], { title: '重度残疾人护理补贴' })).toMatch(/^为长期照护困难的重度残疾人发放。/);
  });
  it('ends with … when the text is cut, and enters a very long sentence at the clause before its match', () => {
    const long = `${'甲'.repeat(120)}，办理残疾人证。`;
    const html = buildExcerpt(long, ['残疾人证'], { maxChars: 40 });
    expect(html).toBe('…办理<mark>残疾人证</mark>。');
    expect(buildExcerpt('乙'.repeat(100), [], { maxChars: 10 })).toBe(`${'乙'.repeat(10)}…`);
  });
  it('never lets page text become markup', () => {
    expect(buildExcerpt('&lt;script&gt;残疾人证', ['残疾人证'])).toBe('&lt;script&gt;<mark>残疾人证</mark>');
  });
});
