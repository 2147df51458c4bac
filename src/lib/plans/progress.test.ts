import { describe, expect, it } from 'vitest';
import { assessProgress, latestActual, type ProgressInput } from './progress.ts';
import { describeStatus, PROGRESS_THRESHOLDS, thresholdProblems } from './progress-config.ts';

const onLine: ProgressInput = {
  direction: 'higher',
  unit: '%',
  baseline: { year: 2020, value: 53 },
  target: { kind: 'numeric', year: 2025, comparator: '≥', value: 60 },
  actuals: [{ year: 2023, value: 57 }],
};

describe('assessProgress: worked numbers of the reference', () => {
  it('on a line: e = 57.2, r = 0.952 → on track', () => {
    const r = assessProgress(onLine);
    expect(r.status).toBe('on-track');
    expect(r.label).toBe('进展顺利');
    expect(r.expected).toBeCloseTo(57.2, 10);
    expect(r.ratio).toBeCloseTo(0.952, 3);
    expect(r.steps).toEqual([
      '2023年实际值 a = 57%；目标 t：2025年≥ 60%；a ≥ t 不成立',
      'e = b + (t − b) × (y − y0) ÷ (T − y0) = 53 + (60 − 53) × (2023 − 2020) ÷ (2025 − 2020) = 57.2',
      'r = (a − b) ÷ (e − b) = (57 − 53) ÷ (57.2 − 53) ≈ 0.952',
      'r = 0.952 ≥ 0.95 → 进展顺利',
    ]);
    expect(r.explanation).toBe(
      '按2020年基期值53%到2025年目标60%的直线，2023年应达到57.2%；实际值57%，进展比为0.952，进展顺利。',
    );
  });

  it('one-year task of document 004: 57 → 67 achieved, completion 117.5%', () => {
    const r = assessProgress({
      direction: 'higher',
      unit: '名',
      target: { kind: 'numeric', year: 2023, comparator: '≥', value: 57 },
      actuals: [{ year: 2023, value: 67 }],
    });
    expect(r.status).toBe('achieved');
    expect(r.oneYearTask).toBe(true);
    expect(r.completionPercent).toBeCloseTo(117.54, 2);
    expect(r.steps).toContain('完成率 = a ÷ t = 67 ÷ 57 ≈ 117.5%');
    expect(r.explanation).toBe('2023年实际值67名，已达到2023年目标（不低于57名），完成率117.5%。');
  });

  const strict: ProgressInput = {
    direction: 'higher',
    unit: '%',
    baseline: { year: 2020, value: 99 },
    target: { kind: 'numeric', year: 2025, comparator: '>', value: 99 },
    actuals: [{ year: 2023, value: 99 }],
  };
  it('strict comparator: >99 with 99 is not achieved; e = b → off track', () => {
    const r = assessProgress(strict);
    expect(r.status).toBe('off-track');
    expect(r.reason).toBe('flat');
    expect(r.expected).toBe(99);
    expect(r.ratio).toBeUndefined();
  });
  it('strict comparator met: >99 with 99.4 → achieved', () => {
    expect(assessProgress({ ...strict, actuals: [{ year: 2023, value: 99.4 }] }).status).toBe('achieved');
  });

  it('qualitative target: not assessable, target shown as text', () => {
    const r = assessProgress({
      direction: 'higher',
      target: { kind: 'qualitative', year: 2025, text: '与全市生产总值增长同步' },
      actuals: [],
    });
    expect(r.status).toBe('not-assessable');
    expect(r.explanation).toBe('目标“与全市生产总值增长同步”是文字目标，没有数值，不作评判。');
  });

  it('after the target year: 68 → 85, 80 in 2025 → missed', () => {
    const r = assessProgress({
      direction: 'higher',
      unit: '%',
      baseline: { year: 2020, value: 68 },
      target: { kind: 'numeric', year: 2025, comparator: '≥', value: 85 },
      actuals: [{ year: 2025, value: 80 }],
    });
    expect(r.status).toBe('missed');
    expect(r.explanation).toBe('已到目标年份2025年，2025年实际值80%未达到目标（不低于85%）。');
  });
});

