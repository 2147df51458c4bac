import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetMetaJson, datasetToCsv, datasetToJson } from './export.ts';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';

describe('downloads', () => {
  const d = fixtureDataset();

  it('writes CSV in UTF-8 with BOM, CRLF, plain numbers and empty missing cells', () => {
    const csv = datasetToCsv(d);
    expect(csv.startsWith('\uFEFF类别,人数,占比,原文\r\n听力残疾,1445,,')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ',' }).data;
    expect(parsed.map((r) => r.slice(0, 3))).toEqual([
      ['类别', '人数', '占比'],
      ['听力残疾', '1445', ''],
      ['肢体残疾', '4417', ''],
      ['合计', '5862', '68.4'],
    ]);
  });

  it('writes JSON with metadata, download URLs, typed rows and provenance', () => {
    const json = datasetToJson(d);
    expect(json.downloads).toEqual({ csv: '/data/t.csv', json: '/data/t.json' });
    expect(json.rows[0]).toMatchObject({ 类别: '听力残疾', 人数: 1445, 占比: null, _source: { document: '900' } });
    expect(json.rows[2]).toMatchObject({ 人数: 5862, 占比: 68.4, _total: true });
    expect(datasetMetaJson(d)).toMatchObject({
      id: 't',
      periodLabel: '2023年（截止10月底）',
      topicLabel: '持证残疾人',
      rowCount: 3,
    });
  });
});
