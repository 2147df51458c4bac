const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** Formats a number for Chinese readers: 12112 → 12,112; 68.4 → 68.4. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
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