describe('assessProgress: edge cases', () => {
  it('no actuals after the baseline → not assessable', () => {
    const r = assessProgress({ ...onLine, actuals: [] });
    expect(r.status).toBe('not-assessable');
    expect(r.explanation).toBe('2020年基期值53%之后暂无实际值，无法判断进展；2025年目标为不低于60%。');
    // An actual in the baseline year itself is not progress.
    expect(assessProgress({ ...onLine, actuals: [{ year: 2020, value: 53 }] }).status).toBe('not-assessable');
  });

  it('judges the latest actual after the baseline', () => {
    const r = assessProgress({
      ...onLine,
      actuals: [
        { year: 2022, value: 70 },
        { year: 2023, value: 54 },
        { year: 2019, value: 1 },
      ],
    });
    expect(r.latest).toEqual({ year: 2023, value: 54 });
    expect(r.status).toBe('off-track');
  });

  it('needs acceleration between the thresholds', () => {
    // e = 57.2, r = (56 − 53) / 4.2 = 0.714
    const r = assessProgress({ ...onLine, actuals: [{ year: 2023, value: 56 }] });
    expect(r.status).toBe('needs-acceleration');
    expect(r.ratio).toBeCloseTo(0.714, 3);
  });

  it('moving the wrong way is off track, shown with a negative ratio', () => {
    const r = assessProgress({ ...onLine, actuals: [{ year: 2023, value: 52 }] });
    expect(r.status).toBe('off-track');
    expect(r.steps.at(-1)).toBe('r = (-0.238) < 0.6 → 进展滞后');
  });

  it('lower is better: the line goes down, ratios work the same way', () => {
    const lower: ProgressInput = {
      direction: 'lower',
      unit: '%',
      baseline: { year: 2020, value: 10 },
      target: { kind: 'numeric', year: 2024, comparator: '≤', value: 6 },
      actuals: [{ year: 2022, value: 8.2 }],
    };
    // e = 8, r = (8.2 − 10) / (8 − 10) = 0.9
    const r = assessProgress(lower);
    expect(r.expected).toBe(8);
    expect(r.ratio).toBeCloseTo(0.9, 10);
    expect(r.status).toBe('needs-acceleration');
    expect(assessProgress({ ...lower, actuals: [{ year: 2022, value: 5 }] }).status).toBe('achieved');
    expect(assessProgress({ ...lower, actuals: [{ year: 2024, value: 7 }] }).status).toBe('missed');
  });

  it('strict "<" is not met by the target value itself', () => {
    const r = assessProgress({
      direction: 'lower',
      baseline: { year: 2020, value: 10 },
      target: { kind: 'numeric', year: 2025, comparator: '<', value: 5 },
      actuals: [{ year: 2025, value: 5 }],
    });
    expect(r.status).toBe('missed');
  });

  it('target equal to the baseline with "≥" is achieved when held', () => {
    const r = assessProgress({
      direction: 'higher',
      baseline: { year: 2020, value: 99 },
      target: { kind: 'numeric', year: 2025, comparator: '≥', value: 99 },
      actuals: [{ year: 2022, value: 99 }],
    });
    expect(r.status).toBe('achieved');
  });

  it('one-year task not met in its year → missed with completion rate', () => {
    const r = assessProgress({
      direction: 'higher',
      unit: '个',
      target: { kind: 'numeric', year: 2023, comparator: '≥', value: 11 },
      actuals: [{ year: 2023, value: 8 }],
    });
    expect(r.status).toBe('missed');
    expect(r.completionPercent).toBeCloseTo(72.73, 2);
  });

  it('one-year task before its year and not yet met → not assessable', () => {
    const r = assessProgress({
      direction: 'higher',
      target: { kind: 'numeric', year: 2025, comparator: '≥', value: 100 },
      actuals: [{ year: 2023, value: 50 }],
    });
    expect(r.status).toBe('not-assessable');
    expect(r.reason).toBe('before-target');
  });

  it('several actuals in one year are an error', () => {
    expect(() =>
      assessProgress({
        ...onLine,
        actuals: [
          { year: 2023, value: 57 },
          { year: 2023, value: 58 },
        ],
      }),
    ).toThrow('同一年（2023年）有多个实际值，无法判断应采用哪一个');
    expect(() =>
      latestActual([
        { year: 2021, value: 1 },
        { year: 2021, value: 1 },
      ]),
    ).toThrow();
  });

  it('thresholds are configuration', () => {
    expect(assessProgress(onLine, { onTrack: 0.99, needsAcceleration: 0.5 }).status).toBe('needs-acceleration');
    expect(thresholdProblems(PROGRESS_THRESHOLDS)).toEqual([]);
    expect(thresholdProblems({ onTrack: 0.5, needsAcceleration: 0.6 })).toEqual(['“进展顺利”阈值必须大于“需加快”阈值']);
    expect(describeStatus('needs-acceleration')).toBe('实际进展为按直线应有进展的 0.6 倍至 0.95 倍（不含）');
  });
});

describe('number display', () => {
  it('never rounds source figures and marks rounded computed values with ≈', async () => {
    const { withUnit, eq } = await import('./progress.ts');
    expect(withUnit(1314.4535, '万元')).toBe('1,314.4535万元');
    expect(eq(57.2)).toBe('= 57.2');
    expect(eq(4 / 4.2)).toBe('≈ 0.952');
    expect(eq(-1 / 4.2)).toBe('≈ (-0.238)');
  });
});
