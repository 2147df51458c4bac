// Official documents write dates and sums in Chinese numerals (二〇二四年一月一日, 壹仟元整, 一千元). To compare such a
// figure with one written in digits, both sides are rewritten to digits first. Only a numeral run that a date or
// money word follows is rewritten: 一 in 统一 or 一次性 is a word, not a number.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const DIGIT_CHARS = Object.keys(DIGITS).join('');
const UNIT_CHARS = Object.keys(UNITS).join('');

// A run starts with a digit or 十 (十二月), never with 百/千/万 alone (每千元 is a rate, not 1000元), is not glued
// to a digit before it (3.6千元 keeps its 千), and is followed by 年, 月, 日, 号 or 元 (万元, 亿元 keep their scale).
const RUN = new RegExp(
  `(?<![\\d.])[${DIGIT_CHARS}十拾][${DIGIT_CHARS}${UNIT_CHARS}万萬亿億]*(?=[年月日号元]|[万萬亿億]元)`,
  'g',
);

/** The value of a numeral run: 二〇二四 is 2024 (read digit by digit), 一千零五十 is 1050, 十二 is 12. */
export function chineseNumeralValue(run: string): number | undefined {
  const chars = [...run];
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    const d = DIGITS[c];
    const u = UNITS[c];
    if (d !== undefined) digit = d;
    else if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = undefined;
    } else if (c === '万' || c === '萬') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = undefined;
    } else if (c === '亿' || c === '億') {
      total = (total + section + (digit ?? 0)) * 100_000_000;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

/** A text with its Chinese numerals rewritten, and for each character of it the span of the original it stands for. */
export interface RewrittenText {
  text: string;
  /** `from[i]` and `to[i]`: where the original text of character `i` starts and ends. */
  from: number[];
  to: number[];
}

/**
 * Rewrites the Chinese numerals of dates and sums to digits: 二〇二四年一月一日 → 2024年1月1日, 壹仟元 → 1000元,
 * 三万元 → 3万元 (a trailing 万 or 亿 before 元 stays a scale, as in 3万元). Keeps a map back to the original, so a
 * figure found in the result can be quoted as the official wrote it.
 */
export function digitsForChineseNumerals(s: string): RewrittenText {
  const out: RewrittenText = { text: '', from: [], to: [] };
  const keep = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      out.text += s[i];
      out.from.push(i);
      out.to.push(i + 1);
    }
  };
  let at = 0;
  for (const m of s.matchAll(RUN)) {
    let run = m[0];
    const scale = /[万萬亿億]$/.test(run) && s[m.index + run.length] === '元' ? run.slice(-1) : '';
    if (scale) run = run.slice(0, -1);
    const value = run === '' ? undefined : chineseNumeralValue(run);
    if (value === undefined) continue;
    keep(at, m.index);
    for (const c of String(value)) {
      out.text += c;
      out.from.push(m.index);
      out.to.push(m.index + run.length);
    }
    at = m.index + run.length;
  }
  keep(at, s.length);
  return out;
}
