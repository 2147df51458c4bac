// What a plan's figures can be, by the indicator's unit: a count (人, 户, 个) or a rate (%) is never negative, and
// a rate is never above 100 %, unless the indicator declares otherwise (canBeNegative, canExceed100). Baselines,
// targets and actuals are all held to it.

/** The declarations an indicator can make about its values. */
export interface FigureRange {
  unit: string;
  canBeNegative?: true;
  canExceed100?: true;
}

/** True when the unit is a percentage (`%` or the full-width `％`). */
export function isPercentUnit(unit: string): boolean {
  return /^[%％]$/.test(unit.trim());
}

/**
 * Why `value` cannot be a value of an indicator with this unit and these declarations, or undefined when it can.
 * `what` names the value in the message (基期值, 目标值, 实际值).
 */
export function figureRangeProblem(
  value: number,
  ind: FigureRange,
  what: string,
): { problem: string; fix: string } | undefined {
  const rate = isPercentUnit(ind.unit);
  if (value < 0 && !ind.canBeNegative) {
    return {
      problem: `${what} ${value} 是负数，但这个指标是${rate ? '比例' : `数量（单位：${ind.unit}）`}，不能小于 0（否则完成率会算成负数）`,
      fix: '核对是否多写了负号；指标本来就是增减数（如“比上年增减”）时，在 indicators.yaml 这个指标下写 canBeNegative: true',
    };
  }
  if (rate && value > 100 && !ind.canExceed100) {
    return {
      problem: `${what} ${value}% 超过了 100%，覆盖率、就业率这样的比例不会超过 100%`,
      fix: '核对是否照录原文、是否把人数当成了百分比；指标是完成率、增长率等可以超过 100% 的百分比时，在 indicators.yaml 这个指标下写 canExceed100: true',
    };
  }
  return undefined;
}
