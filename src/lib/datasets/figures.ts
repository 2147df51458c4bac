import type { Block } from '../documents/blocks.ts';
import { matchNumbering } from '../documents/numbering.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import type { ReadDocument } from '../documents/types.ts';

/** A key figure a document states: a number with a unit, with what it counts and where. */
export interface Figure {
  /** The number as written: `1,234`, `98.5`, `１２`. */
  value: string;
  /** The value as a number (thousands separators dropped, full-width digits read). */
  number: number;
  /** The unit as written: 人, 名, 万元, %, 人次… */
  unit: string;
  /** What it counts: the phrase before the number in its clause, or after it when nothing stands before. */
  subject: string;
  /** A word that makes the figure approximate or a bound, as written: 约, 近, 超过, 余, 多, >, ≥… */
  qualifier?: string;
  /** The whole sentence (for a table row: its cells joined by ` | `), verbatim. */
  sentence: string;
  /** Line of the source (for Word and PDF: the reader's paragraph or line). */
  line: number;
}

/**
 * Units of the figures a report states, longest first so that 万人次 is not read as 万人. Years, months, days and
 * ages (年, 月, 日, 周岁) are left out on purpose: they say when or who, not how many.
 */
export const FIGURE_UNITS = [
  '万人次',
  '个百分点',
  '平方米',
  '万平方米',
  '人次',
  '万人',
  '万户',
  '万元',
  '亿元',
  '千元',
  '万册',
  '个月',
  '小时',
  '公里',
  '人',
  '名',
  '户',
  '家',
  '个',
  '元',
  '所',
  '件',
  '台',
  '套',
  '场',
  '次',
  '期',
  '项',
  '座',
  '间',
  '处',
  '张',
  '辆',
  '例',
  '本',
  '册',
  '批',
  '支',
  '条',
  '位',
  '对',
  '天',
  '倍',
  '万',
  '亿',
  '%',
  '％',
  '‰',
].sort((a, b) => b.length - a.length);

const DIGIT = '[0-9０-９]';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A number not inside a longer one (a comma after a digit is a thousands separator; after a word, a clause break):
// thousands separated by an ASCII comma, decimals by . or ．
const FIGURE = new RegExp(
  `(?<![0-9０-９.．])(?<![0-9０-９],)(约|近|逾|超过|超|不少于|不低于|>|≥|≧|＞)?(${DIGIT}+(?:,${DIGIT}{3})*(?:[.．]${DIGIT}+)?)(余|多)?(${FIGURE_UNITS.map(escapeRe).join('|')})`,
  'gu',
);
// 第3名 is a rank; 3个月 stays a figure (个月 is a unit).
const RANK_BEFORE = /第\s*$/;

// Words at the edges of a clause that say when, where or how a figure was reached, not what it counts.
const LEADING = [
  /^截[至止](?:目前|今年?|\d{4}年)?(?:\d{1,2}月)?(?:底|末|止)?/u,
  /^(?:目前|今年|当年|本年度?|全年|年内|至今|\d{1,2}月(?:底|末|份)?)/u,
  /^(?:其中|我区|我市|我县|我省|全区|全市|全县|全省|累计|共计|共有|已有|已经|共|已|有|为|对|现有)/u,
];
const TRAILING = /(?:分别为|分别|达到|共计|累计|合计|总计|共有|已有|现有|已达|达|为|共|计|有|是|约|近|超过|超|逾|已)$/u;
// The clause a figure stands in; what follows a figure may list several groups (智力、精神和其他重度残疾人).
const CLAUSE_BREAK = /[，,；;。：:！？!?、（）()]/;
const AFTER_BREAK = /[，,；;。：:！？!?（）()]/;

function toNumber(value: string): number {
  const ascii = value
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/,/g, '');
  return Number(ascii);
}

function trimWords(s: string): string {
  let out = s.trim();
  for (let changed = true; changed && out;) {
    changed = false;
    for (const re of LEADING) {
      const m = re.exec(out);
      if (m && m[0]) {
        out = out.slice(m[0].length).trim();
        changed = true;
      }
    }
    const t = TRAILING.exec(out);
    if (t && t[0].length < out.length) {
      out = out.slice(0, -t[0].length);
      changed = true;
    }
  }
  // A lone filler (the whole segment was 为 or 已有) says nothing.
  return TRAILING.test(out) && out.length <= 2 ? '' : out;
}

/** Sentences of a paragraph with their offsets: ends at 。！？ (keeping it), or at the end of the text. */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^。！？!?]+[。！？!?]*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

