import { describe, expect, it } from 'vitest';
import {
  availableFilters,
  datasetFilterUrl,
  datasetsAbout,
  filterTitle,
  matchesFilter,
  periodLabel,
  sortDatasets,
  yearsOf,
} from './catalogue.ts';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';
import { TEST_ORGS } from '../../../tests/helpers/datasets.ts';

describe('catalogue', () => {
  const d = fixtureDataset();

  it('builds filter URLs and titles', () => {
    expect(datasetFilterUrl({ by: 'org', value: 'demo' })).toBe('/data/org/demo/');
    expect(datasetFilterUrl({ by: 'year', value: 2023 })).toBe('/data/year/2023/');
    expect(filterTitle({ by: 'org', value: 'demo' }, TEST_ORGS)).toBe('示例市残联的数据');
    expect(filterTitle({ by: 'topic', value: 'certification' }, TEST_ORGS)).toBe('持证残疾人数据');
  });

  it('lists only filters that select something, with counts', () => {
    expect(availableFilters([d], TEST_ORGS)).toEqual([
      { filter: { by: 'org', value: 'demo' }, label: '示例市残联', count: 1 },
      { filter: { by: 'topic', value: 'certification' }, label: '持证残疾人', count: 1 },
      { filter: { by: 'year', value: 2023 }, label: '2023年', count: 1 },
    ]);
    expect(matchesFilter(d, { by: 'topic', value: 'employment' })).toBe(false);
  });

  it('finds the datasets with rows about an organisation, once each', () => {
    const other = { ...d, id: 'other', rows: d.rows.map((r) => ({ ...r, org: 'elsewhere' })) };
    const list = [d, other, d];
    expect(datasetsAbout(list, 'demo').map((x) => x.id)).toEqual([d.id, d.id]);
    expect(datasetsAbout(list, 'elsewhere').map((x) => x.id)).toEqual(['other']);
    expect(datasetsAbout(list, 'nobody')).toEqual([]);
  });

  it('labels years and periods', () => {
    expect(periodLabel(d.meta)).toBe('2023年（截止10月底）');
    const plan = { ...d.meta, year: undefined, asOf: undefined, period: { start: 2021, end: 2023 } };
    expect(periodLabel(plan)).toBe('2021—2023年');
    expect(yearsOf(plan)).toEqual([2021, 2022, 2023]);
  });

  it('sorts newest first', () => {
    const old = { ...d, id: 'old', meta: { ...d.meta, year: 2020 } };
    expect(sortDatasets([old, d]).map((x) => x.id)).toEqual(['t', 'old']);
  });
});
