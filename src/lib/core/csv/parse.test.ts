import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problem.ts';
import { parseCsvText } from './parse.ts';

const F = 'data/datasets/x.csv';

describe('parseCsvText', () => {
  it('keeps the line of every row, also after quoted line breaks and blank lines', () => {
    const { table, problems } = parseCsvText('类别,人数\r\n"听力\n残疾",1445\r\n\r\n肢体残疾,"4,417"\r\n,\r\n', F);
    expect(problems).toEqual([]);
    expect(table).toEqual({
      header: ['类别', '人数'],
      headerLine: 1,
      rows: [
        { line: 2, cells: ['听力\n残疾', '1445'] },
        { line: 5, cells: ['肢体残疾', '4,417'] },
      ],
      rejected: [],
    });
  });

  it('reports rows with the wrong number of cells, with their line', () => {
    const { table, problems } = parseCsvText('类别,人数\n听力残疾,1445\n肢体残疾,4,417\n', F);
    expect(table?.rows).toHaveLength(1);
    expect(table?.rejected).toEqual([3]);
    expect(problems.map(formatProblem)).toEqual([
      'data/datasets/x.csv:3: （整行） — 这一行有 3 个值，表头有 2 列 — 检查是否多了或少了逗号；含逗号的内容（如句子或 1,234）要用英文双引号括起来，数字也可以不写千位逗号',
    ]);
  });

  it('ignores empty trailing columns Excel leaves behind', () => {
    const { table, problems } = parseCsvText('类别,人数,,\n听力残疾,1445,,\n', F);
    expect(problems).toEqual([]);
    expect(table?.header).toEqual(['类别', '人数']);
    expect(table?.rows[0]?.cells).toEqual(['听力残疾', '1445']);
  });

  it('reports empty and repeated column names', () => {
    const { problems } = parseCsvText('类别,,人数,人数\n听力残疾,1,2,3\n', F);
    expect(problems.map(formatProblem)).toEqual([
      'data/datasets/x.csv:1: 第 2 列 — 列名是空的 — 在第一行给这一列写上列名，或删除这一整列',
      'data/datasets/x.csv:1: 人数 — 列名“人数”出现了两次（第 3 列和第 4 列） — 每个列名只能用一次：改名或删除重复的列',
    ]);
  });

  it('reports an empty file, tab-separated files and unclosed quotes', () => {
    expect(parseCsvText('\n\n', F).problems.map(formatProblem)).toEqual([
      'data/datasets/x.csv: （整个文件） — 文件是空的 — 第一行写列名（与元数据 columns 中的 name 一致），下面每行一条数据',
    ]);
    expect(parseCsvText('类别\t人数\n听力\t1\n', F).problems.map(formatProblem)).toEqual([
      'data/datasets/x.csv:1: （整行） — 列之间不是用英文逗号分隔的（看起来用了 Tab 或分号） — 在 Excel 中“另存为”CSV UTF-8（逗号分隔）',
    ]);
    const quotes = parseCsvText('类别,人数\n"听力残疾,1\n', F).problems.map(formatProblem);
    expect(quotes[0]).toBe(
      'data/datasets/x.csv:2: （整行） — 英文双引号没有成对（有一个 " 没有结束） — 检查这一行的双引号：含逗号或换行的内容要用一对英文双引号括起来',
    );
  });
});
