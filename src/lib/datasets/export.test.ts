import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testApiContext } from '../../../tests/helpers/api-context.ts';
import { datasetToCsv, datasetToJson } from './export.ts';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';

describe('downloads', () => {
  const d = fixtureDataset();

  it('writes CSV in UTF-8 with BOM, CRLF, two header rows and plain numbers', () => {
    const csv = datasetToCsv(
      d,
      (id) => `文件${id}`,
      (id) => id,
    );
    expect(csv.startsWith('\uFEFF数据集编号,数据集,机构编号,')).toBe(true);
    expect(csv).toContain('\r\ndataset_id,dataset_title,org_id,');
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ',' }).data;
    const value = parsed[1]!.indexOf('value');
    expect(parsed.slice(2).map((r) => r[value])).toEqual(['1445', '4417', '5862', '68.4']);
  });

  it('writes JSON with metadata, download URLs, typed rows and provenance', () => {
    const json = datasetToJson(d, testApiContext);
    expect(json.downloads).toEqual({ csv: 'https://example.org/data/t.csv', json: 'https://example.org/data/t.json' });
    expect(json.rows[0]).toMatchObject({
      类别: '听力残疾',
      人数: 1445,
      占比: null,
      _source: { document: { id: '900', title: '文件900' } },
    });
    expect(json.rows[2]).toMatchObject({ 人数: 5862, 占比: 68.4, _total: true });
    expect(json).toMatchObject({
      id: 't',
      periodLabel: '2023年（截止10月底）',
      topicLabel: '持证残疾人',
      rowCount: 3,
    });
  });
});
