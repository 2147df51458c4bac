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
// A year (`2022年`, `2022 年`) says when, not how many: “2022年走访人次稳步增加” does not contain the figure 2022.
const BEFORE_YEAR_WORD = /^\s*年/;
// A footnote marker (`增加[1]`, `[^12]`, `［3］`) points to a note; its number is not a figure of the sentence.
const FOOTNOTE_OPEN = /[[\uFF3B]\^?$/;
const FOOTNOTE_CLOSE = /^[\]\uFF3D]/;

/** One number of a text: its value and where it stands in the normalised text. */
interface NumberToken {
  value: number;
  /** The normalised text after the number, to tell a year (`2022年`) from a count. */
  after: string;
}

/** The numbers of a text that can be figures, with what follows each; footnote markers are left out. */
function numberTokens(text: string): NumberToken[] {
  const s = normaliseNumberText(text);
  const out: NumberToken[] = [];
  for (const m of s.matchAll(NUMBER_TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (FOOTNOTE_OPEN.test(s.slice(Math.max(0, start - 2), start)) && FOOTNOTE_CLOSE.test(s.slice(end))) continue;
    out.push({ value: Number(m[0]), after: s.slice(end, end + 4) });
  }
  return out;
}

/**
 * The numbers a reader sees in a text, by value: `1,234人` gives 1234, `12.30%` gives 12.3, `3.6万元` gives 3.6.
 * Chinese numerals (六百九十) and scaled words are not converted: `1.2万` is 1.2, never 12000, because the site
 * publishes the figure as the source writes it. A year (`2022年`) and a footnote marker (`[1]`) are not figures.
 */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const t of numberTokens(text)) if (!BEFORE_YEAR_WORD.test(t.after)) out.add(t.value);
  return out;
}

/**
 * True when `value` is written in `text` as a figure and not only as the year `year` the figure is for: in
 * “截至2022，走访人次稳步增加” the one 2022 is the year, so a value of 2022 for 2022 needs a second one
 * (“截至2022，走访2022人次”). A year written with 年 is never a figure (see {@link numbersIn}).
 */
export function numberOccursBesideYear(value: number, text: string, year: number): boolean {
  const tokens = numberTokens(text);
  const figures = tokens.filter((t) => t.value === Math.abs(value) && !BEFORE_YEAR_WORD.test(t.after)).length;
  if (Math.abs(value) !== year) return figures > 0;
  const yearWithWord = tokens.some((t) => t.value === year && BEFORE_YEAR_WORD.test(t.after));
  return figures > (yearWithWord ? 0 : 1);
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
