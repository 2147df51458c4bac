// Every number in data/datasets keeps its source: each row's sentence occurs verbatim in its seed document.
import { describe, expect, it } from 'vitest';
import { datasetsFromIndex } from '../../src/lib/datasets/dataset-checks.ts';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';
import { readSeed, SEEDS } from '../fixtures/import/seeds.ts';

// Scraping markers in seed 004 are not part of the text (see the seeds README).
const seedText = (id: string) => readSeed(id as keyof typeof SEEDS).replace(/##paid(?:begin|end)##/g, '');

describe('committed datasets', () => {
  const { datasets, problems } = datasetsFromIndex(checkSite('.').index);

  it('have no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(datasets.length).toBeGreaterThan(5);
  });

  it('quote every row’s sentence verbatim from its document', () => {
    const missing = datasets.flatMap((d) =>
      d.rows
        .filter((r) => !seedText(r.document).includes(r.sentence))
        .map((r) => `${d.csvFile}:${r.line} (${r.document})`),
    );
    expect(missing).toEqual([]);
  });

  it('keep the category total of document 004 (8723) equal to the sum of the categories', () => {
    const d = datasets.find((x) => x.id === 'xx-district-2023-certified-by-category');
    const parts = d?.rows.filter((r) => !r.total).map((r) => r.cells['人数'] as number) ?? [];
    expect(parts.reduce((a, b) => a + b, 0)).toBe(8723);
    expect(d?.rows.find((r) => r.total)?.cells['人数']).toBe(8723);
  });
});
