import { describe, expect, it } from 'vitest';
import { chartAriaLabel, hasValues } from './chart-spec.ts';

describe('chart spec', () => {
  it('names the canvas with title and summary', () => {
    expect(chartAriaLabel({ title: '甲率', summary: '2020年基期值68%。' })).toContain('甲率');
  });

  it('knows when there is nothing to plot', () => {
    expect(hasValues({ series: [{ label: '目标值', color: 'target', data: [null] }] })).toBe(false);
    expect(hasValues({ series: [] })).toBe(false);
    expect(hasValues({ series: [{ label: '实际值', color: 1, data: [null, 0] }] })).toBe(true);
  });
});
