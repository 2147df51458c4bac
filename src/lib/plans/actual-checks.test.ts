import { describe, expect, it } from 'vitest';
import { actualYears, targetYears } from './actual-checks.ts';
import { indicatorSchema } from './indicator-schema.ts';
import { planSchema } from './schema.ts';

const plan = (extra: object) =>
  planSchema.parse({
    id: 'p',
    org: 'demo',
    title: '规划',
    kind: 'five-year-plan',
    period: { startYear: 2021, endYear: 2025 },
    targetYear: 2025,
    source: { document: '001', title: '规划', file: 'p.docx' },
    ...extra,
  });
const indicator = (baselineYear: number) =>
  indicatorSchema.parse({
    id: 'x',
    name: '就业率',
    unit: '%',
    direction: 'higher',
    baseline: { year: baselineYear, value: 60 },
    target: { year: 2025, text: '85%' },
    source: { document: '001', quote: '由60%提高到85%' },
  });

describe('the years of a plan', () => {
  it('takes actuals from the earlier baseline (plan or indicator) to the target year', () => {
    expect(actualYears(plan({ baseYear: 2020 }))).toEqual({ from: 2020, to: 2025, base: true });
    expect(actualYears(plan({ baseYear: 2020 }), indicator(2019))).toEqual({ from: 2019, to: 2025, base: true });
    expect(actualYears(plan({ baseYear: 2020 }), indicator(2021))).toEqual({ from: 2020, to: 2025, base: true });
  });

  it('starts at the period without a baseline, and ends at the later of period end and target year', () => {
    expect(actualYears(plan({}))).toEqual({ from: 2021, to: 2025, base: false });
    expect(actualYears(plan({ targetYear: 2026 }))).toMatchObject({ to: 2026 });
    expect(targetYears(plan({ baseYear: 2020 }))).toEqual({ from: 2021, to: 2025 });
  });
});
