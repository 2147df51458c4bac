import { describe, expect, it } from 'vitest';
import type { Report } from './schema.ts';
import { applyFilter, availableFilters, filterUrl, groupBy } from './report-index.ts';

const r = (org: string, year: number, kind: Report['kind'], endYear?: number) => ({
  id: `${org}/${year}-${kind}`,
  data: { title: 't', org, year, endYear, kind, source: { title: 't', publisher: 'p', file: 'f' } } as Report,
});
const all = [
  r('lishui', 2021, 'five-year-plan', 2025),
  r('huzhou', 2020, 'summary-and-plan'),
  r('huzhou', 2023, 'summary'),
];

describe('report index', () => {
  it('filters by organisation, kind and year; a plan counts for each year of its period', () => {
    expect(applyFilter(all, { by: 'org', value: 'huzhou' }).length).toBe(2);
    expect(applyFilter(all, { by: 'kind', value: 'summary' }).map((x) => x.id)).toEqual(['huzhou/2023-summary']);
    expect(applyFilter(all, { by: 'year', value: 2023 }).map((x) => x.id)).toEqual([
      'lishui/2021-five-year-plan',
      'huzhou/2023-summary',
    ]);
  });
  it('lists only filters that have reports', () => {
    const f = availableFilters(all);
    expect(f.orgs).toEqual(['huzhou', 'lishui']);
    expect(f.years).toEqual([2025, 2024, 2023, 2022, 2021, 2020]);
    expect(f.kinds).toEqual(['summary', 'summary-and-plan', 'five-year-plan']);
  });
  it('builds filter URLs', () => {
    expect(filterUrl({ by: 'year', value: 2023 })).toBe('/reports/year/2023/');
  });
  it('groups in order of first appearance', () => {
    expect(groupBy([3, 1, 4, 1, 5], (n) => n % 2).map(([k, v]) => [k, v.length])).toEqual([
      [1, 4],
      [0, 1],
    ]);
  });
});

describe('filter pages', () => {
  it('lists organisations, then years, then kinds, and titles each page', async () => {
    const { filterPages, filterTitle } = await import('./report-index.ts');
    const pages = filterPages({ orgs: ['lishui'], years: [2021, 2020], kinds: ['summary'] });
    expect(pages).toEqual([
      { by: 'org', value: 'lishui' },
      { by: 'year', value: 2021 },
      { by: 'year', value: 2020 },
      { by: 'kind', value: 'summary' },
    ]);
    expect(pages.map((p) => filterTitle(p, { lishui: '丽水市残疾人联合会' }))).toEqual([
      '丽水市残疾人联合会的报告',
      '2021年的报告',
      '2020年的报告',
      '年度工作总结',
    ]);
    expect(filterTitle({ by: 'org', value: 'nowhere' }, {})).toBe('nowhere的报告');
  });
});
