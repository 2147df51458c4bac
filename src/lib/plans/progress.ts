import { compare, COMPARATOR_WORDS, type Comparator, type Direction } from './comparator.ts';
import {
  PROGRESS_THRESHOLDS,
  STATUS_DISPLAY,
  type ProgressStatus,
  type ProgressThresholds,
} from './progress-config.ts';
import { EXACT_DIGITS, formatNumber } from '../core/format.ts';

/** A target as the method needs it. */
export type ProgressTarget =
  | { kind: 'numeric'; year: number; comparator: Comparator; value: number }
  | { kind: 'qualitative'; year: number; text: string };

/** What the method judges: one indicator with its baseline, target and actual values. */
export interface ProgressInput {
  direction: Direction;
  /** Unit, for the sentences (`%`, 名…). */
  unit?: string;
  /** Baseline; absent for a one-year task. */
  baseline?: { year: number; value: number };
  target: ProgressTarget;
  actuals: readonly { year: number; value: number }[];
}

/** Why the status is what it is. */
export type ProgressReason = 'qualitative' | 'no-actual' | 'achieved' | 'missed' | 'line' | 'flat' | 'before-target';

/** The status of one indicator and the calculation that led to it. */
export interface ProgressResult {
  status: ProgressStatus;
  /** Chinese label, e.g. 进展顺利. */
  label: string;
  /** Symbol shown next to the label so colour is never the only cue. */
  symbol: string;
  reason: ProgressReason;
  /** True for a task without a baseline (judged by steps 1–3 only). */
  oneYearTask: boolean;
  /** The actual value that was judged. */
  latest?: { year: number; value: number };
  /** Expected value on the straight line in the latest actual's year. */
  expected?: number;
  /** Progress ratio (a − b) / (e − b). */
  ratio?: number;
  /** Completion rate a / t × 100 (one-year tasks, higher is better). */
  completionPercent?: number;
  /** The calculation, one line per step, with its numbers. */
  steps: string[];
  /** One Chinese sentence explaining the status. */
  explanation: string;
}

/** Formats a computed number with at most `digits` decimals (zh-CN grouping; `core/format.ts`). */
export function fmt(n: number, digits = 3): string {
  return formatNumber(n, digits);
}

/** A figure from a document, never rounded (1314.4535 stays 1,314.4535). */
export function exact(n: number): string {
  return formatNumber(n);
}

/** A value with its unit: 68%, 67名. Source figures are not rounded; pass `digits` for computed values. */
export function withUnit(n: number, unit = '', digits = EXACT_DIGITS): string {
  return `${fmt(n, digits)}${unit}`;
}

/** `= 57.2` when exact, `≈ 0.952` when rounded to `digits` decimals (computed values in formulas). */
export function eq(n: number, digits = 3, unit = ''): string {
  const shown = n < 0 ? `(${fmt(n, digits)})` : fmt(n, digits);
  return `${fmt(n, digits) === exact(n) ? '=' : '≈'} ${shown}${unit}`;
}

/** Wraps a negative number in parentheses for a formula. */
function p(n: number): string {
  return n < 0 ? `(${fmt(n)})` : fmt(n);
}

/** Picks the actual to judge: the latest after the baseline year. Two values in one year are an error. */
export function latestActual(
  actuals: readonly { year: number; value: number }[],
  afterYear?: number,
): { year: number; value: number } | undefined {
  const years = new Set<number>();
  for (const a of actuals) {
    if (years.has(a.year)) throw new Error(`同一年（${a.year}年）有多个实际值，无法判断应采用哪一个`);
    years.add(a.year);
  }
  const after = actuals.filter((a) => afterYear === undefined || a.year > afterYear);
  return after.reduce<{ year: number; value: number } | undefined>(
    (best, a) => (!best || a.year > best.year ? a : best),
    undefined,
  );
}

/**
 * Judges an indicator by the published method (/plans/method/): not assessable → achieved → missed → the straight
 * line from baseline to target with thresholds from `progress-config.ts`.
 */
