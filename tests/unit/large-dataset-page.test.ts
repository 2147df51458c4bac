// The page of a large dataset stays small (issue 14, class 13): a synthetic dataset of 20,000 rows, made in a temp
// dir and checked as the site is, gives a page table under a byte bound, rendered with Astro's container (no build),
// while the CSV and JSON downloads keep every row. The limit is PAGE_ROW_LIMIT in src/lib/datasets/page.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import DatasetTable from '../../src/components/datasets/DatasetTable.astro';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { datasetsFromIndex } from '../../src/lib/datasets/dataset-checks.ts';
import { datasetToCsv, datasetToJson } from '../../src/lib/datasets/export.ts';
import { testApiContext } from '../helpers/api-context.ts';
import { PAGE_ROW_LIMIT, datasetPage } from '../../src/lib/datasets/page.ts';
import type { Dataset } from '../../src/lib/datasets/types.ts';

// One row per village, each with its own sentence.
const ROWS = 20_000;
let dir: string;
let dataset: Dataset;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'canlian-large-dataset-'));
  mkdirSync(join(dir, 'data/orgs'), { recursive: true });
  mkdirSync(join(dir, 'data/datasets'), { recursive: true });
  writeFileSync(
    join(dir, 'data/orgs/demo.yaml'),
    'id: demo\nname: 示例市残疾人联合会\nshortName: 示例市残联\nlevel: city\nregion: 示例市\nparentRegion: 示例省\nsource: 测试用的虚构机构。\n',
  );
  writeFileSync(
    join(dir, 'data/datasets/villages.yaml'),
    [
      'title: 示例市各村持证残疾人（测试）',
      'org: demo',
      'year: 2023',
      'topic: certification',
      "source:\n  document: '900'",
      'licence: 测试数据。',
      'key: [村]',
      'chart: { type: bar, x: 村, y: [人数] }',
      'columns:',
      '  - { name: 村, type: text, meaning: 村名 }',
      '  - { name: 人数, type: integer, unit: 人, meaning: 持证人数 }',
      '  - { name: 原文, type: text, role: sentence, meaning: 原句 }',
      '',
    ].join('\n'),
  );
  const lines = ['村,人数,原文'];
  for (let i = 1; i <= ROWS; i++) lines.push(`第${i}村,${i % 97},第${i}村有持证残疾人${i % 97}人。`);
  writeFileSync(join(dir, 'data/datasets/villages.csv'), `${lines.join('\r\n')}\r\n`);
  const result = checkSite(dir);
  expect(result.problems).toEqual([]);
  const built = datasetsFromIndex(result.index).datasets[0];
  if (!built) throw new Error('the synthetic dataset was not built');
  dataset = built;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the page of a large dataset', () => {
  it('shows the first 200 rows and their sources, a summary instead of a chart, and says how many rows there are', () => {
    const page = datasetPage(dataset);
    expect(page.rowCount).toBe(ROWS);
    expect(page.rows).toHaveLength(PAGE_ROW_LIMIT);
    expect(page.hidden).toBe(ROWS - PAGE_ROW_LIMIT);
    expect(page.sources).toHaveLength(PAGE_ROW_LIMIT);
    expect(page.chart).toBeUndefined();
    expect(page.summary).toMatch(/^人数：.+等\d+项最多，均为96人；.+等\d+项最少，均为0人。$/);
  });

  it('renders a table of under 100 KB, while the downloads keep all 20,000 rows', async () => {
    const page = datasetPage(dataset);
    const container = await AstroContainer.create();
    const html = await container.renderToString(DatasetTable, {
      props: { dataset, rows: page.rows, sourceIds: page.sourceIds },
    });
    expect((html.match(/<tr/g) ?? []).length).toBe(PAGE_ROW_LIMIT + 1);
    expect(Buffer.byteLength(html)).toBeLessThan(100_000);
    // The same table with every row is what the page used to be: hundreds of times larger.
    const whole = await container.renderToString(DatasetTable, { props: { dataset, sourceIds: page.sourceIds } });
    expect(Buffer.byteLength(whole)).toBeGreaterThan(50 * Buffer.byteLength(html));
    // Long form: two header rows, then one row per figure (the fixture has one number column).
    expect(
      datasetToCsv(
        dataset,
        (id) => id,
        (id) => id,
      )
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(ROWS + 2);
    expect(datasetToJson(dataset, testApiContext).rows).toHaveLength(ROWS);
  }, 60_000);

  it('keeps the chart of a dataset that fits on the page', () => {
    const small = { ...dataset, rows: dataset.rows.slice(0, PAGE_ROW_LIMIT) };
    const page = datasetPage(small);
    expect(page.chart?.labels).toHaveLength(PAGE_ROW_LIMIT);
    expect(page.summary).toBeUndefined();
    expect(page.hidden).toBe(0);
  });
});
