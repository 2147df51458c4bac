import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextTable } from './text-table.ts';
import type { ParsedTable } from './types.ts';

// Text copies of plan tables in three layouts real plans print (synthetic numbers).
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/import/plan-tables/${name}`, import.meta.url), 'utf8');

/** [name, unit, category, baseline, target, attribute, cumulative] of each row. */
const brief = (t: ParsedTable | undefined) =>
  t?.rows.map((r) => [
    r.name,
    r.unit ?? null,
    r.category ?? null,
    r.baseline ?? null,
    r.target,
    r.attribute ?? null,
    r.cumulative ?? false,
  ]);

describe('readTextTable: target year only, no 序号 column, rows numbered 1.', () => {
  const t = readTextTable(fixture('target-only.txt'));
  it('reads every row with its unit moved out of the name', () => {
    expect(t?.caption).toBe('示范市“十四五”残疾人事业发展主要指标');
    expect([t?.baseYear, t?.targetYear]).toEqual([undefined, 2025]);
    expect(brief(t)).toEqual([
      ['残疾人家庭人均收入年均增长', '%', null, null, '>7.5', '预期性', false],
      ['困难残疾人生活补贴目标人群覆盖率', '%', null, null, '≥98', '约束性', false],
      ['重度残疾人护理补贴目标人群覆盖率', '%', null, null, '≧98', '约束性', false],
      ['城乡新增残疾人就业人数', '万人', null, null, '〔0.6〕', '预期性', true],
      ['残疾人基本康复服务覆盖率', '%', null, null, '85%以上', '约束性', false],
      ['残疾人辅助器具适配率', '%', null, null, '>=85', '约束性', false],
      ['适龄残疾儿童少年义务教育入学率', '%', null, null, '95左右', '预期性', false],
      ['困难重度残疾人家庭无障碍改造户数', '户', null, null, '〔1200〕', '预期性', true],
      ['县级残疾人康复中心', '个', null, null, '7', '预期性', false],
      ['残疾人文化体育活动参与率', '%', null, null, '与全省平均水平同步', '预期性', false],
    ]);
  });
  it('keeps the cells as printed for the quote, the wrapped name joined', () => {
    expect(t?.rows[0]?.cells).toEqual(['1.残疾人家庭人均收入年均增长(%)', '>7.5', '预期性']);
    expect(t?.rows[7]?.cells).toEqual(['8.困难重度残疾人家庭无障碍改造户数（户）', '〔1200〕', '预期性']);
    expect(t?.rows[7]?.lines).toEqual([16, 17]);
    expect(t?.rows.map((r) => r.marker)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']);
  });
  it('ends at the heading after the table and has nothing unread', () => {
    expect(t?.unread).toEqual([]);
    expect(t?.end).toMatchObject({ line: 21, text: '二、主要任务', why: '表格后面的标题，表格到此结束' });
  });
});

describe('readTextTable: 序号 | 指标 | 2020年 | 2025年 | 属性 with category rows', () => {
  const t = readTextTable(fixture('categories-baseline-target.txt'));
  it('sets each row’s category from the category row above it', () => {
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(brief(t)).toEqual([
      ['困难残疾人生活补贴覆盖率', '%', '社会保障', '100', '100', '约束性', false],
      ['重度残疾人护理补贴覆盖率', '%', '社会保障', '100', '100', '约束性', false],
      ['残疾人城乡居民基本养老保险参保率', '%', '社会保障', '90', '≥95', '预期性', false],
      ['残疾人基本康复服务覆盖率', '%', '康复服务', '82', '>85', '约束性', false],
      ['残疾人辅助器具适配率', '%', '康复服务', '80', '≥85', '约束性', false],
      ['县级残疾人康复机构', '个', '康复服务', '—', '2', '预期性', false],
      ['残疾儿童少年义务教育入学率', '%', '教育就业', '93', '95左右', '预期性', false],
      ['城乡新增残疾人就业人数', '人', '教育就业', '〔520〕', '〔600〕', '预期性', true],
      ['残疾人家庭人均可支配收入与全县居民人均可支配收入之比', null, '教育就业', '0.61', '>0.65', '预期性', false],
      ['残疾人服务机构安全事故数', '起', '教育就业', '2', '<1', '约束性', false],
    ]);
  });
  it('lists the category rows and the joined lines, and stops at the table note', () => {
    expect(t?.passed?.map((p) => [p.line, p.text.trim()])).toEqual([
      [6, '一、社会保障'],
      [10, '（%）'],
      [11, '二、康复服务'],
      [15, '教育就业'],
      [19, '人均可支配收入之比'],
    ]);
    expect(t?.unread).toEqual([]);
    expect(t?.end).toMatchObject({ line: 22, why: '表注，表格到此结束' });
  });
});

describe('readTextTable: several years, 〔累计〕, split over a page break', () => {
  const t = readTextTable(fixture('several-years-page-break.txt'));
  it('reads baseline, the year between and the target, by the header', () => {
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(t?.header).toBe('序号 | 指标 | 2020年（基期值） | 2023年（中间年份） | 2025年（目标值） | 属性');
    expect(brief(t)).toEqual([
      ['残疾人家庭人均可支配收入', '元', null, '21000', '27000', '预期性', false],
      ['困难残疾人生活补贴标准', '元/月', null, '≥285', '≥320', '约束性', false],
      ['城乡新增残疾人就业人数', '人', null, '〔380〕', '〔400〕', '预期性', true],
      ['残疾人职业技能培训人次', '人次', null, '〔1500〕', '〔1800〕', '预期性', true],
      ['残疾人专业托养机构覆盖率', '%', null, '—', '≥80', '约束性', false],
      ['困难重度残疾人家庭无障碍改造户数', '户', null, '累计300', '累计350', '预期性', true],
      ['残疾人辅助器具适配率', '%', null, '86', '≥95', '约束性', false],
      ['残疾人文化体育示范点', '个', null, '12', '18', '预期性', false],
      ['残疾人服务投诉率', '%', null, '≤10', '≤5', '预期性', false],
    ]);
    expect(t?.rows.map((r) => r.others?.map((o) => [o.year, o.text, o.role]))).toEqual([
      [[2023, '24500', 'milestone']],
      [[2023, '≥300', 'milestone']],
      [[2023, '〔240〕', 'milestone']],
      [[2023, '〔900〕', 'milestone']],
      [[2023, '60', 'milestone']],
      [[2023, '累计180', 'milestone']],
      [[2023, '90', 'milestone']],
      [[2023, '15', 'milestone']],
      [[2023, '≤8', 'milestone']],
    ]);
  });
  it('joins the row split by the page break and passes over the page number and the repeated header', () => {
    const row6 = t?.rows[5];
    expect(row6?.cells).toEqual([
      '6',
      '困难重度残疾人家庭无障碍改造户数（户）',
      '累计300',
      '累计180',
      '累计350',
      '预期性',
    ]);
    expect(row6?.lines).toEqual([12, 17]);
    expect(t?.passed?.map((p) => [p.line, p.why])).toEqual([
      [10, '指标名称折行，接在第 9 行的名称后'],
      [14, '页码'],
      [16, '重复的表头（换页）'],
      [17, '指标名称折行，接在第 12 行的名称后'],
    ]);
    expect(t?.unread).toEqual([]);
  });
});

describe('readTextTable: what it cannot read', () => {
  const head = '指标    2020年    2025年    属性\n';
  it('reports a line inside the table that is no row', () => {
    const t = readTextTable(
      `${head}1.甲率(%)    50    60    预期性\n这是  一行  乱码  文字\n2.乙率(%)    1    2    约束性\n`,
    );
    expect(t?.rows.map((r) => r.name)).toEqual(['甲率', '乙率']);
    expect(t?.unread).toEqual([{ line: 3, text: '这是  一行  乱码  文字', why: '这一行不以序号开头，也接不上上一行' }]);
  });
  it('reports a row whose values do not fit the header, and a row without values', () => {
    const t = readTextTable(`${head}1.甲率(%)    50    60    70    预期性\n2.乙率(%)\n3.丙率(%)    1    2    约束性\n`);
    expect(t?.rows.map((r) => r.name)).toEqual(['丙率']);
    expect(t?.unread?.map((u) => [u.line, u.why])).toEqual([
      [2, '这一行有 3 个数值（50、60、70），表头只有 2 个数值栏'],
      [3, '这一行没有数值'],
    ]);
  });
  it('asks for a dash when a value cell is empty and the table has several years', () => {
    const t = readTextTable(
      '指标  2020年  2023年  2025年  属性\n1.甲率(%)  50  60  预期性\n2.乙率(%)  1  2  3  约束性\n',
    );
    expect(t?.unread?.[0]?.why).toMatch(/^这一行只有 2 个数值（50、60），表头有 3 个数值栏/);
  });
  it('refuses a row whose target is a dash', () => {
    const t = readTextTable(`${head}1.甲率(%)    50    —    预期性\n2.乙率(%)    1    2    约束性\n`);
    expect(t?.unread).toEqual([{ line: 2, text: '1.甲率(%)    50    —    预期性', why: '目标栏是“—”，没有目标值' }]);
  });
  it('takes a heading after the table for the end of the table, not for a category', () => {
    const t = readTextTable(`${head}1.甲率(%)    50    60    预期性\n\n三、主要任务\n（一）健全残疾人社会保障制度。\n`);
    expect(t?.rows.map((r) => [r.name, r.category ?? null])).toEqual([['甲率', null]]);
    expect(t?.unread).toEqual([]);
    expect(t?.end?.line).toBe(4);
  });
  it('finds no table in text without a header', () => {
    expect(readTextTable('一、总体情况\n全市持证残疾人1234人。\n')).toBeUndefined();
  });
});

describe('readTextTable: a 类别 column whose merged cells print in the middle of their groups', () => {
  it('gives each row the category of its group, not of the label above it', () => {
    const t = readTextTable(fixture('category-column.txt'));
    expect(t?.rows.map((r) => [r.marker, r.name, r.unit, r.category])).toEqual([
      ['（1）', '困难残疾人生活补贴目标人群覆盖率', '%', '社会保障'],
      ['（2）', '重度残疾人护理补贴目标人群覆盖率', '%', '社会保障'],
      ['（3）', '残疾人城乡居民基本养老保险参保率', '%', '社会保障'],
      ['（4）', '城乡新增残疾人就业人数', '万人', '就业服务'],
      ['（5）', '残疾人职业技能培训人次', '万人次', '就业服务'],
      ['（6）', '残疾人基本康复服务覆盖率', '%', '康复服务'],
    ]);
    expect(t?.rows[1]?.cells).toEqual([
      '社会保障',
      '（2）重度残疾人护理补贴目标人群覆盖率（%）',
      '100',
      '100',
      '约束性',
    ]);
    expect(t?.passed?.map((p) => [p.line, p.why])).toEqual([
      [7, '类别栏（合并单元格，写在本组中间）：第 1–3 项的分类为“社会保障”'],
      [10, '类别栏（合并单元格，写在本组中间）：第 4–5 项的分类为“就业服务”'],
      [12, '类别栏（合并单元格，写在本组中间）：第 6 项的分类为“康复服务”'],
    ]);
    expect(t?.unread).toEqual([]);
  });
});

describe('readTextTable: a 类别 column and no numbers (a PDF table with its merged cells between the rows)', () => {
  // As pdfToText writes a Chromium print of tests/fixtures/import/plan-tables/category-even.html.
  const text = [
    '类别    指标    2020年    2025年    属性',
    '甲覆盖率（%）    100    100    约束性',
    '社会保障',
    '乙覆盖率（%）    98    ≥99    约束性',
    '丙人数（人）    〔800〕    〔900〕    预期性',
    '就业服务    丁人次（人次）    〔600〕    〔700〕    预期性',
    '戊机构（个）    3    ≥5    预期性',
    '',
  ].join('\n');
  it('reads a row’s first figure as a figure, not as a 序号 after a category, and spreads the labels', () => {
    const t = readTextTable(text);
    expect(t?.rows.map((r) => [r.name, r.category, r.baseline, r.target, r.attribute])).toEqual([
      ['甲覆盖率', '社会保障', '100', '100', '约束性'],
      ['乙覆盖率', '社会保障', '98', '≥99', '约束性'],
      ['丙人数', '就业服务', '〔800〕', '〔900〕', '预期性'],
      ['丁人次', '就业服务', '〔600〕', '〔700〕', '预期性'],
      ['戊机构', '就业服务', '3', '≥5', '预期性'],
    ]);
    expect(t?.unread).toEqual([]);
  });
});

describe('readTextTable: a table printed in two halves side by side', () => {
  it('reads the left half’s rows, then the right half’s, each with the line it stands on', () => {
    const t = readTextTable(fixture('side-by-side.txt'));
    expect(t?.header).toBe('序号 | 指标 | 2025年目标（目标值） | 属性');
    expect(t?.rows.map((r) => [r.line, r.marker, r.name, r.unit, r.target, r.attribute])).toEqual([
      [4, '1', '困难残疾人生活补贴覆盖率', '%', '≥98', '约束性'],
      [5, '2', '重度残疾人护理补贴覆盖率', '%', '≥98', '约束性'],
      [6, '3', '残疾人基本康复服务覆盖率', '%', '≥85', '约束性'],
      [4, '4', '城乡新增残疾人就业人数', '人', '〔500〕', '预期性'],
      [5, '5', '残疾人职业技能培训人次', '人次', '〔800〕', '预期性'],
      [6, '6', '社区康复站', '个', '10', '预期性'],
    ]);
    expect(t?.unread).toEqual([]);
    expect(t?.end?.line).toBe(8);
  });
});

describe('readTextTable: text copied over a page break, with the page number and the next page’s running header', () => {
  const t = readTextTable(fixture('page-break-running-header.txt'));
  it('passes over the running header instead of reading it as a category', () => {
    expect(t?.passed?.map((p) => [p.text, p.why])).toEqual([
      ['第 2 页 共 3 页', '页码'],
      ['XX市残疾人联合会文件', '页眉或页脚（换页处）'],
      ['序号\t指标\t单位\t2020年\t2025年\t属性', '重复的表头（换页）'],
      ['2/3', '页码'],
    ]);
    expect(brief(t)).toEqual([
      ['困难残疾人生活补贴覆盖率', '%', null, '99', '≥99', '约束性', false],
      ['重度残疾人护理补贴覆盖率', '%', null, '98', '≥99', '约束性', false],
      ['城乡新增残疾人就业', '万人', null, '—', '〔0.8〕', '预期性', true],
      ['残疾人康复机构', '个', null, '6', '>8', '预期性', false],
      ['残疾人托养服务人数', '人', null, '300', '累计1500', '预期性', true],
    ]);
    expect(t?.unread).toEqual([]);
  });
});
