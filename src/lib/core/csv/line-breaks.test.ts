import { describe, expect, it } from 'vitest';
import { brokenRowProblems } from './line-breaks.ts';
import { parseCsvText } from './parse.ts';

const lines = (text: string) => brokenRowProblems('x.csv', text).map((p) => `${p.line}:${p.problem.slice(0, 12)}`);

describe('rows broken by a lone LF in a CRLF file', () => {
  it('names the line and the place of the break', () => {
    const text = '地区,人数,备注\r\n丽水,3\n00,无\r\n温州,5,无\r\n';
    expect(brokenRowProblems('x.csv', text)).toEqual([
      {
        file: 'x.csv',
        line: 2,
        field: '（整行）',
        problem: '这一行在第 4 个字后面被一个单独的换行符（LF）断成了两行（文件其他行的换行是 CRLF），后半行在下一行',
        fix: '用记事本打开，删除这个换行，把下一行接回这一行的末尾后保存；或在 Excel 中检查这一行，改好后重新“另存为”CSV UTF-8',
      },
    ]);
    // Without the check the row would come out as a cell "3\n00", or as two rows in a reader that splits at LF.
    expect(parseCsvText(text, 'x.csv').problems.map((p) => p.line)).toEqual([2]);
  });

  it('leaves line breaks inside quotes, complete rows ending in LF, blank lines and LF files alone', () => {
    expect(lines('地区,备注\r\n丽水,"第一行\n第二行"\r\n温州,无\r\n')).toEqual([]);
    expect(lines('地区,人数\r\n丽水,300\n温州,5\r\n衢州,6\r\n')).toEqual([]);
    expect(lines('地区,人数\r\n\n丽水,300\r\n温州,5\r\n')).toEqual([]);
    expect(lines('地区,人数\n丽水,3\n00\n')).toEqual([]);
  });

  it('a complete row ending in a lone LF is read as its own row', () => {
    const { table, problems } = parseCsvText('地区,人数\r\n丽水,300\n温州,5\r\n衢州,6\r\n', 'x.csv');
    expect(problems).toEqual([]);
    expect(table?.rows).toEqual([
      { line: 2, cells: ['丽水', '300'] },
      { line: 3, cells: ['温州', '5'] },
      { line: 4, cells: ['衢州', '6'] },
    ]);
  });
});
