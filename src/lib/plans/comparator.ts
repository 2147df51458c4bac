/**
 * Comparators of plan targets (`>99%`, `≧85%`, `95%以上`): normalising the spellings source documents use and
 * reading a target written as text into comparator + number.
 */

/** The five comparators a target may use, in their normalised form. */
export const COMPARATORS = ['>', '≥', '<', '≤', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** Which way is better for an indicator. */
export type Direction = 'higher' | 'lower';

/** Spellings found in documents, mapped to the normalised comparator. */
const SPELLINGS: Record<string, Comparator> = {
  '>': '>',
  '＞': '>',
  '≥': '≥',
  '≧': '≥',
  '>=': '≥',
  '＞＝': '≥',
  '<': '<',
  '＜': '<',
  '≤': '≤',
  '≦': '≤',
  '<=': '≤',
  '＜＝': '≤',
  '=': '=',
  '＝': '=',
};

/** How the allowed comparators are listed in messages to officials. */
export const ALLOWED_COMPARATORS_TEXT = '>、≥、<、≤、=（也可写 ≧、≦、>=、<=）';

/** Returns the normalised comparator for a spelling (`≧` → `≥`), or undefined if it is not one. */
export function normaliseComparator(spelling: string): Comparator | undefined {
  return SPELLINGS[spelling.trim()];
}

/** The comparator a bare target value means: not below for higher-is-better, not above for lower-is-better. */
export function bareComparator(direction: Direction): Comparator {
  return direction === 'higher' ? '≥' : '≤';
}

/** Tests `a op t`. Strict comparators stay strict: `>99` is not met by 99. */
export function compare(a: number, op: Comparator, t: number): boolean {
  // Values are decimals typed from documents; a tiny tolerance keeps 0.1 + 0.2 style noise from deciding.
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(t));
  switch (op) {
    case '>':
      return a > t + eps;
    case '≥':
      return a >= t - eps;
    case '<':
      return a < t - eps;
    case '≤':
      return a <= t + eps;
    case '=':
      return Math.abs(a - t) <= eps;
  }
}

/** Chinese wording of a comparator, for sentences: “不低于”, “高于”… */
export const COMPARATOR_WORDS: Record<Comparator, string> = {
  '>': '高于',
  '≥': '不低于',
  '<': '低于',
  '≤': '不高于',
  '=': '等于',
};

/** A target read from its source text. */
export interface ParsedTargetText {
  /** Comparator written in the text, normalised; undefined for a bare value. */
  comparator?: Comparator;
  value: number;
  /** Unit written after the number (`%`, `户`, `人次`…), `％` normalised to `%`; empty when none. */
  unit: string;
}

const LEADING = /^(>=|<=|＞＝|＜＝|[>≥≧<≤≦=＞＜＝])\s*/;
const WORDS_BEFORE: [RegExp, Comparator][] = [
  [/^(不低于|不少于|至少)/, '≥'],
  [/^(不高于|不多于|不超过|至多)/, '≤'],
  [/^(高于|多于|超过)/, '>'],
  [/^(低于|少于)/, '<'],
];
const WORDS_AFTER: [RegExp, Comparator][] = [
  [/(以上|及以上)$/, '≥'],
  [/(以下|及以下)$/, '≤'],
];

/**
 * Reads a target written as in a document: `>99%`, `≧85%`, `85%`, `95%以上`, `不低于15%`, `1800户`.
 * Returns undefined when the text is not a single number with an optional comparator and unit (for example
 * “与全市生产总值增长同步”, or “40余名”, “5%左右” and “约1500人” whose meaning is not exact).
 */
export function parseTargetText(text: string): ParsedTargetText | undefined {
  // NFKC turns full-width digits and signs (１５００、％、＞) into ASCII; a thousands separator (1,500人) goes.
  let rest = text
    .normalize('NFKC')
    .trim()
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  // “左右”/“约” make the target approximate (5%左右, 约1500人): not read as an exact target, like “余”.
  if (/左右|^约|大约/.test(rest)) return undefined;
  let comparator: Comparator | undefined;
  const lead = LEADING.exec(rest);
  if (lead) {
    comparator = normaliseComparator(lead[1] ?? '');
    rest = rest.slice(lead[0].length);
  } else {
    for (const [re, op] of WORDS_BEFORE) {
      if (re.test(rest)) {
        comparator = op;
        rest = rest.replace(re, '');
        break;
      }
    }
  }
  if (!comparator) {
    for (const [re, op] of WORDS_AFTER) {
      if (re.test(rest)) {
        comparator = op;
        rest = rest.replace(re, '');
        break;
      }
    }
  }
  const m = /^(-?\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]{1,3})?$/.exec(rest.trim());
  if (!m) return undefined;
  const unit = m[2] ?? '';
  // “余”/“多” make the number approximate (40余名); such a text is not read as an exact target.
  if (/[余多]/.test(unit)) return undefined;
  return { comparator, value: Number(m[1]), unit };
}
