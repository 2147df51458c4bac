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
const quoted = (quote: string) => ({ document: '003', quote });
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
    const ind = indicatorSchema.parse({
      ...base,
      direction: 'lower',
      baseline: undefined,
      target: { year: 2025, text: '5%' },
      source: quoted('残疾人失业率控制在5%以内'),
    });
    expect(ind.target).toMatchObject({ comparator: '≤', bare: true, value: 5 });
  });
  it('normalises ≧ and >= and keeps the source text', () => {
    expect(
      indicatorSchema.parse({
        ...base,
        target: { year: 2025, text: '≧85%' },
        source: quoted('9 | 残疾人就业率 | 53% | ≧85% | 预期性'),
      }).target,
    ).toMatchObject({
      comparator: '≥',
      bare: false,
      value: 85,
      text: '≧85%',
    });
    expect(
      indicatorSchema.parse({
        ...base,
        baseline: undefined,
        target: { year: 2025, text: '40余名', comparator: '>=', value: 40 },
        unit: '名',
        source: quoted('培训40余名'),
      }).target,
    ).toMatchObject({ comparator: '≥', value: 40 });
  });
  it('keeps strict comparators', () => {
    expect(
      indicatorSchema.parse({
        ...base,
        target: { year: 2025, text: '>99%' },
        source: quoted('9 | 残疾人就业率 | 53% | >99% | 预期性'),
      }).target,
    ).toMatchObject({ comparator: '>', value: 99 });
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
    expect(messages({ ...base, unit: '户', baseline: undefined, target: { year: 2025, text: '60%' } })).toEqual([
      'unit: 单位“户”与目标原文“60%”中的“%”不一致 / 改正 unit 使其与原文一致',
    ]);
    expect(
      messages({
        ...base,
        target: { year: 2025, text: '>99%', comparator: '≥' },
        source: quoted('9 | 残疾人就业率 | 53% | >99% | 预期性'),
      }),
    ).toEqual(['target.comparator: 比较符号 ≥ 与原文写法“>99%”不一致 / 删除 comparator（按 text 读取），或改正它']);
  });
  it('refuses a negative count and a rate above 100 % unless the indicator declares it', () => {
    const count = {
      ...base,
      unit: '人',
      baseline: { year: 2020, value: -5 },
      target: { year: 2025, text: '100人' },
      source: quoted('减少5人，达到100人'),
    };
    expect(messages(count)).toEqual([
      'baseline.value: 基期值 -5 是负数，但这个指标是数量（单位：人），不能小于 0（否则完成率会算成负数） / 核对是否多写了负号；指标本来就是增减数（如“比上年增减”）时，在 indicators.yaml 这个指标下写 canBeNegative: true',
    ]);
    expect(messages({ ...count, canBeNegative: true })).toEqual([]);
    const rate = {
      ...base,
      target: { year: 2025, text: '101%' },
      source: quoted('9 | 残疾人就业率 | 53% | 101% | 预期性'),
    };
    expect(messages(rate)).toEqual([
      'target.text: 目标值 101% 超过了 100%，覆盖率、就业率这样的比例不会超过 100% / 核对是否照录原文、是否把人数当成了百分比；指标是完成率、增长率等可以超过 100% 的百分比时，在 indicators.yaml 这个指标下写 canExceed100: true',
    ]);
    expect(messages({ ...rate, canExceed100: true })).toEqual([]);
    // 101 人 is a count: only a percentage is bounded by 100.
    expect(
      messages({
        ...rate,
        unit: '人',
        baseline: undefined,
        target: { year: 2025, text: '101人' },
        source: quoted('101人'),
      }),
    ).toEqual([]);
  });
  it('refuses a baseline or target its quote does not contain as written, unless a note derives the target', () => {
    expect(messages({ ...base, source: quoted('9 | 残疾人就业率 | 53% | 65% | 预期性') })).toEqual([
      'target.text: 目标值 60 在来源原句“9 | 残疾人就业率 | 53% | 65% | 预期性”中找不到 / 核对目标值是否照录原文：数字要像原文那样出现在 quote 中（1234 与 1,234、85 与 85% 都算一致，0.85 与 85% 不算）；原文没有直接写出、是推算出来的目标值，在 target.note 中写明怎样算出',
    ]);
    expect(messages({ ...base, baseline: { year: 2020, value: 0.53 } })[0]).toMatch(
      /^baseline\.value: 基期值 0\.53 在来源原句/,
    );
    const derived = {
      ...base,
      unit: '名',
      baseline: undefined,
      target: { year: 2023, text: '57名', value: 57 },
      source: quoted('共救助67名，超出任务数10个'),
    };
    expect(messages(derived)).toHaveLength(1);
    expect(messages({ ...derived, target: { ...derived.target, note: '67 − 10 = 57' } })).toEqual([]);
    expect(
      messages({
        ...base,
        unit: '人',
        baseline: { year: 2020, value: 1234 },
        target: { year: 2025, text: '1500人' },
        source: quoted('由1,234人增加到1,500人'),
      }),
    ).toEqual([]);
  });
});
