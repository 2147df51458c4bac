import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableSchemaOf, tableToCsv, tableToJson, type TableDefinition } from './table-schema.ts';

interface Row {
  id: string;
  n?: number;
  ok: boolean;
  text?: string;
}

const TABLE: TableDefinition<Row> = {
  name: 't',
  title: '测试',
  description: '测试表。',
  primaryKey: ['id'],
  fields: [
    { name: 'id', title: '编号', type: 'string', required: true, description: '编号', value: (r) => r.id },
    { name: 'n', title: '数值', type: 'number', description: '数值', value: (r) => r.n },
    { name: 'ok', title: '是否', type: 'boolean', description: '是否', value: (r) => r.ok },
    { name: 'text', title: '文字', type: 'string', enum: ['甲', '=乙'], description: '文字', value: (r) => r.text },
  ],
};
const ROWS: Row[] = [
  { id: '003', n: 68.4, ok: true, text: '甲' },
  { id: 'b', ok: false, text: '=乙' },
];

describe('download tables from one definition', () => {
  it('writes the Chinese titles, then the machine names, then the rows, with a BOM and CRLF', () => {
    const csv = tableToCsv(TABLE, ROWS);
    expect(csv.startsWith('\uFEFF编号,数值,是否,文字\r\nid,n,ok,text\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows.slice(2)).toEqual([
      ['003', '68.4', '是', '甲'],
      // A formula-like text cell goes through the one writer and is neutralised.
      ['b', '', '否', "'=乙"],
    ]);
  });

  it('writes JSON keyed by machine name, empty as null', () => {
    expect(tableToJson(TABLE, ROWS)).toEqual([
      { id: '003', n: 68.4, ok: true, text: '甲' },
      { id: 'b', n: null, ok: false, text: '=乙' },
    ]);
  });

  it('generates the Table Schema from the same fields', () => {
    const schema = tableSchemaOf(TABLE);
    expect(schema.fields.map((f) => [f.name, f.title, f.type])).toEqual([
      ['id', '编号', 'string'],
      ['n', '数值', 'number'],
      ['ok', '是否', 'boolean'],
      ['text', '文字', 'string'],
    ]);
    expect(schema.fields[0]?.constraints).toEqual({ required: true });
    expect(schema.fields[2]).toMatchObject({ trueValues: ['是'], falseValues: ['否'] });
    expect(schema.fields[3]?.constraints).toEqual({ enum: ['甲', '=乙'] });
    expect(schema).toMatchObject({ missingValues: [''], primaryKey: ['id'] });
  });
});
