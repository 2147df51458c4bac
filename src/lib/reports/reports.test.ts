import { describe, expect, it } from 'vitest';
import type { Report } from './schema.ts';
import { neighbours, reportLabel, reportUrl, sortReports } from './reports.ts';

const r = (org: string, year: number, kind: Report['kind'] = 'summary'): { id: string; data: Report } => ({
  id: `${org}/${year}-${kind}`,
  data: { title: 't', org, year, kind, source: { title: 't', publisher: 'p', file: 'f.txt' }, changes: [] },
});

describe('reports', () => {
  it('builds report URLs', () => {
    expect(reportUrl('lishui/2021-five-year-plan')).toBe('/reports/lishui/2021-five-year-plan/');
  });
  it('labels kind and period in Chinese', () => {
    expect(reportLabel({ ...r('a', 2021, 'five-year-plan').data, endYear: 2025 })).toBe('2021—2025年 · 五年规划');
  });
  it('sorts newest first', () => {
    expect(sortReports([r('a', 2020), r('b', 2023), r('a', 2021)]).map((x) => x.id)).toEqual([
      'b/2023-summary',
      'a/2021-summary',
      'a/2020-summary',
    ]);
  });
  it('finds previous and next reports of the same organisation only', () => {
    const all = [r('a', 2020), r('a', 2022), r('b', 2021), r('a', 2021)];
    const n = neighbours(all, 'a/2021-summary');
    expect(n.prev?.id).toBe('a/2020-summary');
    expect(n.next?.id).toBe('a/2022-summary');
    expect(neighbours(all, 'b/2021-summary')).toEqual({ prev: undefined, next: undefined });
  });
});
