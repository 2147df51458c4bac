/**
 * Configuration of the progress method (see /plans/method/). Changing a threshold here changes every indicator's
 * status and the method page's text, which reads these values.
 */

/** Thresholds of the progress ratio r = (a − b) / (e − b). */
export interface ProgressThresholds {
  /** r at or above this: on track (进展顺利). Default 0.95. */
  onTrack: number;
  /** r at or above this (and below onTrack): needs acceleration (需加快); below it: off track. Default 0.6. */
  needsAcceleration: number;
}

/** The thresholds in use. */
export const PROGRESS_THRESHOLDS: ProgressThresholds = { onTrack: 0.95, needsAcceleration: 0.6 };

/** Statuses an indicator can have, in the order the method checks them. */
export const PROGRESS_STATUSES = [
  'not-assessable',
  'achieved',
  'missed',
  'on-track',
  'needs-acceleration',
  'off-track',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** How each status is shown: a Chinese label, a symbol (so colour is never the only cue) and a description. */
export const STATUS_DISPLAY: Record<ProgressStatus, { label: string; symbol: string; description: string }> = {
  'not-assessable': { label: '暂无数据', symbol: '－', description: '基期之后没有实际值，或目标只有文字' },
  achieved: { label: '已达标', symbol: '✓', description: '最新实际值已满足目标（含比较符号）' },
  missed: { label: '未达标', symbol: '✗', description: '已到目标年份，实际值没有满足目标' },
  'on-track': { label: '进展顺利', symbol: '↗', description: '实际进展达到按直线应有进展的 {onTrack} 倍及以上' },
  'needs-acceleration': {
    label: '需加快',
    symbol: '→',
    description: '实际进展为按直线应有进展的 {needsAcceleration} 倍至 {onTrack} 倍（不含）',
  },
  'off-track': {
    label: '进展滞后',
    symbol: '↘',
    description: '实际进展不到应有进展的 {needsAcceleration} 倍，或方向相反',
  },
};

/** Checks that thresholds make sense (0 < needsAcceleration < onTrack); returns problems in Chinese. */
export function thresholdProblems(t: ProgressThresholds): string[] {
  const out: string[] = [];
  if (!(Number.isFinite(t.onTrack) && Number.isFinite(t.needsAcceleration))) out.push('阈值必须是数字');
  else {
    if (t.needsAcceleration <= 0) out.push('“需加快”阈值必须大于 0');
    if (t.onTrack <= t.needsAcceleration) out.push('“进展顺利”阈值必须大于“需加快”阈值');
  }
  return out;
}

/** A status description with the thresholds filled in. */
export function describeStatus(status: ProgressStatus, t: ProgressThresholds = PROGRESS_THRESHOLDS): string {
  return STATUS_DISPLAY[status].description
    .replace('{onTrack}', String(t.onTrack))
    .replace(/\{needsAcceleration\}/g, String(t.needsAcceleration));
}
