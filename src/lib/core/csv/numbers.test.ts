import { describe, expect, it } from 'vitest';
import { decimalsOf, parseCell, scientificToDecimal, toHalfWidth } from './numbers.ts';

describe('toHalfWidth', () => {
  it('turns full-width digits and signs into ASCII', () => {
    expect(toHalfWidth('　１，２３４．５％ ')).toBe('1,234.5%');
  });
});

describe('parseCell', () => {
  it('reads plain, grouped and full-width numbers', () => {
    expect(parseCell('8723', 'integer', '人')).toEqual({ value: 8723 });
    expect(parseCell('1,234', 'integer', '人')).toEqual({ value: 1234 });
    expect(parseCell('１，２３４', 'integer', '人')).toEqual({ value: 1234 });
    expect(parseCell('1314.4535', 'decimal', '万元')).toEqual({ value: 1314.4535 });
    expect(parseCell('-3.5', 'decimal')).toEqual({ value: -3.5 });
  });

  it('treats an empty cell as missing, never zero', () => {
    expect(parseCell('', 'integer', '人')).toEqual({ value: null });
    expect(parseCell('  　', 'decimal', '万元')).toEqual({ value: null });
    expect(parseCell('', 'text')).toEqual({ value: null });
  });

  it('reads percents with or without the sign, half- or full-width', () => {
    expect(parseCell('68.4％', 'percent', '%')).toEqual({ value: 68.4 });
    expect(parseCell('68.4%', 'percent', '%')).toEqual({ value: 68.4 });
    expect(parseCell('68.4', 'percent', '%')).toEqual({ value: 68.4 });
  });

  it("accepts the column's own unit after the number, and 名 for 人", () => {
    expect(parseCell('235户', 'integer', '户')).toEqual({ value: 235 });
    expect(parseCell('101.9万元', 'decimal', '万元')).toEqual({ value: 101.9 });
    expect(parseCell('1417名', 'integer', '人')).toEqual({ value: 1417 });
  });

  it('never rescales: another unit is an error', () => {
    expect(parseCell('1.9亿', 'decimal', '万元')).toEqual({
      error: {
        problem: '“1.9亿”的单位“亿”与这一列的单位“万元”不符',
        fix: '网站不会替你换算单位：按“万元”换算后只填数字，或核对是否填错了列',
      },
    });
    expect(parseCell('5000元', 'decimal', '万元')).toMatchObject({
      error: { problem: '“5000元”的单位“元”与这一列的单位“万元”不符' },
    });
  });

  it('rejects text, approximations and decimals in an integer column', () => {
    expect(parseCell('约300', 'integer', '人')).toEqual({
      error: { problem: '“约300”不是整数', fix: '只填数字，如 300；不知道就留空' },
    });
    expect(parseCell('300余', 'integer', '人')).toEqual({
      error: { problem: '“300余”不是整数', fix: '只填数字，如 300；不知道就留空' },
    });
    expect(parseCell('12.5', 'integer', '人')).toEqual({
      error: { problem: '“12.5”不是整数', fix: '这一列只能填整数（不带小数点）；不知道就留空' },
    });
    expect(parseCell('不详', 'decimal', '万元')).toEqual({
      error: { problem: '“不详”不是数字', fix: '只填数字，如 101.9；不知道就留空' },
    });
  });

  it('keeps anonymised amounts out of number columns', () => {
    expect(parseCell('X万元', 'decimal', '万元')).toEqual({
      error: { problem: '“X万元”是原文匿名的写法，不是数字', fix: '这一格留空；需要时在备注列照录原文“X万元”' },
    });
  });

  it('rejects misplaced thousands separators and stray percent signs', () => {
    expect(parseCell('1,23', 'integer', '人')).toEqual({
      error: { problem: '“1,23”的千位分隔符位置不对', fix: '千位分隔符每三位一个，如 1,234；也可以不写分隔符' },
    });
    expect(parseCell('68.4%', 'decimal', '万元')).toEqual({
      error: {
        problem: '“68.4%”带百分号，但这一列是数字（单位：万元）',
        fix: '只填数字；百分比请放在类型为 percent 的列',
      },
    });
    expect(parseCell('约70%', 'percent', '%')).toEqual({
      error: { problem: '“约70%”不是百分数', fix: '只填数字，可带 %，如 70 或 70%；不知道就留空' },
    });
  });

  it('reads years as four digits only', () => {
    expect(parseCell('2020', 'year')).toEqual({ value: 2020 });
    expect(parseCell('２０２０', 'year')).toEqual({ value: 2020 });
    expect(parseCell('20', 'year')).toEqual({ error: { problem: '“20”不是年份', fix: '只填四位数字的年份，如 2020' } });
    expect(parseCell('2020年', 'year')).toMatchObject({
      error: { problem: '“2020年”的单位“年”与这一列的单位“无单位”不符' },
    });
  });

  it('keeps text as written (trimmed)', () => {
    expect(parseCell(' 听力残疾 ', 'text')).toEqual({ value: '听力残疾' });
  });
});

describe('examples in fixes are never a different figure', () => {
  it('gives the exact value of scientific notation and warns that Excel may have rounded it', () => {
    expect(parseCell('4.0E+01', 'integer', '人')).toEqual({
      error: {
        problem: '“4.0E+01”是科学计数法（等于 40），不是普通写法的数字',
        fix: '写成 40 这样的普通数字；Excel 把长数字显示成这种样子时可能已经丢掉了后面的位数，请对照原始数据核对',
      },
    });
    expect(scientificToDecimal('1.23E+05')).toBe('123000');
    expect(scientificToDecimal('1.5E-03')).toBe('0.0015');
    expect(scientificToDecimal('-2.5e2')).toBe('-250');
    expect(scientificToDecimal('１.２E+０２')).toBe('120');
    expect(scientificToDecimal('1.23457E+17')).toBe('123457000000000000');
    expect(scientificToDecimal('40')).toBeUndefined();
  });

  it('suggests no figure for a formula', () => {
    expect(parseCell('=SUM(B2:B6)', 'integer', '人')).toEqual({
      error: {
        problem: '“=SUM(B2:B6)”是表格公式，不是整数',
        fix: '填公式算出来的结果，不要填公式：在 Excel 中复制这一列，用“选择性粘贴 → 数值”粘贴回来，再另存为 CSV UTF-8',
      },
    });
  });

  it('suggests no figure when the value holds two numbers or Chinese numerals', () => {
    const none = '只填一个用阿拉伯数字写的数，不带单位和文字；不知道就留空';
    for (const raw of ['40-60', '12 345', '1/2', '3十', '三千']) {
      const r = parseCell(raw, 'integer', '人');
      expect('error' in r && r.error.fix, raw).toBe(none);
    }
    expect(parseCell('60-70', 'percent', '%')).toMatchObject({
      error: { fix: '只填一个用阿拉伯数字写的数，可带 %，不带其他文字；不知道就留空' },
    });
    // One number with words around it is the official's own figure.
    expect(parseCell('约300', 'integer', '人')).toMatchObject({ error: { fix: '只填数字，如 300；不知道就留空' } });
  });
});

describe('decimalsOf', () => {
  it('counts written decimals', () => {
    expect(decimalsOf('1314.4535')).toBe(4);
    expect(decimalsOf('12')).toBe(0);
  });
});
