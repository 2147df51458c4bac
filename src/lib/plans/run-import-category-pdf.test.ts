import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { printHtmlPdf } from '../../../tests/fixtures/import/pdf/report-chromium.ts';
import { runImportIndicators } from './run-import-indicators.ts';

// A plan table whose 类别 cells are merged over 2, 3 and 4 rows (tests/fixtures/import/plan-tables/category-even.html,
// synthetic numbers), printed to PDF the two ways officials' PDFs are made: Chromium's print (made here, Chromium's
// PDFs are large) and LibreOffice's export (committed, made by tests/fixtures/import/plan-tables/make.ts). The label
// of an even group stands between its two middle rows; pdfToText used to glue those two rows into one line.
const FIXTURES = new URL('../../../tests/fixtures/import/plan-tables/', import.meta.url).pathname;

const ROWS = [
  ['困难残疾人生活补贴目标人群覆盖率', '%', '100', '100', '约束性'],
  ['重度残疾人护理补贴目标人群覆盖率', '%', '100', '100', '约束性'],
  ['城乡新增残疾人就业人数', '人', '〔800〕', '〔900〕', '预期性'],
  ['残疾人职业技能培训人次', '人次', '〔600〕', '〔700〕', '预期性'],
  ['残疾人辅助性就业机构', '个', '3', '≥5', '预期性'],
  ['残疾人基本康复服务覆盖率', '%', '80', '≥85', '约束性'],
  ['残疾人辅助器具适配率', '%', '80', '≥85', '约束性'],
  ['残疾儿童康复救助覆盖率', '%', '90', '≥95', '约束性'],
  ['社区康复站', '个', '12', '20', '预期性'],
];
const CATEGORIES = [
  '社会保障',
  '社会保障',
  '就业服务',
  '就业服务',
  '就业服务',
  '康复服务',
  '康复服务',
  '康复服务',
  '康复服务',
];

/** Runs `import:indicators plan.pdf` in a new site; returns its output and the indicators it wrote. */
async function importPdf(bytes: Uint8Array) {
  const root = mkdtempSync(join(tmpdir(), 'category-pdf-'));
  mkdirSync(join(root, 'data/plans'), { recursive: true });
  writeFileSync(join(root, 'plan.pdf'), bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportIndicators(['plan.pdf', '--plan', 'demo-plan', '--document', '900'], {
    root,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  const file = join(root, 'data/plans/demo-plan/indicators.yaml');
  const indicators =
    code === 0 ? (parse(readFileSync(file, 'utf8')) as { indicators: Record<string, unknown>[] }).indicators : [];
  return { code, out, err, indicators };
}

const read = (indicators: Record<string, unknown>[]) =>
  indicators.map((i) => [
    i.name,
    i.unit,
    (i.baseline as { text: string }).text,
    (i.target as { text: string }).text,
    i.attribute,
  ]);

describe('import:indicators on a Chromium print of a table with 类别 cells merged over 2, 3 and 4 rows', () => {
  let got: Awaited<ReturnType<typeof importPdf>>;
  beforeAll(async () => {
    got = await importPdf(await printHtmlPdf(readFileSync(join(FIXTURES, 'category-even.html'), 'utf8')));
  }, 60_000);

  it('reads every row with its name, unit, baseline, target and attribute', () => {
    expect(got.err).toEqual([]);
    expect(got.code).toBe(0);
    expect(got.out[0]).toBe('从 plan.pdf 读到 9 个指标（PDF 中的表格）：');
    expect(read(got.indicators)).toEqual(ROWS);
  });

  it('gives each row the category of its group, the label of an even group standing between its middle rows', () => {
    expect(got.indicators.map((i) => i.category)).toEqual(CATEGORIES);
    expect(got.out.filter((l) => l.includes('类别栏'))).toEqual([
      expect.stringContaining('：类别栏（合并单元格，写在本组中间）：第 1–2 项的分类为“社会保障”'),
      expect.stringContaining('：类别栏（合并单元格，写在本组中间）：第 3–5 项的分类为“就业服务”'),
      expect.stringContaining('：类别栏（合并单元格，写在本组中间）：第 6–9 项的分类为“康复服务”'),
    ]);
  });
});

describe('import:indicators on LibreOffice’s PDF of the same table (names wrapped at a loose line spacing, a page break)', () => {
  it('reads every row whole, and asks the official to check the categories it cannot place for sure', async () => {
    const got = await importPdf(readFileSync(join(FIXTURES, 'category-even-libreoffice.pdf')));
    expect(got.err).toEqual([]);
    expect(got.code).toBe(0);
    expect(read(got.indicators)).toEqual(ROWS);
    // The 康复服务 cell is split by the page break and printed in the middle of its first page's part, so the groups
    // cannot all be rebuilt: the dry run says so and the file's header asks for category to be checked.
    expect(got.out).toContainEqual(
      expect.stringContaining('类别栏：各类别的行数看不出来，分类按类别所在行及以下各行填写，请逐项核对 category'),
    );
  });
});

describe('import:indicators on LibreOffice’s PDF of a table with 类别 merged over 3, 1 and 3 rows and no 序号', () => {
  it('stops and writes nothing: the labels ran into the names (就业 城乡新增…), which would be published wrong', async () => {
    const got = await importPdf(readFileSync(join(FIXTURES, 'category-merged-odd-libreoffice.pdf')));
    expect(got.code).toBe(1);
    expect(got.indicators).toEqual([]);
    expect(got.err).toContainEqual(expect.stringContaining('表头有“类别”列，但没有一行读出类别'));
    expect(got.err.join('\n')).toContain('请从 Word 原件导入');
  });
});
