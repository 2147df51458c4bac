// Header lines of plan tables in other regions' layouts (synthetic): the role named first and its year in brackets.
import { describe, expect, it } from 'vitest';
import { readHeaderLine, resolveColumns } from './header.ts';

describe('readHeaderLine: 基期值（2020年） and 目标值（2025年）', () => {
  it('reads the role and the bracketed year as one value column each', () => {
    const columns = readHeaderLine('类别  序号  指标名称  单位  基期值（2020年）  目标值（2025年）  指标属性');
    expect(columns?.map((c) => c.kind)).toEqual(['category', 'seq', 'name', 'unit', 'value', 'value', 'attribute']);
    const resolved = resolveColumns(columns!);
    const values = resolved?.columns.filter((c) => c.kind === 'value');
    expect(values?.map((c) => [c.year, c.role])).toEqual([
      [2020, 'baseline'],
      [2025, 'target'],
    ]);
  });
  it('reads half-width brackets and a year without 年 the same way', () => {
    const columns = readHeaderLine('指标  基期值(2020)  目标值(2025)  属性');
    expect(columns?.flatMap((c) => (c.kind === 'value' ? [[c.year, c.role]] : []))).toEqual([
      [2020, 'baseline'],
      [2025, 'target'],
    ]);
  });
});
