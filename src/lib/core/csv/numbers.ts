/** Column types a dataset may declare, with the Chinese word used in messages. */
export const COLUMN_TYPES = {
  text: '文字',
  integer: '整数',
  decimal: '数字',
  percent: '百分数',
  year: '年份',
} as const;
export type ColumnType = keyof typeof COLUMN_TYPES;

/** The value of one cell: a number, text, or `null` for an empty cell (a missing value, never zero). */
export type CellValue = number | string | null;

/** A cell that could not be read, phrased for the official. */
export interface CellError {
  problem: string;
  fix: string;
}

/** Result of reading one cell. */
export type CellResult = { value: CellValue } | { error: CellError };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\uFF05\uFF0D\uFF0B]/g;

/**
 * Turns full-width digits and signs (０-９ ， ． ％ － ＋, as typed with a Chinese input method) into their
 * ASCII forms, and trims spaces (including the ideographic space).
 */
export function toHalfWidth(s: string): string {
  return s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

// Sign, digits (possibly with thousands separators), decimals, and whatever follows (a unit, a word).
const NUMBER_PART = /^([+-]?)([\d,]+)(\.\d+)?(.*)$/;

/** Units the sources use; a value carrying one of these that differs from its column's unit is an error. */
const KNOWN_UNITS = new Set([
  '人',
  '名',
  '户',
  '家',
  '个',
  '例',
  '件',
  '次',
  '人次',
  '场',
  '所',
  '辆',
  '条',
  '期',
  '项',
  '批次',
  '元',
  '万元',
  '亿元',
  '万',
  '亿',
  '千',
  '百',
  '万人',
  '亿人',
  '%',
  '‰',
  '岁',
  '周岁',
  '年',
  '月',
  '天',
]);

/** Ways of writing the same unit: “1417名” in a 人 column is the same number of persons. */
const SAME_UNIT: Record<string, string[]> = { 人: ['名'], 名: ['人'] };

/** Marks anonymised figures in the sources (X万元, XX人): never a number. */
const ANONYMISED = /^[+-]?\s*[X×]/i;

/** Chinese numerals and multipliers: next to digits they change the figure (3十 is 30, 1.5万 is 15000). */
const CHINESE_NUMERAL = /[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]/;

/**
 * The example a fix may show, taken from the rejected value: only when the value holds exactly one number and
 * nothing that changes it (`约300` → 300), because an example is read as the figure to write and numbers are
 * sacred. A value with no digits gets the neutral `fallback` (it cannot be taken for the official's figure); a
 * value with two numbers (`300-400`, `12 345`, `1/2`) or with Chinese numerals gets none (undefined).
 */
function example(raw: string, fallback: string): string | undefined {
  const plain = toHalfWidth(raw).replace(/,/g, '');
  const numbers = plain.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length === 0) return CHINESE_NUMERAL.test(plain) ? undefined : fallback;
  return numbers.length === 1 && !CHINESE_NUMERAL.test(plain) ? numbers[0] : undefined;
}

/** `4.0E+01` as Excel shows a number in scientific notation; the exponent is at most 3 digits. */
const SCIENTIFIC = /^([+-]?)(\d+)(?:\.(\d+))?[eE]([+-]?\d{1,3})$/;

/** The exact decimal a scientific-notation value stands for, by moving the point (no floating-point rounding). */
export function scientificToDecimal(raw: string): string | undefined {
  const m = SCIENTIFIC.exec(toHalfWidth(raw));
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = m;
  const digits = `${whole}${fraction}`;
  const point = whole.length + Number(exp);
  const padded = point <= 0 ? `${'0'.repeat(1 - point)}${digits}` : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at).replace(/0+$/, '');
  const value = frac ? `${int}.${frac}` : int;
  return /^0(\.0*)?$/.test(value) ? value : `${sign === '-' ? '-' : ''}${value}`;
}

