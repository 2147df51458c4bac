import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableToJson } from '../core/table-schema.ts';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';
import { datasetToCsv } from './export.ts';
import { DATASET_LONG_TABLE, datasetObservations } from './long-form.ts';

const titleOf = (id: string) => `标题${id}`;
const orgNameOf = (id: string) => `机构${id}`;

describe('dataset downloads in long form', () => {
  const d = fixtureDataset();

  it('writes one row per figure, empty cells left out, with ids, unit and source', () => {
    const rows = tableToJson(DATASET_LONG_TABLE, datasetObservations(d, titleOf, orgNameOf));
    expect(rows.map((r) => [r.row_number, r.row_label, r.measure, r.value, r.unit, r.is_total])).toEqual([
      [1, '类别：听力残疾', '人数', 1445, '人', false],
      [2, '类别：肢体残疾', '人数', 4417, '人', false],
      [3, '类别：合计', '人数', 5862, '人', true],
      [3, '类别：合计', '占比', 68.4, '%', true],
    ]);
    expect(rows[0]).toMatchObject({
      dataset_id: 't',
      dataset_title: '示例市持证残疾人',
      org_id: 'demo',
      org_name: '机构demo',
      topic: '持证残疾人',
      year: 2023,
      period: '2023年（截止10月底）',
      source_document: '标题900',
      source_document_id: '文件900',
      page: '/data/t/',
    });
    expect(String(rows[0]?.source_text)).toMatch(/^示例市有听力残疾人/);
  });

  it('writes the CSV download with titles, machine names and the id columns', () => {
    const [titles, names, ...rows] = Papa.parse<string[]>(datasetToCsv(d, titleOf, orgNameOf).slice(1).trimEnd()).data;
    expect(titles?.slice(0, 4)).toEqual(['数据集编号', '数据集', '机构编号', '机构']);
    expect(names?.slice(0, 4)).toEqual(['dataset_id', 'dataset_title', 'org_id', 'org_name']);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === names!.length && r[0] === 't' && r[2] === 'demo')).toBe(true);
  });

  it('has no two fields with one name or one title', () => {
    const names = DATASET_LONG_TABLE.fields.map((f) => f.name);
    const titles = DATASET_LONG_TABLE.fields.map((f) => f.title);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
