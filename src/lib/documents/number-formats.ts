/**
 * Word's list number formats (`w:numFmt`, ECMA-376 §17.18.59) as Word displays them, for the formats Chinese
 * documents use. The Chinese counting forms follow Word's output as documented by Microsoft's Open XML PowerTools
 * (ListItemTextGetter_zh_CN): `chineseCounting` is 一…十、十一…九十九 and then digit by digit (一○○),
 * `chineseCountingThousand` is 一…十、十一…一百、一百〇一….
 */

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
// chineseCounting writes numbers of three or more digits digit by digit with a WHITE CIRCLE for zero, as Word does.
const CN_POSITIONAL = ['○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const IDEOGRAPH_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_SIMPLIFIED = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const LEGAL_TRADITIONAL = ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'];
const HEAVENLY_STEMS = [...'甲乙丙丁戊己庚辛壬癸'];
const EARTHLY_BRANCHES = [...'子丑寅卯辰巳午未申酉戌亥'];

function chineseCounting(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${CN_DIGITS[n % 10]}`;
  return [...String(n)].map((d) => CN_POSITIONAL[Number(d)]).join('');
}

/** 1–9999 with 千 百 十 and 〇 for a skipped place (一百〇一, 一千〇一十); 10–19 as 十… */
function chineseCountingThousand(n: number, zero = '〇'): string {
  if (n >= 10000) return String(n);
  if (n < 20) return n < 10 ? CN_DIGITS[n]! : `十${CN_DIGITS[n % 10]}`;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let gap = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) gap = true;
      return;
    }
    if (gap) out += zero;
    gap = false;
    out += CN_DIGITS[d]! + units[i]!;
  });
  return out;
}

/** Financial (legal) numerals: 壹拾壹, 贰佰零伍 — every place keeps its digit. */
function legalCounting(n: number, digits: string[], units: [string, string, string]): string {
  if (n >= 10000) return String(n);
  const places = String(n).split('').map(Number);
  const names = [units[2], units[1], units[0], ''].slice(4 - places.length);
  let out = '';
  let gap = false;
  places.forEach((d, i) => {
    if (d === 0) {
      if (out) gap = true;
      return;
    }
    if (gap) out += digits[0];
    gap = false;
    out += digits[d]! + names[i]!;
  });
  return out;
}

/** Japanese counting: 十, 十一, 百, 百十一, 二千二十四, 一万五 (no 一 before 十 百 千). */
function japaneseCounting(n: number): string {
  if (n >= 10000) return `${japaneseCounting(Math.floor(n / 10000))}万${n % 10000 ? japaneseCounting(n % 10000) : ''}`;
  const units = ['千', '百', '十', ''];
  return String(n)
    .padStart(4, '0')
    .split('')
    .map(Number)
    .map((d, i) => (d === 0 ? '' : (d === 1 && i < 3 ? '' : CN_DIGITS[d]!) + units[i]!))
    .join('');
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) for (; n >= v; n -= v) out += s;
  return out;
}

/** Word's letters: a…z, then aa, bb… (the letter repeated, not a base-26 count). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A character from a run of enclosed forms, or the plain number outside it. */
function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n >= 0 && n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => fullWidth(String(n)),
  decimalFullWidth2: (n) => fullWidth(String(n)),
  decimalEnclosedCircle: circled,
  decimalEnclosedCircleChinese: circled,
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488, 20),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474, 20),
  ideographEnclosedCircle: (n) => enclosed(n, 0x3220, 10),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerLetter: letters,
  hex: (n) => n.toString(16).toUpperCase(),
  chineseCounting,
  chineseCountingThousand: (n) => chineseCountingThousand(n),
  taiwaneseCounting: (n) => chineseCountingThousand(n),
  taiwaneseCountingThousand: (n) => chineseCountingThousand(n),
  ideographDigital: (n) => [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join(''),
  taiwaneseDigital: (n) => [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join(''),
  japaneseDigitalTenThousand: (n) => [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join(''),
  japaneseCounting,
  chineseLegalSimplified: (n) => legalCounting(n, LEGAL_SIMPLIFIED, ['拾', '佰', '仟']),
  ideographLegalTraditional: (n) => legalCounting(n, LEGAL_TRADITIONAL, ['拾', '佰', '仟']),
  ideographTraditional: (n) => (n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n)),
  ideographZodiac: (n) => (n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n)),
  ideographZodiacTraditional: (n) =>
    n >= 1 && n <= 60 ? HEAVENLY_STEMS[(n - 1) % 10]! + EARTHLY_BRANCHES[(n - 1) % 12]! : String(n),
  none: () => '',
};

/**
 * The number `n` in Word's format `fmt` (`chineseCounting`, `decimalEnclosedCircle`…), or `undefined` for a
 * format this reader does not know (the caller falls back to decimal and says so).
 */
export function formatNumber(n: number, fmt: string): string | undefined {
  return FORMATS[fmt]?.(n);
}

/** The formats {@link formatNumber} knows. */
export const KNOWN_FORMATS = Object.keys(FORMATS);
