// The PDF reader on a notice printed by Chromium whose indicator table has a column too narrow for any of its
// cells (约束 / 性 wrap above and below each row's figures), a header cell over two lines, a 类别 merged over 3, 1 and
// 3 rows, and a page break with the header repeated (tests/fixtures/import/plan-tables/narrow-columns-chromium.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { NARROW_TABLE, printNarrowPdf } from '../../../tests/fixtures/import/plan-tables/narrow-columns-chromium.ts';
import { readTextTable } from '../plans/table/text-table.ts';
import { pdfToText, readPdf } from './pdf.ts';
import type { ReadDocument } from './types.ts';

// Printing and reading a Chromium PDF takes seconds on a busy machine.
const SLOW = { timeout: 60_000 };

describe('readPdf: a Chromium-printed table with a narrow, always-wrapped 指标属性 column', SLOW, () => {
  let bytes: Uint8Array;
  let doc: ReadDocument;
  beforeAll(async () => {
    bytes = await printNarrowPdf();
    doc = await readPdf(bytes.slice(), 'narrow.pdf');
  }, 60_000);

  it('takes out the running header and the page numbers on every page', () => {
    const removed = doc.removed.map((r) => [r.kind, r.text]);
    expect(removed.filter(([k]) => k === 'running-header').map(([, t]) => t)).toEqual(
      Array(3).fill('XX市残疾人联合会文件'),
    );
    expect(removed.filter(([k]) => k === 'page-number').map(([, t]) => t)).toEqual(['— 1 —', '— 2 —', '— 3 —']);
  });

  it('reads seven columns, each row with its 约束性 / 预期性, the header once more after the page break', () => {
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r.length)).toEqual(Array(9).fill(7));
    const header = ['类别', '序号', '指标名称', '单位', '基期值（2020年）', '目标值（2025年）', '指标属性'];
    expect(table?.type === 'table' && table.rows[0]).toEqual(header);
    expect(table?.type === 'table' && table.rows[5]).toEqual(header);
    expect(table?.type === 'table' && table.rows.map((r) => r[6])).toEqual([
      '指标属性',
      ...NARROW_TABLE.flatMap(([, rows]) => rows.map((r) => r[4])).slice(0, 4),
      '指标属性',
      ...NARROW_TABLE.flatMap(([, rows]) => rows.map((r) => r[4])).slice(4),
    ]);
  });

  it('hands the plan-table reader every indicator with its unit, category, values and attribute', async () => {
    const table = readTextTable(await pdfToText(bytes.slice()), 'pdf');
    expect([table?.baseYear, table?.targetYear]).toEqual([2020, 2025]);
    expect(table?.rows.map((r) => [r.name, r.unit, r.category, r.baseline, r.target, r.attribute])).toEqual(
      NARROW_TABLE.flatMap(([category, rows]) =>
        rows.map(([name, unit, base, target, attribute]) => [name, unit, category, base, target, attribute]),
      ),
    );
    expect(table?.unread).toEqual([]);
  });
});
