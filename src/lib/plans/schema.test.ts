import { describe, expect, it } from 'vitest';
import { planSchema } from './schema.ts';

const plan = {
  id: 'lishui-2021-2025',
  org: 'lishui',
  title: '丽水市残疾人事业发展“十四五”规划',
  kind: 'five-year-plan',
  period: { startYear: 2021, endYear: 2025 },
  baseYear: 2020,
  targetYear: 2025,
  source: {
    document: '003',
    title: '丽水市残疾人事业发展“十四五”规划',
    file: '003_a1e747283835999b.txt',
    published: '2021-12-16',
  },
};

describe('planSchema', () => {
  it('accepts a five-year plan and an annual plan without base year', () => {
    expect(planSchema.parse(plan).source.published).toBe('2021-12-16');
    const { baseYear: _b, ...annual } = plan;
    expect(
      planSchema.safeParse({
        ...annual,
        kind: 'annual-plan',
        period: { startYear: 2024, endYear: 2024 },
        targetYear: 2024,
      }).success,
    ).toBe(true);
  });
  it('refuses a target year not after the base year', () => {
    const r = planSchema.safeParse({ ...plan, targetYear: 2019 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['targetYear']);
    expect(r.error?.issues[0]?.message).toContain('目标年份 2019 不晚于基期年份 2020');
  });
});