export function assessProgress(
  input: ProgressInput,
  thresholds: ProgressThresholds = PROGRESS_THRESHOLDS,
): ProgressResult {
  const { baseline, target, direction } = input;
  const unit = input.unit ?? '';
  const oneYearTask = baseline === undefined;
  const done = (
    status: ProgressStatus,
    reason: ProgressReason,
    explanation: string,
    extra: Partial<ProgressResult> = {},
  ) => ({
    status,
    label: STATUS_DISPLAY[status].label,
    symbol: STATUS_DISPLAY[status].symbol,
    reason,
    oneYearTask,
    steps: [],
    explanation,
    ...extra,
  });

  // Checked first so a duplicate year is an error even when the target is qualitative.
  const latest = latestActual(input.actuals, baseline?.year);
  if (target.kind === 'qualitative') {
    return done(
      'not-assessable',
      'qualitative',
      `目标“${target.text}”是文字目标，没有数值，不作评判。`,
      latest ? { latest } : {},
    );
  }
  const t = target.value;
  const T = target.year;
  const op = target.comparator;
  const targetText = `${COMPARATOR_WORDS[op]}${withUnit(t, unit)}`;
  if (!latest) {
    const since = baseline ? `${baseline.year}年基期值${withUnit(baseline.value, unit)}之后` : '';
    return done('not-assessable', 'no-actual', `${since}暂无实际值，无法判断进展；${T}年目标为${targetText}。`);
  }
  const { year: y, value: a } = latest;
  const steps: string[] = [];
  const completion = oneYearTask && direction === 'higher' && t !== 0 ? { completionPercent: (a / t) * 100 } : {};
  const completionStep = () => {
    if (completion.completionPercent !== undefined) {
      steps.push(`完成率 = a ÷ t = ${exact(a)} ÷ ${exact(t)} ${eq(completion.completionPercent, 1, '%')}`);
    }
  };
  const achieved = compare(a, op, t);
  steps.push(
    `${y}年实际值 a = ${withUnit(a, unit)}；目标 t：${T}年${op} ${withUnit(t, unit)}；a ${op} t ${achieved ? '成立' : '不成立'}`,
  );
  if (achieved) {
    completionStep();
    const rate = completion.completionPercent !== undefined ? `，完成率${fmt(completion.completionPercent, 1)}%` : '';
    return done(
      'achieved',
      'achieved',
      `${y}年实际值${withUnit(a, unit)}，已达到${T}年目标（${targetText}）${rate}。`,
      {
        latest,
        steps,
        ...completion,
      },
    );
  }
  if (y >= T) {
    completionStep();
    const rate = completion.completionPercent !== undefined ? `，完成率${fmt(completion.completionPercent, 1)}%` : '';
    return done(
      'missed',
      'missed',
      `已到目标年份${T}年，${y}年实际值${withUnit(a, unit)}未达到目标（${targetText}）${rate}。`,
      {
        latest,
        steps,
        ...completion,
      },
    );
  }
  if (!baseline) {
    return done(
      'not-assessable',
      'before-target',
      `${y}年实际值${withUnit(a, unit)}尚未达到${T}年目标（${targetText}）；没有基期值，无法按直线判断进度，到目标年份再作评判。`,
      { latest, steps },
    );
  }
  const { year: y0, value: b } = baseline;
  const e = b + ((t - b) * (y - y0)) / (T - y0);
  steps.push(
    `e = b + (t − b) × (y − y0) ÷ (T − y0) = ${exact(b)} + (${exact(t)} − ${exact(b)}) × (${y} − ${y0}) ÷ (${T} − ${y0}) ${eq(e)}`,
  );
  if (Math.abs(e - b) < 1e-12) {
    steps.push(`e = b，目标等于基期值，没有可比照的直线：未达标即判为进展滞后`);
    return done(
      'off-track',
      'flat',
      `目标值与基期值相同（${withUnit(b, unit)}），没有可比照的进度直线；${y}年实际值${withUnit(a, unit)}未达到目标（${targetText}），判为进展滞后。`,
      { latest, steps, expected: e },
    );
  }
  const r = (a - b) / (e - b);
  steps.push(`r = (a − b) ÷ (e − b) = (${exact(a)} − ${exact(b)}) ÷ (${fmt(e)} − ${exact(b)}) ${eq(r)}`);
  let status: ProgressStatus;
  if (r >= thresholds.onTrack) {
    status = 'on-track';
    steps.push(`r = ${fmt(r)} ≥ ${thresholds.onTrack} → ${STATUS_DISPLAY[status].label}`);
  } else if (r >= thresholds.needsAcceleration) {
    status = 'needs-acceleration';
    steps.push(
      `${thresholds.needsAcceleration} ≤ r = ${fmt(r)} < ${thresholds.onTrack} → ${STATUS_DISPLAY[status].label}`,
    );
  } else {
    status = 'off-track';
    steps.push(`r = ${p(r)} < ${thresholds.needsAcceleration} → ${STATUS_DISPLAY[status].label}`);
  }
  return done(
    status,
    'line',
    `按${y0}年基期值${withUnit(b, unit)}到${T}年目标${withUnit(t, unit)}的直线，${y}年应达到${withUnit(e, unit, 3)}；实际值${withUnit(a, unit)}，进展比为${fmt(r)}，${STATUS_DISPLAY[status].label}。`,
    { latest, steps, expected: e, ratio: r },
  );
}
