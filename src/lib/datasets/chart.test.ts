import { describe, expect, it } from 'vitest';
import { chartSummary, datasetChartSpec } from './chart.ts';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';

describe('dataset charts', () => {
  const d = fixtureDataset();

  it('builds the spec without the total row', () => {
    expect(datasetChartSpec(d)).toEqual({
      kind: 'bar',
      title: '示例市持证残疾人',
      summary: '合计5,862人。人数：肢体残疾最多，为4,417人；听力残疾最少，为1,445人。',
      labels: ['听力残疾', '肢体残疾'],
      series: [{ label: '人数（人）', color: 1, marker: 'circle', line: 'solid', data: [1445, 4417] }],
      unit: '人',
      yMin: 0,
    });
  });

  it('says a 统计口径 note under the title and in the summary', () => {
    const noted = { ...d, meta: { ...d.meta, basis: '两地统计口径不同：甲为时点数，乙为全年累计' } };
    const spec = datasetChartSpec(noted);
    expect(spec?.note).toBe('两地统计口径不同：甲为时点数，乙为全年累计');
    expect(spec?.summary).toBe(
      '合计5,862人。人数：肢体残疾最多，为4,417人；听力残疾最少，为1,445人。两地统计口径不同：甲为时点数，乙为全年累计。',
    );
    expect(datasetChartSpec(d)?.note).toBeUndefined();
  });

  it('summarises the same numbers in one sentence', () => {
    expect(chartSummary(d)).toBe('合计5,862人。人数：肢体残疾最多，为4,417人；听力残疾最少，为1,445人。');
  });

  it('says ties as ties', () => {
    const tied = {
      ...d,
      rows: [
        ...d.rows,
        {
          ...d.rows[0]!,
          raw: { ...d.rows[0]!.raw, 类别: '视力残疾' },
          cells: { ...d.rows[0]!.cells, 类别: '视力残疾' },
        },
      ],
    };
    expect(chartSummary(tied)).toBe('合计5,862人。人数：肢体残疾最多，为4,417人；听力残疾等2项最少，均为1,445人。');
  });

  it('has no spec or summary without a declared chart', () => {
    const plain = { ...d, meta: { ...d.meta, chart: undefined } };
    expect(datasetChartSpec(plain)).toBeUndefined();
    expect(chartSummary(plain)).toBe('');
  });
});
