// The PDF reader on a plan table LibreOffice printed from a web page (tests/fixtures/import/plan-tables/
// two-row-header.html): the header over two rows (2020 / 年 wrapped above 基期值), 序号 and 指标名称 so near that
// they are one column, a unit and a figure (人次 —, 累计 5000 预期性) only the cells' padding apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { printTwoRowHeaderPdf } from '../../../tests/fixtures/import/plan-tables/two-row-header-chromium.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { checkWordsKept, wordsKeptProblems } from './words-kept.ts';
import { readTextTable } from '../plans/table/text-table.ts';
import { pdfToText, readPdf } from './pdf.ts';
import type { ReadDocument } from './types.ts';

/** [marker, name, unit, category, baseline, target, attribute] of each row, as the table prints it. */
const ROWS = [
  ['1、', '残疾人家庭人均可支配收入增速', '%', '民生保障', '6.5', '>7.5', '预期性'],
  ['2、', '困难残疾人生活补贴覆盖率', '%', '民生保障', '100%', '100%', '约束性'],
  ['3、', '残疾人基本医疗保险参保率', '%', '民生保障', '97', '≥95', '约束性'],
  ['4、', '新增残疾人就业人数', '人', '就业与服务', '—', '〔50〕', '预期性'],
  ['5、', '残疾人职业技能培训', '人次', '就业与服务', '—', '累计5000', '预期性'],
  ['6、', '困难重度残疾人家庭无障碍改造户数', '户', '就业与服务', '120', '〔600〕', '约束性'],
  ['7、', '残疾人之家', '个', '就业与服务', '8', '≧15', '预期性'],
];

const brief = (r: NonNullable<ReturnType<typeof readTextTable>>['rows'][number]) => [
  r.marker,
  r.name,
  r.unit,
  r.category,
  r.baseline,
  r.target,
  r.attribute,
];

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
      expect(t?.rows.map(brief)).toEqual(ROWS);
      expect(t?.rows.map((r) => r.cumulative ?? false)).toEqual([false, false, false, true, true, true, false]);
      expect(t?.unread).toEqual([]);
    });
  },
);

describe(
  'readPdf: the same table printed by Chromium on one page, with a running header and 第1页 共1页',
  { timeout: 60_000 },
  () => {
    let bytes: Uint8Array;
    let doc: ReadDocument;
    beforeAll(async () => {
      bytes = await printTwoRowHeaderPdf();
      doc = await readPdf(bytes.slice(), 'two-row-header.pdf');
    }, 60_000);

    it('takes out the header in the top margin and the page number although nothing repeats on one page', () => {
      expect(doc.removed.map((r) => [r.kind, r.text])).toEqual([
        ['running-header', '某戊县残疾人联合会'],
        ['page-number', '第1页共1页'],
      ]);
      const c = convertDocument(doc);
      expect(c.title?.text).toBe('某戊县残疾人事业发展“十四五”规划');
      const kept = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
      expect(wordsKeptProblems(kept, 'two-row-header.pdf')).toEqual([]);
    });

    it('reads every row with the characters on the page (人, not the radical ⼈, in cells cut apart)', async () => {
      const t = readTextTable(await pdfToText(bytes.slice()), 'pdf');
      expect(t?.rows.map(brief)).toEqual(ROWS);
      expect(t?.unread).toEqual([]);
    });
  },
);
