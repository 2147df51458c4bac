// The one number formatter of the site (pages, charts, formulas): zh-CN grouping, and by default every decimal a
// source gives (up to 10), because a figure from a document is never rounded. Computed values pass fewer digits.

/** As many decimals as a source figure can have: 1314.4535 stays 1,314.4535. */
export const EXACT_DIGITS = 10;

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number for Chinese readers: 12112 → 12,112; 68.4 → 68.4; at most `maxDecimals` decimals. */
export function formatNumber(n: number, maxDecimals = EXACT_DIGITS): string {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: maxDecimals });
    formatters.set(maxDecimals, f);
  }
  return f.format(n);
}

/** Formats a `YYYY-MM-DD` date as 2021年12月16日 (the form used in Chinese official documents). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** A year or a period: 2020 → 2020年; (2021, 2025) → 2021—2025年. */
export function formatYears(year: number, endYear?: number): string {
  return endYear ? `${year}—${endYear}年` : `${year}年`;
}

/**
 * Today's date in China (UTC+8, no daylight saving), as `YYYY-MM-DD`. Only the authoring tools use it (the day an
 * official imports or starts a report); nothing the build publishes reads the clock.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A moment as an ISO 8601 date-time in China's time (`2026-12-03T00:47:35+08:00`), as the feed and the APIs
 * write their dates.
 */
export function chinaDateTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
