// Phone numbers, amounts and dates in a guide's text (body and front matter) must come from its sources: a wrong hotline or subsidy sends
// people to the wrong place or promises money nobody pays. The repository keeps the guide's sources as the
// verbatim quotes in its front matter and the points of its basis documents (tests/unit/guide-sources.test.ts
// holds both to the committed documents), so a figure is sourced when one of those texts contains it.
import { digitsForChineseNumerals } from '../core/chinese-numerals.ts';
import type { Problem } from '../core/problem.ts';

/** What kind of figure a guide states. */
export type FigureKind = 'phone' | 'amount' | 'date';

/** One phone number, amount or date found in a text, with a key that is equal for the same figure however written. */
export interface GuideFigure {
  kind: FigureKind;
  /** As written in the text. */
  text: string;
  /** Digits of a phone, `3.6万元` for an amount, `3-1` or `2021-3-1` for a date. */
  key: string;
}

const LABELS: Record<FigureKind, string> = { phone: '电话号码', amount: '金额', date: '日期' };

// Phone numbers as people write them; each is compared by its digits only, so 0571-8888 8888, (0571)88888888 and
// +86 571 8888 8888 are one number. Area code and number (0578-1234567, 0571 8888 8888, （0571）88888888), the
// same after +86 without the 0 (a mobile number after +86 is tried first), a mobile number (13912345678, 139 1234 5678), a 400/800 number (400-123-4567),
// or a hotline that the text calls one (服务热线12385): a bare five-digit number is too often something else.
const SEP = '[-—–\\s]?';
const PHONE = new RegExp(
  [
    `(?<![\\d.+])(?:\\+|00)86${SEP}(1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4})(?![\\d.])`,
    `(?<![\\d.+])(?:\\+|00)86${SEP}(?:\\(0?(\\d{2,3})\\)|0?(\\d{2,3}))${SEP}(\\d{3,4}${SEP}\\d{4})(?![\\d.])`,
    `(?<![\\d.])[(（](0\\d{2,3})[)）]\\s?(\\d{3,4}${SEP}\\d{4})(?![\\d.])`,
    `(?<![\\d.])(0\\d{2,3})${SEP}(\\d{3,4}${SEP}\\d{4})(?![\\d.])`,
    `(?<![\\d.])(1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}|[48]00${SEP}\\d{3}${SEP}\\d{4})(?![\\d.])`,
    `(?:电话|热线|拨打|致电)[^\\d\\n]{0,6}?(\\d{5,6})(?![\\d.])`,
  ].join('|'),
  'g',
);
// A number of 元, 万元, 亿元 (千元, 百元): 3.6万元, 2,400元, 1200 元; or after ¥ (¥1000, ￥1,000.50).
const AMOUNT = /(?<![\d.,，])([¥￥]\s*)?(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?\s*([千百万亿]?)(元)?/g;
// 2021年3月1日, 3月1日, 2021-03-01, 2021.3.1, 2021/3/1.
const DATE =
  /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(?<![\d.])(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d.])/g;

/** The digits a phone is known by: +86 and separators dropped, the 0 of the area code put back. */
function phoneKey(m: RegExpMatchArray): string {
  const g = m.slice(1).map((x) => x?.replace(/\D/g, ''));
  if (g[1] !== undefined || g[2] !== undefined) return `0${g[1] ?? g[2]}${g[3]}`;
  return g[0] ?? (g[4] !== undefined ? `${g[4]}${g[5]}` : g[6] !== undefined ? `${g[6]}${g[7]}` : (g[8] ?? g[9] ?? ''));
}

/**
 * The phone numbers, amounts and dates written in a text. Full-width digits count as digits, and the Chinese
 * numerals of dates and sums (二〇二四年一月一日, 壹仟元) as the same figure in digits; each figure's `text` is
 * quoted as written.
 */
