import { describe, expect, it } from 'vitest';
import { bareComparator, compare, normaliseComparator, parseTargetText } from './comparator.ts';

describe('normaliseComparator', () => {
  it('maps the spellings of documents to five comparators', () => {
    expect(normaliseComparator('≧')).toBe('≥');
    expect(normaliseComparator('>=')).toBe('≥');
    expect(normaliseComparator('≦')).toBe('≤');
    expect(normaliseComparator('<=')).toBe('≤');
    expect(normaliseComparator('>')).toBe('>');
    expect(normaliseComparator('＝')).toBe('=');
    expect(normaliseComparator('≈')).toBeUndefined();
  });
  it('reads a bare value by direction', () => {
    expect(bareComparator('higher')).toBe('≥');
    expect(bareComparator('lower')).toBe('≤');
  });
});

describe('compare', () => {
  it('keeps strict comparators strict', () => {
    expect(compare(99, '>', 99)).toBe(false);
    expect(compare(99.4, '>', 99)).toBe(true);
    expect(compare(99, '≥', 99)).toBe(true);
    expect(compare(5, '<', 5)).toBe(false);
    expect(compare(5, '≤', 5)).toBe(true);
    expect(compare(0.1 + 0.2, '=', 0.3)).toBe(true);
  });
});

describe('parseTargetText', () => {
  it('reads the targets of document 003 as written', () => {
    expect(parseTargetText('>99%')).toEqual({ comparator: '>', value: 99, unit: '%' });
    expect(parseTargetText('≧85%')).toEqual({ comparator: '≥', value: 85, unit: '%' });
    expect(parseTargetText('85%')).toEqual({ comparator: undefined, value: 85, unit: '%' });
    expect(parseTargetText('95%以上')).toEqual({ comparator: '≥', value: 95, unit: '%' });
    expect(parseTargetText('不低于15%')).toEqual({ comparator: '≥', value: 15, unit: '%' });
    expect(parseTargetText('1800户')).toEqual({ comparator: undefined, value: 1800, unit: '户' });
    expect(parseTargetText('7500人次以上')).toEqual({ comparator: '≥', value: 7500, unit: '人次' });
    expect(parseTargetText('85％以上')).toEqual({ comparator: '≥', value: 85, unit: '%' });
    expect(parseTargetText('1,500人')).toEqual({ comparator: undefined, value: 1500, unit: '人' });
    expect(parseTargetText('≥１２，０００户')).toEqual({ comparator: '≥', value: 12000, unit: '户' });
    expect(parseTargetText('１５００户以上')).toEqual({ comparator: '≥', value: 1500, unit: '户' });
    expect(parseTargetText('12,000,000元')).toEqual({ comparator: undefined, value: 12000000, unit: '元' });
    expect(parseTargetText('1,50人')).toBeUndefined();
  });
  it('refuses qualitative and approximate texts', () => {
    expect(parseTargetText('与全市生产总值增长同步')).toBeUndefined();
    expect(parseTargetText('40余名')).toBeUndefined();
    expect(parseTargetText('5左右')).toBeUndefined();
    expect(parseTargetText('5%左右')).toBeUndefined();
    expect(parseTargetText('约1500人')).toBeUndefined();
    expect(parseTargetText('X万元')).toBeUndefined();
  });
});
