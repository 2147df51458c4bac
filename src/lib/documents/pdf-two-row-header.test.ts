// The PDF reader on a plan table LibreOffice printed from a web page (tests/fixtures/import/plan-tables/
// two-row-header.html): the header over two rows (2020 / 年 wrapped above 基期值), 序号 and 指标名称 so near that
// they are one column, a unit and a figure (人次 —, 累计 5000 预期性) only the cells' padding apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextTable } from '../plans/table/text-table.ts';
import { pdfToText } from './pdf.ts';

const PDF = join(import.meta.dirname, '../../../tests/fixtures/import/plan-tables/two-row-header-libreoffice.pdf');

describe(
  'pdfToText: a LibreOffice table with a two-row header and cells set close together',
  { timeout: 30_000 },
  () => {
    it('gives the plan-table reader the header in column order and every row with its unit, values and attribute', async () => {
      const text = await pdfToText(new Uint8Array(readFileSync(PDF)));
      expect(text).toContain('序号指标名称    单位    2020年    2025 年    指标属性\n基期值    目标值\n');
      const t = readTextTable(text, 'pdf');
      expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
      expect(t?.rows.map((r) => [r.marker, r.name, r.unit, r.category, r.baseline, r.target, r.attribute])).toEqual([
        ['1、', '残疾人家庭人均可支配收入增速', '%', '民生保障', '6.5', '>7.5', '预期性'],
        ['2、', '困难残疾人生活补贴覆盖率', '%', '民生保障', '100%', '100%', '约束性'],
        ['3、', '残疾人基本医疗保险参保率', '%', '民生保障', '97', '≥95', '约束性'],
        ['4、', '新增残疾人就业人数', '人', '就业与服务', '—', '〔50〕', '预期性'],
        ['5、', '残疾人职业技能培训', '人次', '就业与服务', '—', '累计5000', '预期性'],
        ['6、', '困难重度残疾人家庭无障碍改造户数', '户', '就业与服务', '120', '〔600〕', '约束性'],
        ['7、', '残疾人之家', '个', '就业与服务', '8', '≧15', '预期性'],
      ]);
      expect(t?.rows.map((r) => r.cumulative ?? false)).toEqual([false, false, false, true, true, true, false]);
      expect(t?.unread).toEqual([]);
    });
  },
);
