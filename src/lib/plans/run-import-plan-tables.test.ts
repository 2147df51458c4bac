import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wordTableDocx } from '../../../tests/fixtures/import/plan-tables/word-table-docx.ts';
import { indicatorsFileSchema } from './indicator-schema.ts';
import { parseDocxTable } from './import-table.ts';
import { runImportIndicators } from './run-import-indicators.ts';

// Plan tables as real plans print them (text copies in three layouts and a Word table; synthetic numbers), through
// `npm run import:indicators`.
const FIXTURES = new URL('../../../tests/fixtures/import/plan-tables/', import.meta.url).pathname;

function site(file?: string) {
  const root = mkdtempSync(join(tmpdir(), 'plan-tables-'));
  mkdirSync(join(root, 'data/plans'), { recursive: true });
  if (file) copyFileSync(join(FIXTURES, file), join(root, file));
  const out: string[] = [];
  const err: string[] = [];
  return { root, out, err, io: { root, out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

type Written = { indicators: Record<string, unknown>[] };
const written = (root: string) =>
  parse(readFileSync(join(root, 'data/plans/demo-plan/indicators.yaml'), 'utf8')) as Written;
const args = (file: string) => [file, '--plan', 'demo-plan', '--document', '900'];

describe('import:indicators on a table with only a target year and no 序号 column', () => {
  it('reads every row: name without the unit, comparator, value, attribute', async () => {
    const { root, out, err, io } = site('target-only.txt');
    expect(await runImportIndicators(args('target-only.txt'), io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe('从 target-only.txt 读到 10 个指标（按空格对齐的文字表格（如 PDF 复制的文字））：');
    expect(out[1]).toBe('  1. 残疾人家庭人均收入年均增长 ｜ 基期 （无） ｜ 目标 >7.5 ｜ 预期性');
    expect(out).toContain(
      '  1.（第 9 行，序号 1.）残疾人家庭人均收入年均增长 ｜ 单位 % ｜ 分类 （无） ｜ 基期 （无） ｜ 目标 2025年 7.5%（比较符号 >） ｜ 属性 预期性',
    );
    expect(out).toContain(
      '  4.（第 12 行，序号 4.）城乡新增残疾人就业人数 ｜ 单位 万人 ｜ 分类 （无） ｜ 基期 （无） ｜ 目标 2025年 0.6 万人（未写比较符号，累计） ｜ 属性 预期性',
    );
    const { indicators } = written(root);
    expect(indicators).toHaveLength(10);
    expect(indicators[0]).toEqual({
      id: 'indicator-01',
      name: '残疾人家庭人均收入年均增长',
      unit: '%',
      attribute: '预期性',
      direction: 'higher',
      main: true,
      target: { year: 2025, text: '>7.5' },
      source: {
        document: '900',
        quote: '1.残疾人家庭人均收入年均增长(%) | >7.5 | 预期性',
        location: '示范市“十四五”残疾人事业发展主要指标表第1行',
      },
    });
    expect(indicators[3]).toMatchObject({
      name: '城乡新增残疾人就业人数',
      unit: '万人',
      cumulative: true,
      target: { year: 2025, text: '〔0.6〕', value: 0.6 },
    });
    expect(indicators[6]).toMatchObject({ unit: '%', target: { year: 2025, text: '95左右', qualitative: true } });
    expect(indicators[7]).toMatchObject({
      name: '困难重度残疾人家庭无障碍改造户数',
      unit: '户',
      target: { text: '〔1200〕', value: 1200 },
    });
    // What the site reads: comparators normalised, values from the text.
    const parsed = indicatorsFileSchema.parse(written(root));
    expect(
      parsed.indicators.map((i) =>
        i.target.kind === 'numeric' ? `${i.target.comparator}${i.target.value}` : i.target.kind,
      ),
    ).toEqual(['>7.5', '≥98', '≥98', '≥0.6', '≥85', '≥85', 'qualitative', '≥1200', '≥7', 'qualitative']);
  });
});

describe('import:indicators on 序号 | 指标 | 2020年 | 2025年 | 属性 with category rows', () => {
  it('writes categories, leaves out a baseline printed as —, and drafts ≤/< targets as lower-is-better', async () => {
    const { root, out, io } = site('categories-baseline-target.txt');
    expect(await runImportIndicators(args('categories-baseline-target.txt'), io)).toBe(0);
    const { indicators } = written(root);
    expect(indicators.map((i) => [i.name, i.unit, i.category])).toEqual([
      ['困难残疾人生活补贴覆盖率', '%', '社会保障'],
      ['重度残疾人护理补贴覆盖率', '%', '社会保障'],
      ['残疾人城乡居民基本养老保险参保率', '%', '社会保障'],
      ['残疾人基本康复服务覆盖率', '%', '康复服务'],
      ['残疾人辅助器具适配率', '%', '康复服务'],
      ['县级残疾人康复机构', '个', '康复服务'],
      ['残疾儿童少年义务教育入学率', '%', '教育就业'],
      ['城乡新增残疾人就业人数', '人', '教育就业'],
      ['残疾人家庭人均可支配收入与全县居民人均可支配收入之比', '个', '教育就业'],
      ['残疾人服务机构安全事故数', '起', '教育就业'],
    ]);
    expect(indicators[5]?.baseline).toBeUndefined();
    expect(indicators[0]?.baseline).toEqual({ year: 2020, value: 100, text: '100' });
    expect(indicators[7]).toMatchObject({
      cumulative: true,
      baseline: { year: 2020, value: 520, text: '〔520〕' },
      target: { text: '〔600〕', value: 600 },
    });
    expect(indicators[9]).toMatchObject({ direction: 'lower', target: { text: '<1' } });
    expect(indicators[2]?.source).toEqual({
      document: '900',
      quote: '3 | 残疾人城乡居民基本养老保险参保率（%） | 90 | ≥95 | 预期性',
      location: '示例县“十四五”时期残疾人事业发展主要指标表第3行',
    });
    expect(out).toContain('  第 6 行 “一、社会保障”：分类行：下面各行的分类（category）为“社会保障”');
    expect(out).toContain('请核对：第 6 行“县级残疾人康复机构”：基期栏是“—”（原文没有基期值），没有写入 baseline');
  });
});

describe('import:indicators on several years with 〔累计〕 values over a page break', () => {
  it('writes the year between as a milestone and joins the row the page break split', async () => {
    const { root, out, io } = site('several-years-page-break.txt');
    expect(await runImportIndicators(args('several-years-page-break.txt'), io)).toBe(0);
    const { indicators } = written(root);
    expect(indicators).toHaveLength(9);
    expect(indicators[5]).toMatchObject({
      name: '困难重度残疾人家庭无障碍改造户数',
      unit: '户',
      cumulative: true,
      baseline: { year: 2020, value: 300, text: '累计300' },
      target: { year: 2025, text: '累计350', value: 350 },
      milestones: [{ year: 2023, text: '累计180' }],
      source: { quote: '6 | 困难重度残疾人家庭无障碍改造户数（户） | 累计300 | 累计180 | 累计350 | 预期性' },
    });
    expect(indicators[1]).toMatchObject({
      unit: '元/月',
      baseline: { value: 285, text: '≥285' },
      target: { text: '≥320' },
      milestones: [{ year: 2023, text: '≥300' }],
    });
    expect(out).toContain('  第 14 行 “— 6 —”：页码');
    expect(out).toContain('表头：序号 | 指标 | 2020年（基期值） | 2023年（中间年份） | 2025年（目标值） | 属性');
  });
});

describe('import:indicators on a Word table', () => {
  it('reads a two-row header, category rows over the width, a wrapped name and a merged value cell', async () => {
    const bytes = await wordTableDocx('专栏1  示例县“十四五”时期残疾人事业发展主要指标', [
      '一、社会保障',
      ['1', '困难残疾人生活补贴覆盖率（%）', '100', '100', '约束性'],
      ['2', '残疾人城乡居民基本养老保险\n参保率（%）', '90', '≥95', '预期性'],
      ['3', '残疾人家庭人均可支配收入年均增速', '与全县经济增长同步', '预期性'],
      '二、康复服务',
      ['4', '县级残疾人康复机构（个）', '—', '2', '预期性'],
      ['5', '城乡新增残疾人就业人数（人）', '〔520〕', '〔600〕', '预期性'],
    ]);
    const t = await parseDocxTable(bytes);
    expect([t?.baseYear, t?.targetYear, t?.caption]).toEqual([2020, 2025, '示例县“十四五”时期残疾人事业发展主要指标']);
    expect(
      t?.rows.map((r) => [r.name, r.unit ?? null, r.category ?? null, r.baseline ?? null, r.target, r.attribute]),
    ).toEqual([
      ['困难残疾人生活补贴覆盖率', '%', '社会保障', '100', '100', '约束性'],
      ['残疾人城乡居民基本养老保险参保率', '%', '社会保障', '90', '≥95', '预期性'],
      ['残疾人家庭人均可支配收入年均增速', null, '社会保障', null, '与全县经济增长同步', '预期性'],
      ['县级残疾人康复机构', '个', '康复服务', '—', '2', '预期性'],
      ['城乡新增残疾人就业人数', '人', '康复服务', '〔520〕', '〔600〕', '预期性'],
    ]);

    const { root, io } = site();
    writeFileSync(join(root, 'plan.docx'), bytes);
    expect(await runImportIndicators(args('plan.docx'), io)).toBe(0);
    expect(written(root).indicators.map((i) => i.category)).toEqual([
      '社会保障',
      '社会保障',
      '社会保障',
      '康复服务',
      '康复服务',
    ]);
  });
});

describe('import:indicators writes nothing half-read', () => {
  it('prints the rows it read and every line it could not read, exits 1 and writes nothing', async () => {
    const { root, out, err, io } = site();
    writeFileSync(
      join(root, 'table.txt'),
      [
        '主要指标',
        '指 标    2025 年    属 性',
        '1.甲率(%)    >7.5    预期性',
        '见下页  说明  文字',
        '2.乙数（万人）    〔0.6〕    预期性',
        '3.丙率(%)',
        '4.丁率(%)    85    约束性',
        '',
      ].join('\n'),
    );
    expect(await runImportIndicators(['table.txt', '--plan', 'demo-plan', '--document', '900'], io)).toBe(1);
    expect(out.slice(0, 4)).toEqual([
      '从 table.txt 读到 3 个指标（按空格对齐的文字表格（如 PDF 复制的文字））：',
      '  1. 甲率 ｜ 基期 （无） ｜ 目标 >7.5 ｜ 预期性',
      '  2. 乙数 ｜ 基期 （无） ｜ 目标 〔0.6〕 ｜ 预期性',
      '  3. 丁率 ｜ 基期 （无） ｜ 目标 85 ｜ 约束性',
    ]);
    expect(err.slice(0, 2)).toEqual([
      'table.txt:4: 主要指标表 — 这一行读不出来：“见下页  说明  文字”（这一行不以序号开头，也接不上上一行） — 对照原文改正这一行（每行依次写序号、指标名称、各年数值、属性，各栏之间空两格），或删去表格中夹杂的其他文字后再导入',
      'table.txt:6: 主要指标表 — 这一行读不出来：“3.丙率(%)”（这一行没有数值） — 对照原文改正这一行（每行依次写序号、指标名称、各年数值、属性，各栏之间空两格），或删去表格中夹杂的其他文字后再导入',
    ]);
    expect(existsSync(join(root, 'data/plans/demo-plan/indicators.yaml'))).toBe(false);
  });
});

describe('import:indicators on PDFs', () => {
  it('reads the layout quoted in issue 15 from a LibreOffice PDF (h/pdf’s fixture), with its category rows', async () => {
    const { root, out, io } = site();
    copyFileSync(
      new URL('../../../tests/fixtures/import/pdf/plan-libreoffice.pdf', import.meta.url).pathname,
      join(root, 'plan.pdf'),
    );
    expect(await runImportIndicators(args('plan.pdf'), io)).toBe(0);
    expect(out[0]).toBe('从 plan.pdf 读到 5 个指标（PDF 中的表格）：');
    expect(
      written(root).indicators.map((i) => [
        i.name,
        i.unit,
        i.category,
        i.attribute,
        (i.target as { text: string }).text,
      ]),
    ).toEqual([
      ['残疾人家庭人均收入年均增长', '%', '社会保障', '预期性', '>7.5'],
      ['困难残疾人生活补贴覆盖率', '%', '社会保障', '约束性', '≥95'],
      ['重度残疾人护理补贴覆盖率', '%', '社会保障', '约束性', '≥95'],
      ['城乡新增残疾人就业人数', '人', '就业服务', '预期性', '〔1000〕'],
      ['残疾人职业技能培训人次', '人次', '就业服务', '预期性', '〔2000〕'],
    ]);
  });

  it('reads several years over a page break with the header repeated, from a Word table exported by LibreOffice', async () => {
    const { root, out, io } = site('several-years-libreoffice.pdf');
    expect(await runImportIndicators(args('several-years-libreoffice.pdf'), io)).toBe(0);
    const { indicators } = written(root);
    expect(
      indicators.map((i) => [
        i.name,
        i.unit,
        (i.baseline as { text: string } | undefined)?.text ?? null,
        (i.target as { text: string }).text,
      ]),
    ).toEqual([
      ['残疾人家庭人均可支配收入', '元', '21000', '27000'],
      ['困难残疾人生活补贴标准', '元/月', '≥285', '≥320'],
      ['城乡新增残疾人就业人数', '人', '〔380〕', '〔400〕'],
      ['残疾人职业技能培训人次', '人次', '〔1500〕', '〔1800〕'],
      ['残疾人专业托养机构覆盖率', '%', null, '≥80'],
      // pdf.js gives the text layer's space between 累计 and the digits; the quote keeps it.
      ['困难重度残疾人家庭无障碍改造户数', '户', '累计 300', '累计 350'],
      ['残疾人辅助器具适配率', '%', '86', '≥95'],
      ['残疾人文化体育示范点', '个', '12', '18'],
      ['残疾人服务投诉率', '%', '≤10', '≤5'],
    ]);
    // Row 3's unit and row 4's first line are on page 2, after the repeated header: both joined to their rows.
    expect(indicators[2]?.source).toMatchObject({
      quote: '3 | 城乡新增残疾人就业人数（人） | 〔380〕 | 〔240〕 | 〔400〕 | 预期性',
    });
    expect(indicators[3]).toMatchObject({ cumulative: true, milestones: [{ year: 2023, text: '〔900〕' }] });
    expect(indicators[3]?.source).toMatchObject({
      quote: '4 | 残疾人职业技能培训人次（人次，累计） | 〔1500〕 | 〔900〕 | 〔1800〕 | 预期性',
    });
    expect(out.some((l) => l.includes('重复的表头（换页）'))).toBe(true);
  });
});

describe('import:indicators on a table with a 单位 column, made by LibreOffice', () => {
  const expected = [
    ['困难残疾人生活补贴覆盖率', '%', '社会保障', 100, '100'],
    ['残疾人家庭人均可支配收入增长', '%', '社会保障', null, '≥6.5'],
    ['残疾人基本康复服务覆盖率', '%', '康复与教育', 85, '≥90'],
    ['适龄残疾儿童少年义务教育入学率', '%', '康复与教育', 95, '97以上'],
    ['新建残疾人康复机构', '个', '康复与教育', null, '〔3〕'],
  ];
  const pick = (i: Record<string, unknown>) => [
    i.name,
    i.unit,
    i.category,
    (i.baseline as { value: number } | undefined)?.value ?? null,
    (i.target as { text: string }).text,
  ];

  it('reads the Word file LibreOffice saved', async () => {
    const { root, io } = site('unit-column-libreoffice.docx');
    expect(await runImportIndicators(args('unit-column-libreoffice.docx'), io)).toBe(0);
    expect(written(root).indicators.map(pick)).toEqual(expected);
  });

  it('reads the same table saved as text, one cell per line (the 单位 cell is not taken for the baseline)', async () => {
    const { root, out, io } = site('unit-column-libreoffice.txt');
    expect(await runImportIndicators(args('unit-column-libreoffice.txt'), io)).toBe(0);
    expect(out[0]).toBe('从 unit-column-libreoffice.txt 读到 5 个指标（一格一行的文字表格）：');
    expect(written(root).indicators.map(pick)).toEqual(expected);
    expect(written(root).indicators[0]?.source).toEqual({
      document: '900',
      quote: '1 | 困难残疾人生活补贴覆盖率 | % | 100 | 100 | 约束性',
      location: '示例县残疾人事业发展“十四五”规划主要指标表第1行',
    });
  });
});
