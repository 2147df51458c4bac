import { describe, expect, it } from 'vitest';
import { indicatorSchema } from './indicator-schema.ts';

const base = {
  id: 'employment-rate',
  name: '残疾人就业率',
  unit: '%',
  direction: 'higher',
  baseline: { year: 2020, value: 53, text: '53%' },
  target: { year: 2025, text: '60%' },
  source: { document: '003', quote: '9 | 残疾人就业率 | 53% | 60% | 预期性' },
};
const messages = (input: unknown) => {
  const r = indicatorSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message.replace('\u0000修改：', ' / ')}`);
};

describe('indicatorSchema', () => {
  it('reads a bare target as ≥ for higher-is-better and keeps the text', () => {
    const ind = indicatorSchema.parse(base);
    expect(ind.target).toEqual({ kind: 'numeric', year: 2025, text: '60%', comparator: '≥', bare: true, value: 60 });
  });
  it('reads a bare target as ≤ for lower-is-better', () => {
    const ind = indicatorSchema.parse({ ...base, direction: 'lower', baseline: undefined, target: { year: 2025, text: '5%' } });
    expect(ind.target).toMatchObject({ comparator: '≤', bare: true, value: 5 });
  });
  it('normalises ≧ and >= and keeps the source text', () => {
    expect(indicatorSchema.parse({ ...base, target: { year: 2025, text: '≧85%' } }).target).toMatchObject({
      comparator: '≥',
      bare: false,
      value: 85,
      text: '≧85%',
    });
    expect(
      indicatorSchema.parse({ ...base, target: { year: 2025, text: '40余名', comparator: '>=', value: 40 }, unit: '名' }).target,
    ).toMatchObject({ comparator: '≥', value: 40 });
  });
  it('keeps strict comparators', () => {
    expect(indicatorSchema.parse({ ...base, target: { year: 2025, text: '>99%' } }).target).toMatchObject({ comparator: '>', value: 99 });
  });
  it('accepts a qualitative target and a document id written as a number', () => {
    const ind = indicatorSchema.parse({
      ...base,
      baseline: undefined,
      target: { year: 2025, text: '与全市生产总值增长同步', qualitative: true },
      source: { document: 3, quote: 'x' },
    });
    expect(ind.target).toEqual({ kind: 'qualitative', year: 2025, text: '与全市生产总值增长同步' });
    expect(ind.source.document).toBe('003');
  });
  it('lists the allowed comparators for an unknown one', () => {
    expect(messages({ ...base, target: { year: 2025, text: '约60%', comparator: '≈', value: 60 } })).toEqual([
      'target.comparator: 比较符号“≈”无法识别 / 只能填写 >、≥、<、≤、=（也可写 ≧、≦、>=、<=）；目标只写数值时不填 comparator（越高越好表示“不低于”，越低越好表示“不高于”）',
    ]);
  });
  it('refuses a percentage written as a fraction', () => {
    expect(messages({ ...base, target: { year: 2025, text: '85%', value: 0.85 } })).toEqual([
      'target.value: 目标值 0.85 与原文写法“85%”不一致 / 百分比按百分数填写：value 写 85，不写 0.85',
    ]);
  });
  it('refuses a target year before the baseline year, a missing unit and an unreadable target', () => {
    expect(messages({ ...base, target: { year: 2020, text: '60%' } })).toEqual([
      'target.year: 目标年份 2020 不晚于基期年份 2020 / 检查 target.year 和 baseline.year：目标年份应晚于基期年份，例如基期 2020、目标 2025',
    ]);
    const { unit: _unit, ...noUnit } = base;
    expect(messages(noUnit)[0]).toBe(
      "unit: 缺少单位 / 添加 unit，例如 unit: '%'（百分比，数值写 85 而不是 0.85）、unit: 户、unit: 人次",
    );
    expect(messages({ ...base, target: { year: 2025, text: '明显提高' } })).toEqual([
      'target.text: 从“明显提高”中读不出目标数值 / 添加 value（数字）和需要时的 comparator；原文只有文字目标（如“与全市生产总值增长同步”）时添加 qualitative: true',
    ]);
  });
  it('refuses a unit that differs from the target text, and a comparator that contradicts it', () => {
    expect(messages({ ...base, unit: '户', target: { year: 2025, text: '60%' } })).toEqual([
      'unit: 单位“户”与目标原文“60%”中的“%”不一致 / 改正 unit 使其与原文一致',
    ]);
    expect(messages({ ...base, target: { year: 2025, text: '>99%', comparator: '≥' } })).toEqual([
      'target.comparator: 比较符号 ≥ 与原文写法“>99%”不一致 / 删除 comparator（按 text 读取），或改正它',
    ]);
  });
});
