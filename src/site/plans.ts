import { checkSite } from '../lib/check/check-site.ts';
import { formatProblem } from '../lib/core/problem.ts';
import { plansFromIndex, type PlanView } from '../lib/plans/view.ts';

import type { IndicatorView } from '../lib/plans/view.ts';

export type { IndicatorView, PlanView } from '../lib/plans/view.ts';

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
  const views = plansFromIndex(index);
  cache.set(root, views);
  return views;
}

/**
 * One entry per indicator of every plan, with its plan and its view: the props of every per-indicator route (its
 * page, its embed, its CSV and JSON downloads), which add only their own params.
 */
export function indicatorPages(): { planView: PlanView; view: IndicatorView }[] {
  return loadPlans().flatMap((planView) => planView.indicators.map((view) => ({ planView, view })));
}
