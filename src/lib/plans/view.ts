import type { EntryIndex } from '../core/file-kind.ts';
import { groupInto } from '../core/group.ts';
import type { Org } from '../orgs/schema.ts';
import type { Actual } from './actual-schema.ts';
import type { Indicator } from './indicator-schema.ts';
import { assessProgress, type ProgressResult } from './progress.ts';
import { PROGRESS_STATUSES, type ProgressStatus } from './progress-config.ts';
import type { Plan } from './schema.ts';

/** One indicator with its plan, actual values (oldest first) and judged progress. */
export interface IndicatorView {
  planId: string;
  indicator: Indicator;
  actuals: Actual[];
  progress: ProgressResult;
  /** Files the values come from (project-relative), for the provenance section. */
  files: { indicators: string; actuals?: string };
}

/** One plan with its organisation and indicators. */
export interface PlanView {
  plan: Plan;
  org?: Org;
  file: string;
  indicators: IndicatorView[];
  /** How many indicators have each status. */
  statusCounts: Record<ProgressStatus, number>;
}

/** Turns an indicator and its actuals into the method's input and judges it. */
export function judge(indicator: Indicator, actuals: readonly Actual[]): ProgressResult {
  return assessProgress({
    direction: indicator.direction,
    unit: indicator.unit,
    baseline: indicator.baseline ? { year: indicator.baseline.year, value: indicator.baseline.value } : undefined,
    target:
      indicator.target.kind === 'numeric'
        ? {
            kind: 'numeric',
            year: indicator.target.year,
            comparator: indicator.target.comparator,
            value: indicator.target.value,
          }
        : { kind: 'qualitative', year: indicator.target.year, text: indicator.target.text },
    actuals,
  });
}

/**
 * Every plan of a checked index with its organisation and its indicators judged, sorted by organisation, then year.
 */
export function plansFromIndex(index: EntryIndex): PlanView[] {
  // Grouped once: filtering every indicator's actuals out of the whole list is quadratic (about 51,000 indicators
  // × 153,000 actuals at national scale).
  // Indicator ids are `<plan>/<indicator>`, actual ids `<plan>/<indicator>/<year>`.
  const idPrefix = (id: string, depth: number) => id.split('/').slice(0, depth).join('/');
  const indicatorsByPlan = groupInto(index.byKind('indicator'), (e) => idPrefix(e.id, 1));
  const actualsByIndicator = groupInto(index.byKind('actual'), (e) => idPrefix(e.id, 2));
  const actualsByPlan = groupInto(index.byKind('actual'), (e) => idPrefix(e.id, 1));

  const views: PlanView[] = index.byKind('plan').map((entry) => {
    const plan = entry.data;
    const actualsFile = actualsByPlan.get(plan.id)?.[0]?.file;
    const views = (indicatorsByPlan.get(plan.id) ?? []).map((e): IndicatorView => {
      const indicator = e.data;
      const own = (actualsByIndicator.get(e.id) ?? []).map((a) => a.data).sort((a, b) => a.year - b.year);
      return {
        planId: plan.id,
        indicator,
        actuals: own,
        progress: judge(indicator, own),
        files: { indicators: e.file, ...(actualsFile ? { actuals: actualsFile } : {}) },
      };
    });
    const statusCounts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<ProgressStatus, number>;
    for (const v of views) statusCounts[v.progress.status]++;
    const org = index.get('org', plan.org)?.data;
    return { plan, org, file: entry.file, indicators: views, statusCounts };
  });
  views.sort((a, b) => a.plan.org.localeCompare(b.plan.org) || a.plan.period.startYear - b.plan.period.startYear);
  return views;
}
