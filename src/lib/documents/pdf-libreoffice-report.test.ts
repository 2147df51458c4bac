// The PDF reader on LibreOffice's export of a mid-term report (tests/fixtures/import/pdf/report-libreoffice.ts):
// 黑体 headings at 三号 and 四号 over a 仿宋-like 三号 body, running header and footer “- N -”, and an indicator table
// whose 类别 labels stand at the top of their merged cells, only the cells' padding from the first row's name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TABLE } from '../../../tests/fixtures/import/pdf/report-libreoffice.ts';
import { readTextTable } from '../plans/table/text-table.ts';
import { pdfToText, readPdf } from './pdf.ts';
import type { ReadDocument } from './types.ts';

const PDF = join(import.meta.dirname, '../../../tests/fixtures/import/pdf/report-libreoffice.pdf');
const bytes = () => new Uint8Array(readFileSync(PDF));

// Reading a PDF takes a second or more on a busy machine.
const SLOW = { timeout: 30_000 };

describe('readPdf: LibreOffice report, indicator table with 类别 merged over 3, 1 and 5 rows', SLOW, () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = await readPdf(bytes(), 'report-libreoffice.pdf');
  }, 30_000);

  it('takes out the running header and the footer - N - of every page', () => {
    expect(doc.removed.map((r) => [r.kind, r.text, r.page])).toEqual([
      ['running-header', '某丁市残疾人联合会', 1],
      ['page-number', '- 1 -', 1],
      ['running-header', '某丁市残疾人联合会', 2],
      ['page-number', '- 2 -', 2],
      ['running-header', '某丁市残疾人联合会', 3],
      ['page-number', '- 3 -', 3],
    ]);
  });

  it('puts each 类别 label in the 类别 column, apart from the name beside it', () => {
    const table = doc.blocks.find((b) => b.type === 'table');
    const rows = table?.type === 'table' ? table.rows : [];
    expect(rows.map((r) => r.slice(0, 2)).filter(([c]) => c && c !== '类别')).toEqual([
      ['残疾人保障', '困难残疾人生活补贴覆盖率（%）'],
      ['就业创业', '城乡新增残疾人就业（人）'],
      ['康复服务', '残疾人基本康复服务覆盖率（%）'],
    ]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('ends a name with the unit that wrapped alone under it, the row spacing being no help', () => {
    const table = doc.blocks.find((b) => b.type === 'table');
    const rows = table?.type === 'table' ? table.rows : [];
    expect(rows.map((r) => r[1])).toEqual([
      '指标',
      ...TABLE[0]![1].map((r) => r[0]),
      ...TABLE[1]![1].map((r) => r[0]),
      '指标',
      ...TABLE[2]![1].map((r) => r[0]),
    ]);
  });

  it('hands the plan-table reader every indicator with its category, unit, values and attribute', async () => {
    const t = readTextTable(await pdfToText(bytes()), 'pdf');
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    const unitOf = (name: string) => /（([^（）]+)）$/.exec(name)?.[1];
    expect(
      t?.rows.map((r) => [r.category, r.name, r.unit, r.baseline, r.target.replace(/\s+/g, ''), r.attribute]),
    ).toEqual(
      TABLE.flatMap(([category, rows]) =>
        rows.map(([name, base, target, attribute]) => [
          category,
          name.replace(/（[^（）]+）$/, ''),
          unitOf(name),
          base,
          target,
          attribute,
        ]),
      ),
    );
    expect(t?.unread).toEqual([]);
  });
});

describe(
  'readPdf: LibreOffice report, 四号黑体 headings over a 三号 body, paragraphs by first-line indent',
  SLOW,
  () => {
    let doc: ReadDocument;
    beforeAll(async () => {
      doc = await readPdf(bytes(), 'report-libreoffice.pdf');
    }, 30_000);
    const of = (type: 'heading' | 'paragraph') =>
      doc.blocks.flatMap((b) => (b.type === type ? [b.type === 'heading' ? [b.level, b.text] : b.text] : []));

    it('reads the title, the 三号 一、 headings and the 四号 （一） headings (one wrapped over two lines) by level', () => {
      expect(doc.meta.title).toBe('某丁市残疾人事业发展“十四五”规划中期评估报告');
      expect(of('heading')).toEqual([
        [1, '某丁市残疾人事业发展“十四五”规划中期评估报告'],
        [2, '一、规划实施总体情况'],
        [3, '（一）残疾人社会保障体系进一步健全，困难残疾人基本生活得到有效保障'],
        [3, '（二）主要指标完成情况'],
        [2, '二、存在的主要问题'],
      ]);
    });

    it('ends a paragraph whose last line is full where the next one is indented', () => {
      const paragraphs = of('paragraph') as string[];
      expect(paragraphs[1]).toBe(
        '本段文字恰好写满一行，最后一个字落在行末尾处，下一行开头另起新段落后面的文字都写在这里，共计二十八个字正好。',
      );
      expect(paragraphs[2]).toMatch(/^各级残联组织要立足本地实际/);
      expect(paragraphs).toHaveLength(10);
    });
  },
);
