import { parseTargetText, type Comparator } from '../comparator.ts';

/**
 * Reading the cells of a plan's indicator table: a value cell as printed (`>7.5`, `≥95%`, `〔6〕`, `累计1.2`,
 * `—`, `95%以上`, `5左右`) and the unit in an indicator name's parentheses (`残疾人就业率(%)`). Nothing here changes a
 * character of the cell; it only says what the characters mean.
 */

/** What a value cell says. */
export type CellValue =
  /** A dash (`—`, `－`, `/`): the table gives no value for this year. */
  | { kind: 'none'; text: string }
  /** One number, with the comparator and unit as written (unit empty when none). */
  | { kind: 'number'; text: string; comparator?: Comparator; value: number; unit: string; cumulative: boolean }
  /** An approximate number (`5左右`, `40余名`): kept as words, never scored. */
  | { kind: 'approximate'; text: string; cumulative: boolean }
  /** Words only (与全市生产总值增长同步). */
  | { kind: 'words'; text: string };

const DASH = /^(?:[—－\-–―~/／]{1,3}|无)$/;
// 〔6〕 is how Chinese plans print a total over the plan period; PDFs and typists also give [6] or ［6］.
const BRACKETS = /^[〔［[【]\s*(.*?)\s*[〕］\]】]$/;
const CUMULATIVE_BEFORE = /^(?:五年)?累计\s*/;
const CUMULATIVE_AFTER = /\s*[（(](?:五年)?累计[)）]$/;

/** Reads one value cell. */
export function readCell(text: string): CellValue {
  const t = text.trim();
  if (DASH.test(t)) return { kind: 'none', text };
  let rest = t;
  let cumulative = false;
  // A comparator may stand outside the brackets (>〔6〕) or inside (〔>6〕).
  const outside = /^(>=|<=|＞＝|＜＝|[>≥≧<≤≦=＞＜＝])\s*(?=[〔［[【])/.exec(rest);
  const lead = outside?.[1] ?? '';
  if (outside) rest = rest.slice(outside[0].length);
  const bracket = BRACKETS.exec(rest);
  if (bracket) {
    rest = bracket[1] ?? '';
    cumulative = true;
  }
  if (CUMULATIVE_BEFORE.test(rest)) {
    rest = rest.replace(CUMULATIVE_BEFORE, '');
    cumulative = true;
  }
  if (CUMULATIVE_AFTER.test(rest)) {
    rest = rest.replace(CUMULATIVE_AFTER, '');
    cumulative = true;
  }
  rest = lead + rest;
  // 左右 (“about”) and 余/多 make a number approximate; comparator.ts already refuses 余/多.
  if (/^[^\d]*\d[\d.]*\s*(?:%|％|[\u4e00-\u9fff]{0,3}?)左右$/.test(rest))
    return { kind: 'approximate', text, cumulative };
  const parsed = parseTargetText(rest);
  if (parsed)
    return {
      kind: 'number',
      text,
      value: parsed.value,
      unit: parsed.unit,
      cumulative,
      ...(parsed.comparator ? { comparator: parsed.comparator } : {}),
    };
  if (/\d/.test(rest) && /[余多]/.test(rest) && rest.length <= 12) return { kind: 'approximate', text, cumulative };
  return { kind: 'words', text };
}

/** True for a value cell marked as a total over the period (〔6〕, 累计300). */
export function isCumulative(text: string): boolean {
  const c = readCell(text);
  return c.kind !== 'none' && c.kind !== 'words' && c.cumulative;
}

/** True for a cell that reads as a value (a number, a dash, an approximate number), not as words. */
export function looksLikeValue(text: string): boolean {
  const k = readCell(text).kind;
  return k === 'number' || k === 'none' || k === 'approximate';
}

/** 约束性 / 预期性, the attribute column's only values. */
export const ATTRIBUTE_CELL = /^(约束性|预期性)$/;

// Units written in a name's parentheses: (%)、（万人）、（个）、（万人次）、（个百分点）…
const UNIT =
  /^(?:%|％|‰|个百分点|百分点|(?:[十百千万亿]{0,2})(?:人次|人|户|家|所|元|个|名|套|项|件|次|张|床|辆|台|间|座|处|站|岁|册|场|种|类|起|例|部|支|批|条|本|篇|平方米|公里|小时|天|年|元\/人|元\/月|元\/年|元\/人·月))$/;

/** A name with the unit and the 累计 mark in its trailing parentheses taken out. */
export interface NameParts {
  /** The name without the parentheses that held the unit (exactly the characters before them). */
  name: string;
  /** The unit as written in the parentheses, `％` read as `%`. */
  unit?: string;
  /** The parentheses (or 〔累计〕) said 累计. */
  cumulative: boolean;
}

/**
 * Splits `残疾人家庭人均收入年均增长(%)` into name and unit. Only trailing parentheses whose every part (split at
 * ，、,) is a unit or 累计 are taken; anything else, e.g. `（含辅助性就业）`, stays in the name.
 */
export function splitName(written: string): NameParts {
  let name = written.trim();
  let unit: string | undefined;
  let cumulative = false;
  for (;;) {
    const m = /\s*(?:[（(]([^（）()]{1,12})[)）]|[〔［[]([^〔〕［］[\]]{1,12})[〕］\]])$/.exec(name);
    if (!m || m.index === 0) break;
    const parts = (m[1] ?? m[2] ?? '').split(/[，,、；;\s]+/).filter(Boolean);
    if (!parts.length) break;
    const units = parts.filter((p) => UNIT.test(p));
    const marks = parts.filter((p) => /^(?:五年)?累计(?:值|数)?$/.test(p));
    if (units.length + marks.length !== parts.length || units.length > 1 || (units.length && unit)) break;
    if (units[0]) unit = units[0].replace(/％/g, '%');
    if (marks.length) cumulative = true;
    name = name.slice(0, m.index);
  }
  return { name, ...(unit ? { unit } : {}), cumulative };
}

/** Numbering at the start of a row: `1` `1.` `1．` `1、` `（1）` `(1)`, as its own cell or before the name. */
export interface Marker {
  /** The marker as printed. */
  text: string;
  /** Its number. */
  n: number;
  /** What follows the marker in the same cell (the start of the name), if anything. */
  rest: string;
}

/** Reads the numbering at the start of a cell; `1.5%` and `2020年` are not numbering. */
export function readMarker(cell: string): Marker | undefined {
  const t = cell.trim();
  const alone = /^(?:(\d{1,3})[.．、]?|[（(](\d{1,3})[)）])$/.exec(t);
  if (alone) return { text: t, n: Number(alone[1] ?? alone[2]), rest: '' };
  const before = /^(?:(\d{1,3})\s*[.．、]|[（(](\d{1,3})[)）])\s*(?=[^\d\s.．%％])/.exec(t);
  if (before) return { text: before[0].trimEnd(), n: Number(before[1] ?? before[2]), rest: t.slice(before[0].length) };
  // `1 残疾人就业率`: a number and one space before a Chinese name.
  const spaced = /^(\d{1,3})\s+(?=[\u4e00-\u9fff“"‘])/.exec(t);
  if (spaced) return { text: spaced[1] ?? '', n: Number(spaced[1]), rest: t.slice(spaced[0].length) };
  return undefined;
}

/** Chinese group numbering (一、 （一） 第一类): a category row. */
export const CATEGORY_NUMBERING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[类部分]+)/;
