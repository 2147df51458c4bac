import type { Org } from '../lib/orgs/schema.ts';
import type { Actual } from '../lib/plans/actual-schema.ts';
import type { Indicator } from '../lib/plans/indicator-schema.ts';
import type { Plan } from '../lib/plans/schema.ts';
import { assessProgress, type ProgressResult } from '../lib/plans/progress.ts';
import { PROGRESS_STATUSES, type ProgressStatus } from '../lib/plans/progress-config.ts';
import { checkSite } from '../lib/check/check-site.ts';
import { formatProblem } from '../lib/core/problem.ts';
import { groupInto } from '../lib/core/group.ts';

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
        ? { kind: 'numeric', year: indicator.target.year, comparator: indicator.target.comparator, value: indicator.target.value }
        : { kind: 'qualitative', year: indicator.target.year, text: indicator.target.text },
    actuals,
  });
}

const cache = new Map<string, PlanView[]>();

/**
 * Every plan under `data/plans/` of the site at `root`, validated as `npm run check` validates it (the same memoised
 * check the build has just run, so nothing is parsed twice), with every indicator judged. Throws with the formatted
 * problems if a plan or organisation file is invalid (the build's content check stops earlier with the same
 * messages). Plans are sorted by organisation, then year.
 */
export function loadPlans(root: string = process.cwd()): PlanView[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const { problems, index } = checkSite(root, ['data/plans', 'data/orgs']);
  if (problems.length) throw new Error(`规划数据有问题：\n${problems.map(formatProblem).join('\n')}`);

  // Grouped once: filtering every indicator's actuals out of the whole list is quadratic (about 51,000 indicators
  // × 153,000 actuals at national scale).
  // Indicator ids are `<plan>/<indicator>`, actual ids `<plan>/<indicator>/<year>`.
  const idPrefix = (id: string, depth: number) => id.split('/').slice(0, depth).join('/');
  const indicatorsByPlan = groupInto(index.byKind('indicator'), (e) => idPrefix(e.id, 1));
  const actualsByIndicator = groupInto(index.byKind('actual'), (e) => idPrefix(e.id, 2));
  const actualsByPlan = groupInto(index.byKind('actual'), (e) => idPrefix(e.id, 1));

  const views: PlanView[] = index.byKind('plan').map((entry) => {
    const plan = entry.data as Plan;
    const actualsFile = actualsByPlan.get(plan.id)?.[0]?.file;
    const views = (indicatorsByPlan.get(plan.id) ?? []).map((e): IndicatorView => {
      const indicator = e.data as Indicator;
      const own = (actualsByIndicator.get(e.id) ?? []).map((a) => a.data as Actual).sort((a, b) => a.year - b.year);
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
    const org = index.get('org', plan.org)?.data as Org | undefined;
    return { plan, org, file: entry.file, indicators: views, statusCounts };
  });
  views.sort((a, b) => a.plan.org.localeCompare(b.plan.org) || a.plan.period.startYear - b.plan.period.startYear);
  cache.set(root, views);
  return views;
}
