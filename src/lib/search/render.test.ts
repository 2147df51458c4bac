import { describe, expect, it } from 'vitest';
import { resultCountText, safeExcerpt } from './render.ts';

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
  it('announces the number of results', () => {
    expect(resultCountText(3, '残疾证', false)).toBe('找到 3 条与“残疾证”有关的结果。');
    expect(resultCountText(0, '火星', true)).toContain('没有找到与“火星”有关的结果（已按筛选条件缩小范围）');
  });
});
