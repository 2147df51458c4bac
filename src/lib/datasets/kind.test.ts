import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listGlob } from '../core/file-glob.ts';
import { formatProblem } from '../core/problem.ts';
import { makeIndex } from '../check/check-site.ts';
import { datasetCsvKind } from './kind.ts';

const bytes = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/csv/${name}`, import.meta.url)));

describe('datasetCsvKind', () => {
  it('matches CSV files in data/datasets only', () => {
    const root = mkdtempSync(join(tmpdir(), 'canlian-csv-kind-'));
    try {
      mkdirSync(join(root, 'data/datasets/sub'), { recursive: true });
      for (const f of ['a.csv', 'sub/a.csv', 'a.yaml', 'b.CSV']) writeFileSync(join(root, 'data/datasets', f), '');
      expect(listGlob(root, datasetCsvKind.files)).toEqual(['data/datasets/a.csv']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(datasetCsvKind.anyEncoding).toBe(true);
  });

  it.each(['gb18030.csv', 'utf8-bom.csv', 'utf8-plain.csv'])('reads %s to the same table', (name) => {
    const { entries, problems } = datasetCsvKind.load('data/datasets/a.csv', '', bytes(name));
    expect(problems).toEqual([]);
    // Through the index, as the checks read it: typed by kind, no cast.
    const data = makeIndex(entries).byKind('dataset-csv')[0]!.data;
    expect(data.table.header).toEqual(['类别', '人数', '原文']);
    expect(data.table.rows.map((r) => r.cells[1])).toEqual(['１，２３４', '56']);
  });

  it('reports a file in no known encoding', () => {
    const { problems } = datasetCsvKind.load('data/datasets/a.csv', '', new Uint8Array([0x41, 0x81, 0x20]));
    expect(problems.map(formatProblem)).toEqual([
      'data/datasets/a.csv: （整个文件） — 无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK） — 用 Excel 或 WPS 打开后“另存为”CSV UTF-8（逗号分隔）',
    ]);
  });
});
