import { describe, expect, it } from 'vitest';
import { loadPlans } from '../../site/plans.ts';
import { attributeCounts, planTableRows } from './plan-table.ts';

const plan = loadPlans().find((p) => p.plan.id === 'lishui-2021-2025')!;

describe('plan table', () => {
  it('keeps the plan order and pads sort keys so text order is number order', () => {
    const rows = planTableRows(plan.indicators);
    expect(rows.map((r) => r.n)).toEqual(plan.indicators.map((_, k) => k + 1));
    expect(rows[0]!.sort.order).toBe('001');
    expect(rows.map((r) => r.sort.order)).toEqual([...rows.map((r) => r.sort.order)].sort());
    // Status ties keep the source order: the key ends in the row's padded number.
    for (const r of rows) expect(r.sort.status.endsWith(`-${r.sort.order}`)).toBe(true);
  });

  it('writes the target as the source does, with its year, and 暂无 when no actual', () => {
    const rows = planTableRows(plan.indicators);
    const first = rows[0]!;
    expect(first.target).toBe(`${first.view.indicator.target.text}（${first.view.indicator.target.year}年）`);
    for (const r of rows) if (r.view.actuals.length === 0) expect(r.latest).toBe('暂无');
  });

  it('counts attributes and leaves out those with none', () => {
    const counts = attributeCounts(plan.indicators);
    expect(counts.reduce((s, a) => s + a.count, 0)).toBe(plan.indicators.length);
    expect(counts.every((a) => a.count > 0)).toBe(true);
  });
});
