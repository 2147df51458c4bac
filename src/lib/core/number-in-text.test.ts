import { describe, expect, it } from 'vitest';
import { numberOccursBesideYear, numberOccursIn, numbersIn } from './number-in-text.ts';

describe('numberOccursIn', () => {
  it('finds a number however the sentence separates, widens or follows it', () => {
    for (const text of ['共1234人', '共1,234人', '共１，２３４人', '共1234名', '合计：1234', '1234。'])
      expect(numberOccursIn(1234, text), text).toBe(true);
    expect(numberOccursIn(12.3, '占比12.3%')).toBe(true);
    expect(numberOccursIn(12.3, '占比１２．３％')).toBe(true);
    expect(numberOccursIn(85, '达到85.0%')).toBe(true);
    expect(numberOccursIn(3.6, '最高3.6万元')).toBe(true);
    expect(numberOccursIn(-5, '比上年减少5人')).toBe(true);
  });

  it('does not find a number that is only part of another, a fraction for its percentage, or a scaled figure', () => {
    expect(numberOccursIn(12, '共120人，其中1.2万元')).toBe(false);
    expect(numberOccursIn(23, '2023年')).toBe(false);
    expect(numberOccursIn(0.123, '占比12.3%')).toBe(false);
    expect(numberOccursIn(12000, '共1.2万人')).toBe(false);
    expect(numberOccursIn(77, '完成率达到七十七%')).toBe(false);
    expect(numberOccursIn(1234, '共1,2345人')).toBe(false);
    expect(numberOccursIn(3, '最高3.6万元')).toBe(false);
  });

  it('reads a comma as punctuation unless exactly three digits follow', () => {
    expect([...numbersIn('听力残疾人100人，肢体残疾人200人')]).toEqual([100, 200]);
    expect([...numbersIn('共1,234人，增长12%')]).toEqual([1234, 12]);
  });

  it('does not count a year written with 年 or a footnote marker as a figure', () => {
    expect(numberOccursIn(2022, '2022年走访人次稳步增加。')).toBe(false);
    expect(numberOccursIn(2022, '2022 年走访人次稳步增加。')).toBe(false);
    expect(numberOccursIn(2022, '２０２２年走访人次稳步增加。')).toBe(false);
    expect(numberOccursIn(1, '走访人次有所增加[1]。')).toBe(false);
    expect(numberOccursIn(123, '走访人次有所增加[123]')).toBe(false);
    expect(numberOccursIn(2, '走访人次有所增加[^2]')).toBe(false);
    expect(numberOccursIn(3, '走访人次有所增加［３］')).toBe(false);
    expect([...numbersIn('2022年走访1234人次[1]，增长12%')]).toEqual([1234, 12]);
    // A number in brackets that is part of the sentence still counts.
    expect(numberOccursIn(1234, '走访[1234人次]')).toBe(true);
  });
});

describe('numberOccursBesideYear', () => {
  it('takes one bare mention of the row’s own year as the year, not the figure', () => {
    expect(numberOccursBesideYear(2022, '截至2022，走访人次稳步增加。', 2022)).toBe(false);
    expect(numberOccursBesideYear(2022, '2022年走访人次稳步增加。', 2022)).toBe(false);
    expect(numberOccursBesideYear(2022, '2022年走访2022人次。', 2022)).toBe(true);
    expect(numberOccursBesideYear(2022, '截至2022，走访2022人次。', 2022)).toBe(true);
    expect(numberOccursBesideYear(2022, '截至2023，走访2022人次。', 2023)).toBe(true);
    expect(numberOccursBesideYear(85, '2022年达到85%[1]', 2022)).toBe(true);
    expect(numberOccursBesideYear(1, '2022年有所增加[1]', 2022)).toBe(false);
  });
});
