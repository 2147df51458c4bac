import type { IndicatorView, PlanView } from './view.ts';

/** Indicators of the same name and unit in the plans of several organisations. */
export interface ComparisonGroup {
  name: string;
  unit: string;
  entries: { plan: PlanView; view: IndicatorView }[];
}

/**
 * Groups indicators by exact name and unit and keeps the groups that span two or more organisations. Names are
 * compared as written (after trimming); indicators are not matched by meaning, so nothing is compared that the
 * documents do not name the same way.
 */
export function comparisonGroups(plans: PlanView[]): ComparisonGroup[] {
  const groups = new Map<string, ComparisonGroup>();
  for (const plan of plans) {
    for (const view of plan.indicators) {
      const name = view.indicator.name.trim();
      const key = `${name}\u0000${view.indicator.unit}`;
      const g = groups.get(key) ?? { name, unit: view.indicator.unit, entries: [] };
      g.entries.push({ plan, view });
      groups.set(key, g);
    }
  }
  return [...groups.values()]
    .filter((g) => new Set(g.entries.map((e) => e.plan.plan.org)).size >= 2)
    .map((g) => ({
      ...g,
      entries: g.entries.sort((a, b) => a.view.indicator.target.year - b.view.indicator.target.year),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
