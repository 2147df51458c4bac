// Whether a figure occurs in a source sentence "as a reader would see it written". One matcher for every place a
// number is published beside its quote: dataset cells, plan actuals, and indicators' baselines and targets.

/**
 * Normalises text for number matching: full-width digits, decimal points and percent signs become ASCII, and a
 * thousands separator (`,` or `，`) is dropped only between a digit and exactly three digits (`1,234`, `１，２３４`);
 * elsewhere a comma is punctuation (`100人，200人`).
 */
export function normaliseNumberText(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)[,\uFF0C](?=\d{3}(?!\d))/g, '$1')
    .trim();
}

// A maximal run of digits with at most one decimal part: `2023` in `12023` is not a number of the text.
const NUMBER_TOKEN = /\d+(?:\.\d+)?/g;

/**
 * The numbers a reader sees in a text, by value: `1,234人` gives 1234, `12.30%` gives 12.3, `3.6万元` gives 3.6.
 * Chinese numerals (六百九十) and scaled words are not converted: `1.2万` is 1.2, never 12000, because the site
 * publishes the figure as the source writes it.
 */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of normaliseNumberText(text).matchAll(NUMBER_TOKEN)) out.add(Number(m[0]));
  return out;
}

/**
 * True when `value` is written in `text`: the same number, whatever the thousands separators, full-width digits,
 * trailing zeros (85 and 85.0) or unit after it (1234人, 12.3%). A negative value matches its magnitude, because
 * sources write a fall in words (减少5人, 下降2个百分点). A fraction never matches its percentage: 0.123 is not in
 * “12.3%”. Pass the set from {@link numbersIn} when one sentence is checked for many values.
 */
export function numberOccursIn(value: number, text: string | Set<number>): boolean {
  const numbers = typeof text === 'string' ? numbersIn(text) : text;
  return numbers.has(Math.abs(value));
}
