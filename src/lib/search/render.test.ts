import { describe, expect, it } from 'vitest';
import { resultCountText, safeExcerpt, searchTitle, typeLabel } from './render.ts';

describe('safeExcerpt', () => {
  it('keeps highlight marks and escapes everything else', () => {
    expect(safeExcerpt('办理<mark>残疾人证</mark>需要<script>x</script>')).toBe(
      '办理<mark>残疾人证</mark>需要&lt;script&gt;x&lt;/script&gt;',
    );
  });
  it('does not escape entities twice', () => {
    expect(safeExcerpt('A &amp; B &lt;b&gt;')).toBe('A &amp; B &lt;b&gt;');
  });
});

describe('resultCountText', () => {
  it('announces the number of results, and how many are shown when not all are', () => {
    expect(resultCountText(3, 3, '残疾证', false)).toBe('找到 3 条与“残疾证”有关的结果。');
    expect(resultCountText(26, 10, '护理补贴', false)).toBe('找到 26 条与“护理补贴”有关的结果，显示前 10 条。');
    expect(resultCountText(0, 0, '火星', true)).toBe('没有找到与“火星”有关的结果（已按筛选条件缩小范围）。');
  });
  it('says first when the search covers one area, not the whole country', () => {
    expect(resultCountText(3, 3, '康复', false, '湖州市残联')).toBe(
      '在湖州市残联和各地通用的内容中，找到 3 条与“康复”有关的结果。',
    );
    expect(resultCountText(0, 0, '火星', false, '湖州市残联')).toBe(
      '在湖州市残联和各地通用的内容中，没有找到与“火星”有关的结果。',
    );
  });
});

describe('searchTitle', () => {
  it('names the query in the page title', () => {
    expect(searchTitle('残疾人证', '某残联')).toBe('“残疾人证”的搜索结果 - 某残联');
    expect(searchTitle('', '某残联')).toBe('搜索 - 某残联');
  });
});

describe('typeLabel', () => {
  it("says what each result is in the reader's words", () => {
    expect(typeLabel('办事指南')).toBe('办事指南');
    expect(typeLabel('机构')).toBe('残联机构');
    expect(typeLabel(undefined)).toBe('');
  });
});
