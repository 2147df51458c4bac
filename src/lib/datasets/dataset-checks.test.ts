import { describe, expect, it } from 'vitest';
import { checkSite } from '../check/check-site.ts';
import { datasetsFromIndex } from './dataset-checks.ts';

describe('datasetsFromIndex', () => {
  it('builds typed datasets from a checked site, whatever the CSV encoding', () => {
    for (const root of ['tests/fixtures/valid/dataset-gb18030', 'tests/fixtures/valid/dataset-bom']) {
      const { datasets, problems } = datasetsFromIndex(checkSite(root).index);
      expect(problems).toEqual([]);
      expect(datasets.map((d) => d.id)).toEqual(['x']);
      const rows = datasets[0]?.rows ?? [];
      expect(rows.map((r) => [r.raw['类别'], r.cells['人数'], r.total])).toEqual([
        ['听力残疾', 100, false],
        ['肢体残疾', 200, false],
        ['视力残疾', 300, false],
        ['言语残疾', 40, false],
        ['智力残疾', 50, false],
        ['合计', 690, true],
      ]);
      expect(rows[0]?.document).toBe('900');
      expect(rows[0]?.org).toBe('demo');
    }
  });
});
