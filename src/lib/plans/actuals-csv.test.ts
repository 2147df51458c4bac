import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { parseActualsCsv } from './actuals-csv.ts';

const HEADER = 'indicator,year,value,text,document,quote,note';
const parse = (text: string) => parseActualsCsv('a.csv', text);

describe('parseActualsCsv', () => {
  it('reads rows with their lines, a BOM and quoted cells spanning lines', () => {
    const r = parse(
      `\uFEFF${HEADER}\r\nx,2023,67,67名,004,"共康复救助孤独症儿童67名，\n超出任务数10个",\n\ny,2022,1.5,,004,句子,备注\n`,
    );
    expect(r.problems).toEqual([]);
    expect(r.rows.map((a) => [a.indicator, a.year, a.value, a.line])).toEqual([
      ['x', 2023, 67, 2],
      ['y', 2022, 1.5, 5],
    ]);
    expect(r.rows[0]?.text).toBe('67名');
    expect(r.rows[1]?.note).toBe('备注');
    expect(r.rows[0]?.source).toEqual({ document: '004', quote: '共康复救助孤独症儿童67名，\n超出任务数10个' });
  });
  it('names a row broken in two by a lone LF in an Excel (CRLF) file, instead of two rows with too few columns', () => {
    const r = parse(
      `${HEADER}\r\nx,2023,67,67名,004,共康复救助孤独症儿童67名，\n超出任务数10个,\r\ny,2022,1.5,,004,句子,备注\r\n`,
    );
    expect(r.problems.map((p) => `${p.line} ${p.problem}`)).toEqual([
      '2 这一行在第 32 个字后面被一个单独的换行符（LF）断成了两行（文件其他行的换行是 CRLF），后半行在下一行',
    ]);
    expect(r.rows).toEqual([]);
  });
  it('reports each bad row with line, column and fix', () => {
    const r = parse(
      `${HEADER}\nx,2023,0.7%,,004,句子,\nx,23,5,,004,句子,\nx,2023,5,,004,句子\nx,2024,5,,004,,\nx,2025,1,,004,句子,\nx,2025,2,,004,句子,\n`,
    );
    expect(r.problems.map(formatProblem)).toEqual([
      'a.csv:2: value — 实际值“0.7%”带了百分号 — value 列只写数字：写 0.7；原文写法可放在 text 列',
      'a.csv:3: year — 年份“23”不是四位数字的年份 — 写成 2023 这样的四位数字，不加“年”字，并检查是否写错',
      'a.csv:4: （整行） — 这一行有 6 列，表头有 7 列 — 检查是否漏了或多了逗号；内容中有逗号时，整格用英文双引号括起来',
      'a.csv:5: quote — 缺少来源原句 — 照抄原文中给出这个数字的句子',
      'a.csv:7: indicator / year — 指标“x”在 2025 年已有一个实际值（第 6 行） — 每个指标每年只能有一个实际值：删除或合并重复的行',
    ]);
    expect(r.rows.map((a) => a.line)).toEqual([6]);
  });
  it('accepts the columns in another order', () => {
    const r = parse('year,indicator,value,document,quote,text,note\n2023,x,1,004,句子,,\n');
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ indicator: 'x', year: 2023, value: 1 });
  });
});
