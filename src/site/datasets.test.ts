import { describe, expect, it } from 'vitest';
import { loadDatasets } from './datasets.ts';

describe('loadDatasets', () => {
  it('reads the datasets of a site root once and returns the same catalogue again', () => {
    const a = loadDatasets('tests/fixtures/valid/dataset-gb18030');
    expect(a.datasets.map((d) => d.id)).toEqual(['x']);
    expect(a.orgs.map((o) => o.shortName)).toEqual(['示例市残联']);
    expect(loadDatasets('tests/fixtures/valid/dataset-gb18030')).toBe(a);
  });

  it('reads the real datasets', () => {
    const { datasets } = loadDatasets('.');
    expect(
      datasets.find((d) => d.id === 'xx-district-2023-certified-by-category')?.rows.find((r) => r.total)?.cells['人数'],
    ).toBe(8723);
  });
});