/** The figures of one sentence; `line` is given to each. */
export function figuresInSentence(sentence: string, line: number): Figure[] {
  const found: Figure[] = [];
  let prevEnd = 0;
  const matches = [...sentence.matchAll(FIGURE)];
  matches.forEach((m, k) => {
    const [whole, qualBefore, value, qualAfter, unit] = m as unknown as [
      string,
      string | undefined,
      string,
      string | undefined,
      string,
    ];
    const at = m.index;
    if (RANK_BEFORE.test(sentence.slice(0, at))) return;
    const numberAt = at + (qualBefore?.length ?? 0);
    // The clause around the figure, from the last break before it (or the previous figure) to the next break.
    let start = numberAt;
    while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1]!)) start--;
    const from = Math.max(start, prevEnd);
    let subject = trimWords(sentence.slice(from, at));
    // Nothing, or only a verb (完成, 新增), before the number: what it counts follows it (12112人享受…补贴).
    if (subject.length <= 2) {
      const endOfFigure = at + whole.length;
      let end = endOfFigure;
      while (end < sentence.length && !AFTER_BREAK.test(sentence[end]!)) end++;
      const next = matches[k + 1];
      if (next && next.index < end) end = next.index;
      subject = trimWords(sentence.slice(endOfFigure, end)) || subject;
    }
    prevEnd = at + whole.length;
    const qualifier = [qualBefore, qualAfter].filter(Boolean).join('');
    found.push({
      value,
      number: toNumber(value),
      unit,
      subject,
      ...(qualifier ? { qualifier } : {}),
      sentence: sentence.trim(),
      line,
    });
  });
  return found;
}

// A unit in a table's row name or header: 覆盖率(%)、培训人次（万人次）.
const UNIT_IN_PARENS = /[（(]([^（）()]{1,4})[)）]\s*$/;
const BARE_NUMBER = new RegExp(`^(>|≥|≧|＞|≤|<)?\\s*(${DIGIT}+(?:,${DIGIT}{3})*(?:[.．]${DIGIT}+)?)$`, 'u');

/** Figures of a table: a cell with number and unit, or a bare number whose row name or header gives the unit. */
function figuresInTable(rows: string[][], line: number): Figure[] {
  const [header, ...body] = rows;
  const out: Figure[] = [];
  // A 序号 column (by its header, or cells counting 1, 2, 3…) numbers the rows; it states no figure.
  const width = Math.max(0, ...rows.map((r) => r.length));
  const rowNumbers = new Set(
    Array.from({ length: width }, (_, i) => i).filter(
      (i) =>
        /^(序号|编号|序|No\.?)$/i.test((header?.[i] ?? '').trim()) ||
        (body.length > 1 && body.every((r, k) => toNumber(r[i] ?? '') === k + 1)),
    ),
  );
  for (const row of body) {
    const sentence = row.join(' | ');
    const nameAt = row.findIndex((c) => /\p{Script=Han}/u.test(c) && !BARE_NUMBER.test(c));
    const rawName = nameAt >= 0 ? row[nameAt]! : '';
    const name = matchNumbering(rawName)?.rest ?? rawName;
    row.forEach((cell, i) => {
      if (i === nameAt || rowNumbers.has(i)) return;
      const head = header?.[i] ?? '';
      const withUnit = figuresInSentence(cell, line);
      if (withUnit.length) {
        for (const f of withUnit) out.push({ ...f, subject: [name, head].filter(Boolean).join(' '), sentence });
        return;
      }
      const bare = BARE_NUMBER.exec(cell.trim());
      const unit = UNIT_IN_PARENS.exec(name)?.[1] ?? UNIT_IN_PARENS.exec(head)?.[1];
      if (!bare || !unit) return;
      out.push({
        value: bare[2]!,
        number: toNumber(bare[2]!),
        unit,
        subject: [name.replace(UNIT_IN_PARENS, ''), head.replace(UNIT_IN_PARENS, '')].filter(Boolean).join(' '),
        ...(bare[1] ? { qualifier: bare[1] } : {}),
        sentence,
        line,
      });
    });
  }
  return out;
}

function figuresInBlock(b: Block): Figure[] {
  if (b.type === 'table') return figuresInTable(b.rows, b.line);
  if (b.type === 'markdown-table') {
    const rows = b.lines
      .filter((l) => !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(l))
      .map((l) =>
        l
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/)
          .map((c) => c.trim().replace(/\\(.)/g, '$1')),
      );
    return figuresInTable(rows, b.line);
  }
  return sentences(b.text).flatMap((s) => figuresInSentence(s.text, b.line));
}

/**
 * The sentences of a document that state a key figure, for an official to confirm: every number followed by a
 * unit (人, 户, 名, 家, 个, 万元, 元, %, 人次, 所…), with the value as written, the unit, what it counts, the line and
 * the whole sentence. Reads any `ReadDocument`, after the importer's own clean-up (scraping markers removed,
 * broken lines joined), so the sentence is the one the published report shows.
 */
export function findFigures(doc: ReadDocument): Figure[] {
  const c = convertDocument(doc);
  return [...(c.title ? figuresInSentence(c.title.text, c.title.line) : []), ...c.blocks.flatMap(figuresInBlock)];
}