export function figuresIn(text: string): GuideFigure[] {
  // Full-width digits and signs become ASCII one character for one; numerals are rewritten with a map back.
  const ascii = text.replace(/[\uFF10-\uFF19\uFF0D\uFF0E\uFF0F\uFF0B]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const { text: s, from, to } = digitsForChineseNumerals(ascii);
  const written = (m: RegExpExecArray, skip = 0) => {
    const start = m.index + skip;
    const end = m.index + m[0].length - 1;
    return text.slice(from[start] ?? 0, to[end] ?? text.length);
  };
  const out: GuideFigure[] = [];
  for (const m of s.matchAll(PHONE)) {
    const label = /^(?:电话|热线|拨打|致电)[^\d]*/.exec(m[0])?.[0].length ?? 0;
    out.push({ kind: 'phone', text: written(m, label), key: phoneKey(m) });
  }
  for (const m of s.matchAll(AMOUNT)) {
    if (m[1] === undefined && m[5] === undefined) continue;
    const value = Number(`${(m[2] ?? '').replace(/[,，]/g, '')}${m[3] ?? ''}`);
    out.push({ kind: 'amount', text: written(m).trimEnd(), key: `${value}${m[4] ?? ''}元` });
  }
  for (const m of s.matchAll(DATE)) {
    const [year, month, day] = m[2] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const md = `${Number(month)}-${Number(day)}`;
    out.push({ kind: 'date', text: written(m), key: year ? `${year}-${md}` : md });
  }
  return out;
}

/**
 * True when a source contains the figure. A phone matches by its digits, an amount by number and unit (2,400元 is
 * 2400元, but 2400元 is not 0.24万元: the page says what the source says). A date without a year matches the same
 * month and day with any year; a date with a year needs that year, or a source date without one.
 */
function sourced(fig: GuideFigure, inSources: GuideFigure[]): boolean {
  return inSources.some((s) => {
    if (s.kind !== fig.kind) return false;
    if (fig.kind !== 'date') return s.key === fig.key;
    const [a, b] = [fig.key.split('-'), s.key.split('-')];
    return a.slice(-2).join('-') === b.slice(-2).join('-') && (a.length === 2 || b.length === 2 || a[0] === b[0]);
  });
}

/** A text of the guide to check, with where it is. */
export interface GuideText {
  text: string;
  line: number;
  field: string;
}

/**
 * Problems for every phone number, amount or date in `texts` that none of `quotes` contains. `file` is the
 * guide's path.
 */
export function unsourcedFigures(file: string, texts: GuideText[], quotes: string[]): Problem[] {
  const inSources = quotes.flatMap(figuresIn);
  const problems: Problem[] = [];
  for (const t of texts) {
    for (const fig of figuresIn(t.text)) {
      if (sourced(fig, inSources)) continue;
      const label = LABELS[fig.kind];
      problems.push({
        file,
        line: t.line,
        field: t.field,
        problem: `${label}“${fig.text}”在本指南的来源原文（sources 的 quote）中找不到`,
        fix:
          fig.kind === 'phone'
            ? '电话号码只能照来源文件写：把写有这个号码的原句加到 sources 的 quote 中，或删去号码，改写“请咨询户籍所在地县级残联”'
            : `${label}只能照来源文件写：核对是否抄错，把写有它的原句照录到 sources 的 quote 中；来源没有写明就删去，改写向哪个单位咨询`,
      });
    }
  }
  return problems;
}

/**
 * Front-matter fields that hold no figures of the guide: the sources themselves, ids, the checking date and the
 * dates of the page's own changes.
 */
const NOT_STATED = new Set(['sources', 'lastChecked', 'changes', 'orgs', 'related', 'category', 'audience']);

/**
 * Every text of the front matter a reader sees (benefit, fee, steps, faq, contact…), with its field as written
 * (`faq[0].a`) and its line; the sources, ids and `lastChecked` are left out.
 */
export function frontMatterTexts(data: object, lineOf: (path: (string | number)[]) => number): GuideText[] {
  const out: GuideText[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
      out.push({ text: v, line: lineOf(path), field });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  for (const [k, v] of Object.entries(data)) if (!NOT_STATED.has(k)) walk(v, [k]);
  // A basis document's issue date is held to the research notes by tests/unit/guide-sources.test.ts instead.
  return out.filter((t) => !/^basis\[\d+\]\.date$/.test(t.field));
}

/** The body's lines as texts to check, numbered from `firstLine`; link targets and HTML comments are not text. */
export function bodyTexts(body: string, firstLine: number): GuideText[] {
  return body.split(/\r?\n/).map((line, i) => ({
    text: line.replace(/<!--.*?-->/g, '').replace(/\]\([^)]*\)/g, ']'),
    line: firstLine + i,
    field: '（正文）',
  }));
}
