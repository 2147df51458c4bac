import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../tests/fixtures/import/minimal-docx.ts';
import { seedPath } from '../../../tests/fixtures/import/seeds.ts';
import { parseColumnsTable, parseDocxTable, parseLinesTable, parseTextTable } from './import-table.ts';
import { tableToIndicators } from './table-to-indicators.ts';

const brief = (
  t: { rows: { seq: number; name: string; baseline?: string; target: string; attribute?: string }[] } | undefined,
) => t?.rows.map((r) => [r.seq, r.name, r.baseline ?? null, r.target, r.attribute ?? null]);

// Synthetic table (not a published figure): a merged value cell in row 1, a lower-is-better row, units other than %.
const LINES = `示例规划
“十四五”时期示例主要指标

序号

指  标

2020年

基期值

2025年

目标值

指标

属性

1

示例收入年均增速

与全市生产总值增长同步

预期性

2

示例覆盖率

70%

≧90%

约束性

3

示例改造户数

100户

>200户

预期性

二、主要任务`;

describe('parseLinesTable', () => {
  it('reads one cell per line with a header split over lines and a merged cell', () => {
    const t = parseLinesTable(LINES);
    expect(t?.format).toBe('lines');
    expect(t?.caption).toBe('“十四五”时期示例主要指标');
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(brief(t)).toEqual([
      [1, '示例收入年均增速', null, '与全市生产总值增长同步', '预期性'],
      [2, '示例覆盖率', '70%', '≧90%', '约束性'],
      [3, '示例改造户数', '100户', '>200户', '预期性'],
    ]);
    expect(t?.rows[1]?.line).toBe(28);
  });
  it('reads a table without an attribute column', () => {
    const t = parseLinesTable('序号\n指标\n2020年基期值\n2025年目标值\n1\n甲率\n50%\n60%\n2\n乙率\n1%\n2%\n');
    expect(brief(t)).toEqual([
      [1, '甲率', '50%', '60%', null],
      [2, '乙率', '1%', '2%', null],
    ]);
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
  });
});

describe('parseColumnsTable', () => {
  it('reads space-aligned columns as PDF text gives them, with a wrapped name', () => {
    const text = [
      '主要指标',
      '序号  指标                      2020年基期值   2025年目标值   指标属性',
      '1     示例收入年均增速          与全市生产总值增长同步       预期性',
      '2     示例覆盖率                70%            ≧90%           约束性',
      '3     符合条件示例家庭无障碍',
      '      改造率                    90%            95%            约束性',
      '',
      '二、主要任务',
    ].join('\n');
    const t = parseColumnsTable(text);
    expect(t?.caption).toBe('主要指标');
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(brief(t)).toEqual([
      [1, '示例收入年均增速', null, '与全市生产总值增长同步', '预期性'],
      [2, '示例覆盖率', '70%', '≧90%', '约束性'],
      [3, '符合条件示例家庭无障碍改造率', '90%', '95%', '约束性'],
    ]);
    expect(parseTextTable(text)?.format).toBe('columns');
  });
});

describe('parseDocxTable', () => {
  it('reads the table of a .docx', async () => {
    const docx = minimalDocx([
      '“十四五”时期示例主要指标',
      [
        ['序号', '指标', '2020年基期值', '2025年目标值', '指标属性'],
        ['1', '示例收入年均增速', '与全市生产总值增长同步', '预期性'],
        ['2', '示例覆盖率', '70%', '>99%', '约束性'],
      ],
      '正文。',
    ]);
    const t = await parseDocxTable(docx);
    expect(t?.format).toBe('docx');
    expect(t?.caption).toBe('“十四五”时期示例主要指标');
    expect([t?.baseYear, t?.targetYear]).toEqual([2020, 2025]);
    expect(brief(t)).toEqual([
      [1, '示例收入年均增速', null, '与全市生产总值增长同步', '预期性'],
      [2, '示例覆盖率', '70%', '>99%', '约束性'],
    ]);
  });
});

describe('tableToIndicators', () => {
  it('drafts indicators with verbatim sources, qualitative targets and units from the cells', () => {
    const t = parseLinesTable(LINES)!;
    const d = tableToIndicators(t, { document: '009' });
    expect(d.errors).toEqual([]);
    expect(d.indicators[2]).toEqual({
      id: 'indicator-03',
      name: '示例改造户数',
      unit: '户',
      attribute: '预期性',
      direction: 'higher',
      main: true,
      baseline: { year: 2020, value: 100, text: '100户' },
      target: { year: 2025, text: '>200户' },
      source: {
        document: '009',
        quote: '3 | 示例改造户数 | 100户 | >200户 | 预期性',
        location: '“十四五”时期示例主要指标表第3行',
      },
    });
    expect(d.indicators[0]?.target).toEqual({ year: 2025, text: '与全市生产总值增长同步', qualitative: true });
    expect(d.remarks).toEqual([
      '第 1 行“示例收入年均增速”：原文没有写单位，暂填“%”，请核对',
      '第 1 行“示例收入年均增速”：目标“与全市生产总值增长同步”没有数值，按文字目标（qualitative）写入',
    ]);
  });
  it('needs a target year', () => {
    const t = parseLinesTable('序号\n指标\n基期值\n目标值\n1\n甲率\n50%\n60%\n')!;
    expect(tableToIndicators(t, { document: '009' }).errors).toEqual([
      '表头中找不到目标年份（如“2025年目标值”）：请加上 --target-year 2025 这样的参数',
    ]);
    expect(tableToIndicators(t, { document: '009', targetYear: 2025, baseYear: 2020 }).errors).toEqual([]);
  });
});

const seed003 = seedPath('003');
describe('seed 003', () => {
  it('reads the 14 main indicators exactly as the published indicators file has them', async () => {
    const t = parseTextTable(readFileSync(seed003, 'utf8'))!;
    const drafted = tableToIndicators(t, { document: '003' }).indicators;
    const { parse } = await import('yaml');
    const published = (
      parse(readFileSync('data/plans/lishui-2021-2025/indicators.yaml', 'utf8')) as {
        indicators: Record<string, unknown>[];
      }
    ).indicators.filter((i) => i.main);
    const pick = (i: Record<string, unknown>) => [i.name, i.unit, i.attribute, i.baseline ?? null, i.target, i.source];
    expect(drafted.map(pick)).toEqual(published.map(pick));
  });
});
