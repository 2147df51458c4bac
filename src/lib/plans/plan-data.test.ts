import { describe, expect, it } from 'vitest';
import { hasDataAfterBaseline, planDataSummary } from './plan-data.ts';
import type { IndicatorView } from './view.ts';
import { loadPlans } from '../../site/plans.ts';

const plans = loadPlans('.');
const planOf = (id: string) => plans.find((p) => p.plan.id === id)!;

/** A minimal view: only the fields the summary reads. */
const fake = (baseline: number | undefined, actualYears: number[]): IndicatorView =>
  ({
    indicator: baseline === undefined ? {} : { baseline: { year: baseline, value: 1 } },
    actuals: actualYears.map((year) => ({ year, value: 1 })),
  }) as unknown as IndicatorView;

describe('plan data summary', () => {
  it('counts only values after the baseline year (any value for a task without one)', () => {
    expect(hasDataAfterBaseline(fake(2020, []))).toBe(false);
    expect(hasDataAfterBaseline(fake(2020, [2020]))).toBe(false);
    expect(hasDataAfterBaseline(fake(2020, [2020, 2022]))).toBe(true);
    expect(hasDataAfterBaseline(fake(undefined, [2023]))).toBe(true);
  });

  it('says the Lishui plan has no later value for any of its 36 indicators', () => {
    const s = planDataSummary(planOf('lishui-2021-2025').indicators);
    expect([s.total, s.withData]).toEqual([36, 0]);
    expect(s.sentence).toBe(
      '本规划 36 项指标中，0 项有基期以后的数值；表中 13 项只有基期值和目标值，23 项只有目标、原文没有基期值。',
    );
    expect(planDataSummary(planOf('ruian-2021').indicators).sentence).toBe(
      '本规划 12 项指标中，0 项有实际值；表中各项只有目标、原文没有基期值。',
    );
  });

  it('says when every indicator has a value, and calls it 实际值 when the plan has no baseline', () => {
    expect(planDataSummary(planOf('xx-district-2023').indicators).sentence).toBe('本规划 3 项指标都有实际值。');
    expect(planDataSummary([fake(2020, [2021]), fake(2020, [2022])]).sentence).toBe(
      '本规划 2 项指标都有基期以后的数值。',
    );
  });

  it('names the rest when some have data', () => {
    expect(planDataSummary([fake(2020, [2021]), fake(2020, []), fake(2020, [])]).sentence).toBe(
      '本规划 3 项指标中，1 项有基期以后的数值；其余 2 项只有基期值和目标值。',
    );
    expect(planDataSummary([fake(2020, [2021]), fake(2020, []), fake(undefined, [])]).sentence).toBe(
      '本规划 3 项指标中，1 项有基期以后的数值；其余 2 项中，1 项只有基期值和目标值，1 项只有目标、原文没有基期值。',
    );
    expect(planDataSummary([]).sentence).toBe('本规划没有列出指标。');
  });
});
