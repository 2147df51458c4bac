import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, writeCsv } from './write.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("https://x.invalid/","点这里")', `'=HYPERLINK("https://x.invalid/","点这里")`],
    ['=1+1', "'=1+1"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['＝1+1', "'＝1+1"],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['残疾人证 1,234 人', '残疾人证 1,234 人'],
  ])('writes %j as %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it.each([
    [-3.5, '-3.5'],
    [2, '2'],
    [0, '0'],
    ['-3.5', '-3.5'],
    ['+2', '+2'],
    ['-12', '-12'],
    [null, ''],
    [undefined, ''],
  ])('keeps the number %j as %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});

describe('writeCsv', () => {
  it('neutralises formula cells in every row and the header, keeps numbers, quotes where needed', () => {
    const csv = writeCsv(
      ['项目', '=数值'],
      [
        ['=HYPERLINK("https://x.invalid/")', -3.5],
        ['@x, y', '+2'],
      ],
      { bom: true },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toEqual([
      ['项目', "'=数值"],
      [`'=HYPERLINK("https://x.invalid/")`, '-3.5'],
      ["'@x, y", '+2'],
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes LF files when asked, without a BOM', () => {
    expect(writeCsv(['a'], [['1']], { newline: '\n' })).toBe('a\n1\n');
  });
});
