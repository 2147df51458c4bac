import { describe, expect, it } from 'vitest';
import { readCell, readMarker, splitName } from './cells.ts';

describe('readCell', () => {
  it('reads comparators as plans print them', () => {
    expect(readCell('>7.5')).toMatchObject({ kind: 'number', comparator: '>', value: 7.5, unit: '' });
    expect(readCell('≥98')).toMatchObject({ kind: 'number', comparator: '≥', value: 98 });
    expect(readCell('≧98')).toMatchObject({ kind: 'number', comparator: '≥', value: 98 });
    expect(readCell('>=85')).toMatchObject({ kind: 'number', comparator: '≥', value: 85 });
    expect(readCell('<1')).toMatchObject({ kind: 'number', comparator: '<', value: 1 });
    expect(readCell('≤5')).toMatchObject({ kind: 'number', comparator: '≤', value: 5 });
    expect(readCell('85%以上')).toMatchObject({ kind: 'number', comparator: '≥', value: 85, unit: '%' });
    expect(readCell('10%以下')).toMatchObject({ kind: 'number', comparator: '≤', value: 10, unit: '%' });
  });
  it('reads cumulative values in 〔 〕 or marked 累计', () => {
    expect(readCell('〔0.6〕')).toMatchObject({ kind: 'number', value: 0.6, cumulative: true });
    expect(readCell('[1200]')).toMatchObject({ kind: 'number', value: 1200, cumulative: true });
    expect(readCell('>〔6〕')).toMatchObject({ kind: 'number', comparator: '>', value: 6, cumulative: true });
    expect(readCell('〔≥6〕')).toMatchObject({ kind: 'number', comparator: '≥', value: 6, cumulative: true });
    expect(readCell('累计300')).toMatchObject({ kind: 'number', value: 300, cumulative: true });
    expect(readCell('300（累计）')).toMatchObject({ kind: 'number', value: 300, cumulative: true });
    expect(readCell('300')).toMatchObject({ kind: 'number', value: 300, cumulative: false });
  });
  it('knows a dash from a value, and an approximate number from an exact one', () => {
    expect(readCell('—').kind).toBe('none');
    expect(readCell('－').kind).toBe('none');
    expect(readCell('——').kind).toBe('none');
    expect(readCell('95左右').kind).toBe('approximate');
    expect(readCell('5%左右').kind).toBe('approximate');
    expect(readCell('40余名').kind).toBe('approximate');
    expect(readCell('与全市生产总值增长同步').kind).toBe('words');
  });
});

describe('splitName', () => {
  it('moves the unit in trailing parentheses out of the name', () => {
    expect(splitName('残疾人家庭人均收入年均增长(%)')).toEqual({
      name: '残疾人家庭人均收入年均增长',
      unit: '%',
      cumulative: false,
    });
    expect(splitName('城乡新增残疾人就业人数（万人）')).toEqual({
      name: '城乡新增残疾人就业人数',
      unit: '万人',
      cumulative: false,
    });
    expect(splitName('县级残疾人康复中心（个）')).toEqual({
      name: '县级残疾人康复中心',
      unit: '个',
      cumulative: false,
    });
    expect(splitName('困难残疾人生活补贴标准（元/月）')).toEqual({
      name: '困难残疾人生活补贴标准',
      unit: '元/月',
      cumulative: false,
    });
    expect(splitName('残疾人职业技能培训人次（人次，累计）')).toEqual({
      name: '残疾人职业技能培训人次',
      unit: '人次',
      cumulative: true,
    });
    expect(splitName('新增就业人数（万人）〔累计〕')).toEqual({ name: '新增就业人数', unit: '万人', cumulative: true });
    expect(splitName('比例（％）')).toEqual({ name: '比例', unit: '%', cumulative: false });
  });
  it('keeps parentheses that are no unit', () => {
    expect(splitName('残疾人就业人数（含辅助性就业）')).toEqual({
      name: '残疾人就业人数（含辅助性就业）',
      cumulative: false,
    });
    expect(splitName('“残疾人之家”覆盖率')).toEqual({ name: '“残疾人之家”覆盖率', cumulative: false });
    expect(splitName('（%）')).toEqual({ name: '（%）', cumulative: false });
  });
});

describe('readMarker', () => {
  it('reads the numberings rows use, alone or before the name', () => {
    expect(readMarker('1')).toEqual({ text: '1', n: 1, rest: '' });
    expect(readMarker('1.')).toEqual({ text: '1.', n: 1, rest: '' });
    expect(readMarker('12、')).toEqual({ text: '12、', n: 12, rest: '' });
    expect(readMarker('（3）')).toEqual({ text: '（3）', n: 3, rest: '' });
    expect(readMarker('1.残疾人就业率')).toEqual({ text: '1.', n: 1, rest: '残疾人就业率' });
    expect(readMarker('2．残疾人就业率')).toEqual({ text: '2．', n: 2, rest: '残疾人就业率' });
    expect(readMarker('3、残疾人就业率')).toEqual({ text: '3、', n: 3, rest: '残疾人就业率' });
    expect(readMarker('(4)残疾人就业率')).toEqual({ text: '(4)', n: 4, rest: '残疾人就业率' });
    expect(readMarker('（5）残疾人就业率')).toEqual({ text: '（5）', n: 5, rest: '残疾人就业率' });
    expect(readMarker('6 残疾人就业率')).toEqual({ text: '6', n: 6, rest: '残疾人就业率' });
  });
  it('does not take a value or a year for a number', () => {
    expect(readMarker('1.5%')).toBeUndefined();
    expect(readMarker('2020年')).toBeUndefined();
    expect(readMarker('>99%')).toBeUndefined();
  });
});
