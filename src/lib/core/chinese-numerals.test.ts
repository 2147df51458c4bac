import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, digitsForChineseNumerals } from './chinese-numerals.ts';

describe('chineseNumeralValue', () => {
  it('reads digit-by-digit years and positional numbers', () => {
    expect(chineseNumeralValue('二〇二四')).toBe(2024);
    expect(chineseNumeralValue('二零二三')).toBe(2023);
    expect(chineseNumeralValue('十')).toBe(10);
    expect(chineseNumeralValue('十二')).toBe(12);
    expect(chineseNumeralValue('三十一')).toBe(31);
    expect(chineseNumeralValue('壹仟')).toBe(1000);
    expect(chineseNumeralValue('一千零五十')).toBe(1050);
    expect(chineseNumeralValue('壹万贰仟叁佰')).toBe(12300);
    expect(chineseNumeralValue('一')).toBe(1);
  });
});

describe('digitsForChineseNumerals', () => {
  it('rewrites numerals before 年, 月, 日 and 元 and maps back to the original', () => {
    const r = digitsForChineseNumerals('自二〇二四年一月一日起补助壹仟元');
    expect(r.text).toBe('自2024年1月1日起补助1000元');
    const at = r.text.indexOf('1000');
    expect('自二〇二四年一月一日起补助壹仟元'.slice(r.from[at], r.to[at + 3])).toBe('壹仟');
  });

  it('leaves words, rates and scaled digits alone', () => {
    for (const s of ['统一办理', '一次性补助', '每千元', '3.6千元', '三万人', '第一条']) {
      expect(digitsForChineseNumerals(s).text, s).toBe(s);
    }
    expect(digitsForChineseNumerals('三万元').text).toBe('3万元');
  });
});
