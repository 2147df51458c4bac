// Plan figures that cannot be true, checked across the plan, its indicators and its actuals: a year outside the
// plan's period (a 2031 actual in a plan to 2023 would show 已达到; a 1950 one stretches the chart over 74 years), a
// negative count or a rate above 100 %, and an actual its source sentence does not contain.
import type { CrossCheck } from '../core/file-kind.ts';
import { numberOccursBesideYear } from '../core/number-in-text.ts';
import type { Problem } from '../core/problem.ts';
import { figureRangeProblem } from './figure-range.ts';
import type { Indicator } from './indicator-schema.ts';
import type { Plan } from './schema.ts';

/**
 * The years an actual may be for: from the baseline (the earlier of the plan's and the indicator's; the start of the
 * period when neither has one) to the target (or the end of the period, if later). `base` says whether `from` is a
 * baseline year or the start of the period.
 */
export function actualYears(plan: Plan, indicator?: Indicator): { from: number; to: number; base: boolean } {
  const bases = [plan.baseYear, indicator?.baseline?.year].filter((y): y is number => y !== undefined);
  return {
    from: bases.length ? Math.min(...bases) : plan.period.startYear,
    to: Math.max(plan.period.endYear, plan.targetYear),
    base: bases.length > 0,
  };
}

/** The years a target may be for: within the plan's period (or up to its target year, if later). */
export function targetYears(plan: Plan): { from: number; to: number } {
  return { from: plan.period.startYear, to: Math.max(plan.period.endYear, plan.targetYear) };
}

const yearsText = (r: { from: number; to: number }) => (r.from === r.to ? `${r.from} 年` : `${r.from}—${r.to} 年`);

/** Every actual is for a year of its plan, within what its indicator can be, and written in its quote. */
export const actualFigures: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('actual')) {
    const a = entry.data;
    const planId = entry.id.split('/')[0] ?? '';
    const plan = index.get('plan', planId)?.data;
    const indicator = index.get('indicator', `${planId}/${a.indicator}`)?.data;
    const at = (field: string, problem: string, fix: string) =>
      problems.push({ file: entry.file, line: a.line, field, problem, fix });
    if (plan) {
      const years = actualYears(plan, indicator);
      if (a.year < years.from || a.year > years.to) {
        const before = a.year < years.from;
        at(
          'year',
          before
            ? `${a.year} 年早于${years.base ? '基期' : '规划的开始年份'}（${years.from} 年）`
            : `${a.year} 年晚于规划的目标年份（${years.to} 年），网页会把它当成已完成的结果`,
          `实际值只能是 ${yearsText(years)}的；核对年份是否写错${before ? '' : '（如把 2023 写成 2032）'}，其他年份的数字放到对应规划的 actuals.csv 中`,
        );
      }
    }
    if (indicator) {
      const range = figureRangeProblem(a.value, indicator, '实际值');
      if (range) at('value', range.problem, range.fix);
    }
    if (!numberOccursBesideYear(a.value, a.source.quote, a.year)) {
      at(
        'value',
        `实际值 ${a.value} 在这一行的来源原句中找不到`,
        '核对 value 是否照录原文，quote 是否抄全了给出这个数字的句子（1234 与 1,234、73 与 73％ 都算一致，0.73 与 73％ 不算；“2022年”中的年份、“[1]”这样的注释编号不算）',
      );
    }
  }
  return problems;
};

/** Every indicator's target is for a year within its plan's period. */
export const targetInPeriod: CrossCheck = (index) => {
  const problems: Problem[] = [];
  for (const entry of index.byKind('indicator')) {
    const planId = entry.id.split('/')[0] ?? '';
    const plan = index.get('plan', planId)?.data;
    if (!plan) continue;
    const t = entry.data.target;
    const years = targetYears(plan);
    if (t.year >= years.from && t.year <= years.to) continue;
    const i = index.get('indicator-file', planId)?.data.positions.get(entry.data.id);
    problems.push({
      file: entry.file,
      line: entry.lineOf(['target', 'year']),
      field: i === undefined ? 'target.year' : `indicators[${i}].target.year`,
      problem: `目标年份 ${t.year} 不在规划“${plan.title}”的期限（${yearsText(years)}）内`,
      fix: `核对年份是否写错：规划 data/plans/${planId}.yaml 的目标年份是 ${plan.targetYear}；指标出自另一份规划时，把它移到那份规划的 indicators.yaml 中`,
    });
  }
  return problems;
};
