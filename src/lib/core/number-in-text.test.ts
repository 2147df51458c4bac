import { describe, expect, it } from 'vitest';
import { numberOccursIn, numbersIn } from './number-in-text.ts';

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
});
