import { describe, expect, it } from 'vitest';
import { formatNumber } from './number-formats.ts';

const f = (fmt: string, ...ns: number[]) => ns.map((n) => formatNumber(n, fmt));

describe('formatNumber', () => {
  it('writes chineseCounting as Word does: 十 forms to 99, then digit by digit', () => {
    expect(f('chineseCounting', 1, 9, 10, 11, 19, 20, 21, 99, 100, 105)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一○○',
      '一○五',
    ]);
  });

  it('writes chineseCountingThousand with 百 千 and 〇 for a skipped place', () => {
    expect(f('chineseCountingThousand', 1, 10, 11, 20, 100, 101, 110, 111, 1001, 1010)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '一百',
      '一百〇一',
      '一百一十',
      '一百一十一',
      '一千〇一',
      '一千〇一十',
    ]);
  });

  it('writes the other East Asian forms', () => {
    expect(f('ideographTraditional', 1, 2, 10, 11)).toEqual(['甲', '乙', '癸', '11']);
    expect(f('ideographZodiac', 1, 12)).toEqual(['子', '亥']);
    expect(f('ideographZodiacTraditional', 1, 11, 60)).toEqual(['甲子', '甲戌', '癸亥']);
    expect(f('japaneseCounting', 1, 10, 11, 20, 100, 111, 2024, 10005)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '百',
      '百十一',
      '二千二十四',
      '一万五',
    ]);
    expect(f('ideographDigital', 7, 10, 2024)).toEqual(['七', '一〇', '二〇二四']);
    expect(f('chineseLegalSimplified', 1, 10, 11, 105, 2000)).toEqual(['壹', '壹拾', '壹拾壹', '壹佰零伍', '贰仟']);
    expect(f('ideographLegalTraditional', 3, 12)).toEqual(['參', '壹拾貳']);
  });

  it('writes enclosed, full-width and Latin forms', () => {
    expect(f('decimalEnclosedCircle', 1, 10, 20, 21, 50, 51)).toEqual(['①', '⑩', '⑳', '㉑', '㊿', '51']);
    expect(f('decimalEnclosedCircleChinese', 3)).toEqual(['③']);
    expect(f('decimalEnclosedParen', 1, 20)).toEqual(['⑴', '⒇']);
    expect(f('decimalEnclosedFullstop', 2)).toEqual(['⒉']);
    expect(f('ideographEnclosedCircle', 1, 10)).toEqual(['㈠', '㈩']);
    expect(f('decimalFullWidth', 12)).toEqual(['１２']);
    expect(f('decimalZero', 7, 12)).toEqual(['07', '12']);
    expect(f('lowerLetter', 1, 26, 27, 53)).toEqual(['a', 'z', 'aa', 'aaa']);
    expect(f('upperLetter', 2, 28)).toEqual(['B', 'BB']);
    expect(f('upperRoman', 4, 14, 1999)).toEqual(['IV', 'XIV', 'MCMXCIX']);
    expect(f('lowerRoman', 9)).toEqual(['ix']);
    expect(f('none', 3)).toEqual(['']);
  });

  it('does not guess a format it does not know', () => {
    expect(formatNumber(3, 'hebrew1')).toBeUndefined();
  });
});
