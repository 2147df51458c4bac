// A table with a header over two rows (2020年 above 基期值), saved by LibreOffice as Word (.docx) and that .docx
// saved as text, one cell per line (tests/fixtures/import/plan-tables/two-row-header.html, made by make.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocxTable } from '../import-table.ts';
import { readCellLinesTable } from './cell-lines-table.ts';
import type { ParsedTable } from './types.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/import/plan-tables/${name}`, import.meta.url));

/** [marker, name, unit, category, baseline, target, attribute, cumulative] of each row, as the table prints it. */
const ROWS = [
  ['1、', '残疾人家庭人均可支配收入增速', '%', '民生保障', '6.5', '>7.5', '预期性', false],
  ['2、', '困难残疾人生活补贴覆盖率', '%', '民生保障', '100%', '100%', '约束性', false],
  ['3、', '残疾人基本医疗保险参保率', '%', '民生保障', '97', '≥95', '约束性', false],
  ['4、', '新增残疾人就业人数', '人', '就业与服务', '—', '〔50〕', '预期性', true],
  ['5、', '残疾人职业技能培训', '人次', '就业与服务', '—', '累计5000', '预期性', true],
  ['6、', '困难重度残疾人家庭无障碍改造户数', '户', '就业与服务', '120', '〔600〕', '约束性', true],
  ['7、', '残疾人之家', '个', '就业与服务', '8', '≧15', '预期性', false],
];

const brief = (t: ParsedTable | undefined) =>
  t?.rows.map((r) => [r.marker, r.name, r.unit, r.category, r.baseline, r.target, r.attribute, r.cumulative ?? false]);

describe('readCellLinesTable: a two-row header saved as text, one cell per line', () => {
  const t = readCellLinesTable(fixture('two-row-header-libreoffice.txt').toString('utf8'));
  it('completes 2020年 and 2025年 with the 基期值 and 目标值 of the second header row', () => {
    expect(t?.header).toBe('序号 | 指标名称 | 单位 | 2020年基期值（基期值） | 2025年目标值（目标值） | 指标属性');
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
  });
  it('reads every row, the name on two lines of its cell joined', () => {
    expect(brief(t)).toEqual(ROWS);
    expect(t?.unread).toEqual([]);
  });
});

describe('parseDocxTable: the same table as LibreOffice saves it as .docx', () => {
  it('reads every row the same way', async () => {
    const t = await parseDocxTable(fixture('two-row-header-libreoffice.docx'));
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(brief(t)).toEqual(ROWS);
  });
});

describe('readCellLinesTable: a 类别 column merged over 3, 1 and 3 rows and no 序号 column, saved as text', () => {
  // Rows start after the attribute that ended the row before; the merged cell's label stands in its first row.
  const odd = [
    ['保障', '困难残疾人生活补贴覆盖率', '%', '98', '≥99', '约束性'],
    ['保障', '重度残疾人护理补贴覆盖率', '%', '97', '≥99', '约束性'],
    ['保障', '残疾人参加基本养老保险比例', '%', '90', '>95', '预期性'],
    ['就业', '城乡新增残疾人就业人数', '万人', '—', '〔1.5〕', '预期性'],
    ['服务', '残疾人基本康复服务覆盖率', '%', '85', '≥90', '约束性'],
    ['服务', '残疾人辅助器具适配率', '%', '80', '>85', '约束性'],
    ['服务', '乡镇（街道）残疾人之家', '个', '20', '累计60', '预期性'],
  ];
  const row = (r: ParsedTable['rows'][number]) => [r.category, r.name, r.unit, r.baseline, r.target, r.attribute];
  it('reads every row with its category, unit, values and attribute', () => {
    const t = readCellLinesTable(fixture('category-merged-odd-libreoffice.txt').toString('utf8'));
    expect(t?.rows.map(row)).toEqual(odd);
    expect(t?.unread).toEqual([]);
  });
  it('reads the .docx it was saved from the same way', async () => {
    const t = await parseDocxTable(fixture('category-merged-odd-libreoffice.docx'));
    expect(t?.rows.map(row)).toEqual(odd);
  });
});