function notA(raw: string, type: ColumnType): CellError {
  const half = toHalfWidth(raw);
  if (ANONYMISED.test(half)) {
    return { problem: `“${raw}”是原文匿名的写法，不是数字`, fix: `这一格留空；需要时在备注列照录原文“${raw}”` };
  }
  // A formula (=SUM(B2:B6)) has no figure of its own to suggest: its result is the figure.
  if (half.startsWith('=')) {
    return {
      problem: `“${raw}”是表格公式，不是${COLUMN_TYPES[type]}`,
      fix: '填公式算出来的结果，不要填公式：在 Excel 中复制这一列，用“选择性粘贴 → 数值”粘贴回来，再另存为 CSV UTF-8',
    };
  }
  const exact = scientificToDecimal(half);
  if (exact !== undefined) {
    return {
      problem: `“${raw}”是科学计数法（等于 ${exact}），不是普通写法的数字`,
      fix: `写成 ${exact} 这样的普通数字；Excel 把长数字显示成这种样子时可能已经丢掉了后面的位数，请对照原始数据核对`,
    };
  }
  if (type === 'year') return { problem: `“${raw}”不是年份`, fix: '只填四位数字的年份，如 2020' };
  if (type === 'percent') {
    const ex = example(raw, '68.4');
    const fix =
      ex === undefined
        ? '只填一个用阿拉伯数字写的数，可带 %，不带其他文字；不知道就留空'
        : `只填数字，可带 %，如 ${ex} 或 ${ex}%；不知道就留空`;
    return { problem: `“${raw}”不是百分数`, fix };
  }
  const ex = example(raw, type === 'integer' ? '300' : '101.9');
  const fix =
    ex === undefined ? '只填一个用阿拉伯数字写的数，不带单位和文字；不知道就留空' : `只填数字，如 ${ex}；不知道就留空`;
  return { problem: `“${raw}”不是${COLUMN_TYPES[type]}`, fix };
}

const BAD_SEPARATOR = (raw: string): CellError => ({
  problem: `“${raw}”的千位分隔符位置不对`,
  fix: '千位分隔符每三位一个，如 1,234；也可以不写分隔符',
});

/**
 * Reads one cell of a column of the given type and unit. Accepts thousands separators (`1,234`, `１，２３４`),
 * full-width digits, `%`/`％` in percent columns, and the column's own unit written after the number
 * (`235户` in a 户 column). Never converts between units: `1.9亿` in a 万元 column is an error, because a
 * silent conversion would publish a number nobody checked. Empty cells are `null` (missing), not zero.
 */
export function parseCell(raw: string, type: ColumnType, unit?: string): CellResult {
  const trimmed = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if (trimmed === '') return { value: null };
  if (type === 'text') return { value: trimmed };

  const m = NUMBER_PART.exec(toHalfWidth(trimmed));
  if (!m) return { error: notA(trimmed, type) };
  const [, sign = '', whole = '', fraction = '', rest = ''] = m;
  if (whole.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(whole)) return { error: BAD_SEPARATOR(trimmed) };

  const suffix = rest.trim();
  if (suffix === '%') {
    if (type !== 'percent') {
      return {
        error: {
          problem: `“${trimmed}”带百分号，但这一列是${COLUMN_TYPES[type]}${unit ? `（单位：${unit}）` : ''}`,
          fix: '只填数字；百分比请放在类型为 percent 的列',
        },
      };
    }
  } else if (suffix !== '' && !(unit !== undefined && (suffix === unit || SAME_UNIT[unit]?.includes(suffix)))) {
    if (KNOWN_UNITS.has(suffix) || /^[万亿千百]/.test(suffix)) {
      const target = unit ?? (type === 'percent' ? '%' : '无单位');
      return {
        error: {
          problem: `“${trimmed}”的单位“${suffix}”与这一列的单位“${target}”不符`,
          fix: `网站不会替你换算单位：按“${target}”换算后只填数字，或核对是否填错了列`,
        },
      };
    }
    return { error: notA(trimmed, type) };
  }

  const value = Number(`${sign}${whole.replace(/,/g, '')}${fraction}`);
  if (!Number.isFinite(value)) return { error: notA(trimmed, type) };
  if (type === 'integer' && fraction !== '') {
    return { error: { problem: `“${trimmed}”不是整数`, fix: '这一列只能填整数（不带小数点）；不知道就留空' } };
  }
  if (type === 'year' && (fraction !== '' || sign !== '' || !/^\d{4}$/.test(whole) || value < 1949 || value > 2100)) {
    return { error: notA(trimmed, type) };
  }
  return { value };
}

/** The number of decimal places written in a cell (used to compare sums without floating-point noise). */
export function decimalsOf(raw: string): number {
  const m = /\.(\d+)/.exec(toHalfWidth(raw));
  return m?.[1]?.length ?? 0;
}
