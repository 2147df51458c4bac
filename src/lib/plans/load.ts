import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Org } from '../schemas/org.ts';
import type { Actual } from '../schemas/actual.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Plan } from '../schemas/plan.ts';
import { assessProgress, type ProgressResult } from '../progress.ts';
import { PROGRESS_STATUSES, type ProgressStatus } from '../progress-config.ts';
import { loadFile } from '../validation/check-site.ts';
import { formatProblem, type Problem } from '../validation/problem.ts';
import { actualsKind } from '../validation/kinds/actuals.ts';
import { indicatorsKind } from '../validation/kinds/indicators.ts';
import { orgKind } from '../validation/kinds/org.ts';
import { planKind } from '../validation/kinds/plan.ts';
import type { Entry, FileKind } from '../validation/kinds/types.ts';

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

function listFiles(root: string, dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir)).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
  });
}

function loadKind(root: string, kind: FileKind, files: string[], problems: Problem[]): Entry[] {
  const entries: Entry[] = [];
  for (const file of files.filter((f) => kind.pattern.test(f))) {
    const loaded = loadFile(kind, file, readFileSync(join(root, file)));
    entries.push(...loaded.entries);
    problems.push(...loaded.problems);
  }
  return entries;
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
 * Reads every plan under `data/plans/` of the site at `root` with the same kinds (and so the same validation) as
 * `npm run check`, and judges every indicator. Throws with the formatted problems if any file is invalid (the
 * build's content check stops earlier with the same messages). Plans are sorted by organisation, then year.
 */
export function loadPlans(root: string = process.cwd()): PlanView[] {
  const cached = cache.get(root);
  if (cached) return cached;
  const problems: Problem[] = [];
  const planFiles = listFiles(root, 'data/plans');
  const orgs = loadKind(root, orgKind, listFiles(root, 'data/orgs'), problems);
  const plans = loadKind(root, planKind, planFiles, problems);
  const indicators = loadKind(root, indicatorsKind, planFiles, problems).filter((e) => e.kind === 'indicator');
  const actuals = loadKind(root, actualsKind, planFiles, problems);
  if (problems.length) throw new Error(`规划数据有问题：\n${problems.map(formatProblem).join('\n')}`);

  const views: PlanView[] = plans.map((entry) => {
    const plan = entry.data as Plan;
    const inds = indicators.filter((e) => e.id.startsWith(`${plan.id}/`));
    const views = inds.map((e): IndicatorView => {
      const indicator = e.data as Indicator;
      const own = actuals
        .filter((a) => a.id.startsWith(`${plan.id}/${indicator.id}/`))
        .map((a) => a.data as Actual)
        .sort((a, b) => a.year - b.year);
      const actualsFile = actuals.find((a) => a.id.startsWith(`${plan.id}/`))?.file;
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
    const org = orgs.find((o) => o.id === plan.org)?.data as Org | undefined;
    return { plan, org, file: entry.file, indicators: views, statusCounts };
  });
  views.sort((a, b) => a.plan.org.localeCompare(b.plan.org) || a.plan.period.startYear - b.plan.period.startYear);
  cache.set(root, views);
  return views;
}
