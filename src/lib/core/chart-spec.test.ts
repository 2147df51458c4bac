import { describe, expect, it } from 'vitest';
import { chartAriaLabel, hasValues, valueAxis } from './chart-spec.ts';

describe('chart spec', () => {
  it('names the canvas with title and summary', () => {
    expect(chartAriaLabel({ title: '甲率', summary: '2020年基期值68%。' })).toContain('甲率');
  });

  it('knows when there is nothing to plot', () => {
    expect(hasValues({ series: [{ label: '目标值', color: 'target', data: [null] }] })).toBe(false);
    expect(hasValues({ series: [] })).toBe(false);
    expect(hasValues({ series: [{ label: '实际值', color: 1, data: [null, 0] }] })).toBe(true);
  });

  it('chooses axes that do not exaggerate: rates 0–100 %, counts from 0', () => {
    expect(valueAxis('%', [99, 99])).toEqual({ yMin: 0, yMax: 100 });
    expect(valueAxis('%', [98, 145.5])).toEqual({ yMin: 0 });
    expect(valueAxis('人', [461, 350])).toEqual({ yMin: 0 });
    expect(valueAxis('人', [-3, 5])).toEqual({});
    expect(valueAxis(undefined, [])).toEqual({ yMin: 0 });
  });
});
