// What a plan's indicators have beyond the plan itself: which have a value after the baseline. A plan page says
// this up front in one sentence (issue 18: a plan whose 36 indicators have no later value must say so before the
// table), and offers a view of only the indicators that do.
import type { IndicatorView } from './view.ts';

/**
 * True when the indicator has a value after its baseline year (any value, for a task without a baseline): the
 * same rule the progress method uses to pick the value it judges (`latestActual`).
 */
export function hasDataAfterBaseline(v: IndicatorView): boolean {
  const base = v.indicator.baseline?.year;
  return v.actuals.some((a) => base === undefined || a.year > base);
}

/** How many of a plan's indicators have data after the baseline, and the sentence that says so. */
export interface PlanDataSummary {
  total: number;
  /** Indicators with a value after the baseline. */
  withData: number;
  /** How the page names such a value: 基期以后的数值, or 实际值 when no indicator of the plan has a baseline. */
  dataPhrase: string;
  /** One plain Chinese sentence, every number computed. */
  sentence: string;
}

/**
 * The one-sentence summary at the top of a plan page, e.g.
 * 本规划 36 项指标中，0 项有基期以后的数值；表中 35 项只有基期值和目标值，1 项只有目标、原文没有基期值。
 */
export function planDataSummary(indicators: readonly IndicatorView[]): PlanDataSummary {
  const total = indicators.length;
  const withData = indicators.filter(hasDataAfterBaseline).length;
  const dataPhrase = indicators.some((v) => v.indicator.baseline) ? '基期以后的数值' : '实际值';
  const rest = indicators.filter((v) => !hasDataAfterBaseline(v));
  const withBaseline = rest.filter((v) => v.indicator.baseline).length;
  const targetOnly = rest.length - withBaseline;
  const done = (sentence: string): PlanDataSummary => ({ total, withData, dataPhrase, sentence });

  if (total === 0) return done('本规划没有列出指标。');
  if (withData === total) return done(`本规划 ${total} 项指标都有${dataPhrase}。`);
  const kinds = [
    { n: withBaseline, what: '只有基期值和目标值' },
    { n: targetOnly, what: '只有目标、原文没有基期值' },
  ].filter((k) => k.n > 0);
  const subject = withData === 0 ? '表中各项' : `其余 ${rest.length} 项`;
  // One kind: “表中各项只有基期值和目标值”; two: “表中 35 项…，1 项…” or “其余 5 项中，3 项…，2 项…”.
  const restText =
    kinds.length === 1
      ? `${subject}${kinds[0]?.what}`
      : `${withData === 0 ? '表中 ' : `其余 ${rest.length} 项中，`}${kinds.map((k) => `${k.n} 项${k.what}`).join('，')}`;
  return done(`本规划 ${total} 项指标中，${withData} 项有${dataPhrase}；${restText}。`);
}
