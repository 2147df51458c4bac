import { ATTRIBUTE_CELL, CATEGORY_NUMBERING, looksLikeValue, readMarker } from './cells.ts';
import { HEADER_PIECE, readHeaderContinuation, readHeaderLine, type ResolvedHeader } from './header.ts';
import { spreadCategories, type CategoryLabel } from './category-column.ts';
import { buildRow, isComplete, type RowParts } from './row-parts.ts';
import type { PassedLine, TableRow } from './types.ts';
import { atPageBreak, PAGE_NUMBER } from './page-break.ts';

/**
 * Putting the lines of a table body back into rows. Text copied from a PDF gives a row as one line of cells
 * separated by spaces, or several: a name wrapped in its cell comes out as a line of its own (before or after the
 * values), a page break puts a page number and the repeated header inside the table, and a category row (社会保障)
 * is a line with only a name. A Word table gives whole rows. Every line ends up in a row, in `passed` (with why) or
 * in `unread`; nothing is dropped without being listed.
 */

/** One line of the table body: its cells, and whether it is a whole row (a Word table row). */
export interface BodyLine {
  line: number;
  text: string;
  /** Cells in order; a whole row keeps its empty cells so they can be placed by column. */
  cells: string[];
  whole?: boolean;
}

/** What the body holds. */
export interface Assembled {
  rows: TableRow[];
  passed: PassedLine[];
  unread: PassedLine[];
  end?: PassedLine;
}

const CONTINUED = /^(?:续表|续上表|[（(]续[）)])|[（(]续(?:表)?[）)]$/;
const TABLE_NOTE = /^(?:注|备注|说明|附注|数据来源|资料来源)\s*[0-9一二三]?\s*[：:]/;
const SENTENCE = /[。！？；]/;
// Endings of indicator names (…覆盖率, …人数, …比例): a line ending so continues a name, it names no group.
const NAME_ENDING = /(?:率|数|比例|比重|比|人次|指数|水平|时间|面积|金额|额|量|值|度|[)）])$/;
/** The end of a name, never its start: the unit in parentheses (`（人）`, `（人次，累计）`). */
const NAME_TAIL = /^[（(][^（）()]{1,12}[)）]$/;
const CATEGORY_LOST =
  '表头有“类别”列，但没有一行读出类别，类别可能和指标名称连在了一起；请从 Word 原件导入，或把表格复制为文字、各栏之间空两格后导入';
/** Longest text-only line that can still be a piece of a table row; longer ones are body text. */
const MAX_CELL_LINE = 24;

const compact = (s: string) => s.replace(/\s+/g, '');

/** A line that only names a group: 一、社会保障, （二）康复服务, or a short name that reads as no indicator. */
function namesGroup(text: string): boolean {
  if (CATEGORY_NUMBERING.test(text)) return true;
  const t = compact(text);
  return t.length >= 2 && t.length <= 14 && !/\d/.test(t) && !/[，,、：:（(]/.test(t) && !NAME_ENDING.test(t);
}

/**
 * Whether cells begin a row after a category cell: a number followed by a name (`1  困难残疾人…`) or a number
 * written into the name (`（1）困难残疾人…`). A bare number followed by a figure is the row's first value
 * (`困难残疾人…  100  100  约束性` has no category: 100 is not a 序号).
 */
function startsRow(cells: string[]): boolean {
  const m = cells[0] === undefined ? undefined : readMarker(cells[0]);
  if (!m) return false;
  if (m.rest !== '') return true;
  const next = cells[1];
  return next !== undefined && !looksLikeValue(next) && !ATTRIBUTE_CELL.test(next);
}

/** Reads the rows of a table body. Stops at body text after the table, a table note (注：) or the end. */
export function assembleRows(header: ResolvedHeader, lines: BodyLine[]): Assembled {
  const cols = header.columns;
  const nameAt = cols.findIndex((c) => c.kind === 'name');
  const before = cols.slice(0, nameAt);
  const after = cols.slice(nameAt + 1);
  const hasSeq = before.some((c) => c.kind === 'seq');
  const hasCategoryColumn = before.some((c) => c.kind === 'category');
  // Where the labels of a 类别 column stand in text (see category-column.ts).
  const labels: (CategoryLabel & { line: number })[] = [];
  let wholeRows = false;

  const out: Assembled = { rows: [], passed: [], unread: [] };
  // Lines seen since the last row started: they count as inside the table only if another row follows.
  let tentative: { passed: PassedLine[]; unread: PassedLine[] } = { passed: [], unread: [] };
  let pending: { text: string; line: number }[] = [];
  let current: RowParts | undefined;
  let category: string | undefined;
  let lastN = 0;
  let numbered = hasSeq;
  let afterBlank = false;
  let inHeader = false;

  const accept = (n: number, inName: boolean) => n === lastN + 1 || (n === 1 && lastN > 0) || (inName && n > lastN);

  const complete = (b: RowParts) => isComplete(header, b);

  function fail(b: RowParts, why: string) {
    const text = b.firstText ?? [b.marker, ...b.names.map((n) => n.text), ...b.tail].filter(Boolean).join('  ');
    out.unread.push({ line: b.lines[0]!, text, why });
  }

  function finish() {
    const b = current;
    current = undefined;
    if (!b) return;
    const row = buildRow(header, b, out.rows.length + 1);
    if (typeof row === 'string') fail(b, row);
    else out.rows.push(row);
  }

  /** A 类别 column in text: each label is the centre of its group of rows, not the first row of it. */
  function spreadLabels() {
    const spread = spreadCategories(out.rows.length, labels);
    const first = labels[0]!;
    if (!spread) {
      out.passed.push({
        line: first.line,
        text: first.text,
        why: '类别栏：各类别的行数看不出来，分类按类别所在行及以下各行填写，请逐项核对 category',
      });
      return;
    }
    const { categories, ambiguous } = spread;
    out.rows.forEach((r, i) => (r.category = categories[i]));
    const own = new Set(labels.map((l) => l.line));
    out.passed = out.passed.filter((p) => !(own.has(p.line) && p.why.startsWith('分类行')));
    let from = 0;
    for (const l of labels) {
      let to = from;
      while (to + 1 < categories.length && categories[to + 1] === l.text) to++;
      const range = from === to ? `第 ${from + 1} 项` : `第 ${from + 1}–${to + 1} 项`;
      const check = ambiguous ? '；各组的行数还有别的可能，请逐项核对 category' : '';
      out.passed.push({
        line: l.line,
        text: l.text,
        why: `类别栏（合并单元格，写在本组中间）：${range}的分类为“${l.text}”${check}`,
      });
      from = to + 1;
    }
    out.passed.sort((a, b) => a.line - b.line);
  }

  /** Starting a row makes the lines seen since the last one part of the table. */
  function commit() {
    out.passed.push(...tentative.passed);
    out.unread.push(...tentative.unread);
    tentative = { passed: [], unread: [] };
  }

  /** Text-only lines before a row: group names, or (when the row has none) the row's name. */
  /**
   * Text-only lines before a row: group names, the rest of the row above's name, or the start of this row's name.
   * A name cell printed over three lines comes out with its first line above the line with the number (the number
   * is centred); that is so when this row's own name starts as only a tail does, with its unit `（人次，累计）`.
   */
  function settlePending(rowName: string | undefined): { text: string; line: number }[] {
    const names: { text: string; line: number }[] = [];
    const rowHasName = rowName !== undefined && !NAME_TAIL.test(rowName);
    for (const p of pending) {
      if (namesGroup(p.text) && !(names.length && !CATEGORY_NUMBERING.test(p.text))) {
        category = p.text.replace(CATEGORY_NUMBERING, '').trim();
        labels.push({ text: category, at: out.rows.length + (current ? 1 : 0) - 0.5, line: p.line });
        tentative.passed.push({ ...p, why: `分类行：下面各行的分类（category）为“${category}”` });
      } else if (!rowHasName && (names.length || !current || !NAME_TAIL.test(p.text))) {
        names.push(p);
        tentative.passed.push({ ...p, why: '指标名称折行，是下一行指标名称的开头' });
      } else if (current) {
        current.names.push(p);
        current.lines.push(p.line);
        tentative.passed.push({ ...p, why: `指标名称折行，接在第 ${current.lines[0]} 行的名称后` });
      } else tentative.unread.push({ ...p, why: '不知道这一行属于哪个指标' });
    }
    pending = [];
    return names;
  }

  function start(
    b: Omit<RowParts, 'lines' | 'names'> & { names: { text: string; line: number }[] },
    line: number,
    firstText: string,
  ) {
    const names = settlePending(b.names[0]?.text);
    finish();
    commit();
    if (b.categoryCell) {
      category = b.categoryCell;
      labels.push({ text: category, at: out.rows.length, line });
    }
    current = {
      ...b,
      names: [...names, ...b.names],
      lines: [...names.map((n) => n.line), line],
      firstText,
      ...(category ? { category } : {}),
    };
  }

  for (let i = 0; i < lines.length; i++) {
    const L = lines[i]!;
    const t = L.text.trim();
    if (t === '' && !L.whole) {
      afterBlank = true;
      continue;
    }
    if (inHeader && (readHeaderContinuation(t) || HEADER_PIECE.test(compact(t)))) {
      tentative.passed.push({ line: L.line, text: t, why: '重复的表头' });
      continue;
    }
    inHeader = false;
    if (PAGE_NUMBER.test(t)) {
      tentative.passed.push({ line: L.line, text: t, why: '页码' });
      afterBlank = true;
      continue;
    }
    if (CONTINUED.test(t) && t.length <= 40) {
      tentative.passed.push({ line: L.line, text: t, why: '续表' });
      continue;
    }
    if (readHeaderLine(t)) {
      tentative.passed.push({ line: L.line, text: t, why: '重复的表头（换页）' });
      inHeader = true;
      afterBlank = true;
      continue;
    }
    if (TABLE_NOTE.test(t)) {
      out.end = { line: L.line, text: t, why: '表注，表格到此结束' };
      break;
    }
    const cells = L.whole ? L.cells.map((c) => c.trim()) : t.split(/\s{2,}|\t+/).filter(Boolean);
    const filled = cells.filter((c) => c !== '');
    if (!L.whole && filled.length === 1 && (SENTENCE.test(t) || compact(t).length > MAX_CELL_LINE)) {
      out.end = { line: L.line, text: t, why: '正文，表格到此结束' };
      break;
    }
    // A running header or footer copied with the page break: next to the page number, before the repeated header.
    if (!L.whole && filled.length === 1 && atPageBreak(lines, i)) {
      tentative.passed.push({ line: L.line, text: t, why: '页眉或页脚（换页处）' });
      continue;
    }
    // A bare page number (6) just before the repeated header of the next page.
    if (/^\d{1,4}$/.test(t) && !L.whole) {
      const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
      if (next && readHeaderLine(next.text.trim())) {
        tentative.passed.push({ line: L.line, text: t, why: '页码' });
        continue;
      }
    }
    if (L.whole) wholeRows = true;
    const wasBlank = afterBlank;
    afterBlank = false;

    if (L.whole && cells.length === cols.length) {
      // A Word row with one cell per column: place the cells by column.
      const seqAt = cols.findIndex((c) => c.kind === 'seq');
      const catAt = cols.findIndex((c) => c.kind === 'category');
      const name = cells[nameAt] ?? '';
      const rest = cells.filter((c, j) => c !== '' && j !== nameAt && j !== seqAt && j !== catAt);
      const seqCell = seqAt >= 0 ? cells[seqAt] : undefined;
      if (!rest.length && name && !readMarker(name)) {
        pending.push({ text: name, line: L.line });
        if (catAt >= 0 && cells[catAt]) pending = [{ text: cells[catAt]!, line: L.line }, ...pending];
        continue;
      }
      if (!rest.length && !name && catAt >= 0 && cells[catAt]) {
        pending.push({ text: cells[catAt]!, line: L.line });
        continue;
      }
      const inName = !seqCell ? readMarker(name) : undefined;
      const marker = seqCell || (inName?.rest ? inName.text : undefined);
      if (marker) {
        numbered = true;
        lastN = readMarker(marker)?.n ?? lastN;
      }
      const placed = new Map<number, string>();
      cells.forEach((c, j) => {
        if (j !== nameAt && j !== seqAt && j !== catAt) placed.set(j, c);
      });
      start(
        {
          ...(marker ? { marker } : {}),
          markerInName: !seqCell && !!inName?.rest,
          ...(catAt >= 0 && cells[catAt] ? { categoryCell: cells[catAt] } : {}),
          names: [{ text: inName?.rest ? inName.rest : name, line: L.line }].filter((n) => n.text !== ''),
          tail: [],
          placed,
          printed: cells,
        },
        L.line,
        t,
      );
      continue;
    }

    let rest = filled;
    let categoryCell: string | undefined;
    let marker: string | undefined;
    let markerInName = false;
    const needsValues = current !== undefined && !complete(current) && current.names.length > 0;
    for (const c of before) {
      if (!rest.length) break;
      if (c.kind === 'seq') {
        const m = readMarker(rest[0]!);
        if (m && m.rest === '' && accept(m.n, false) && !(needsValues && /^\d+$/.test(m.text))) {
          marker = m.text;
          rest = rest.slice(1);
        }
      } else if (c.kind === 'category' && rest.length >= 2 && !readMarker(rest[0]!) && !looksLikeValue(rest[0]!)) {
        // `社会保障 2 重度残疾人…`: a text layer may put one space only between the category, number and name.
        const glued = /^([\u4e00-\u9fff]{2,12})\s+(?=\d{1,3}(?:[\s.．、]|$)|[（(]\d{1,3}[)）])/.exec(rest[0]!);
        if (glued) {
          categoryCell = glued[1];
          rest = [rest[0]!.slice(glued[0].length), ...rest.slice(1)];
        } else if (startsRow(rest.slice(1)) || rest.length > 1 + after.length) {
          categoryCell = rest[0];
          rest = rest.slice(1);
        }
      }
    }
    if (!marker && rest.length) {
      const m = readMarker(rest[0]!);
      if (m && m.rest !== '' && accept(m.n, true)) {
        marker = m.text;
        markerInName = true;
        rest = [m.rest, ...rest.slice(1)];
      } else if (
        m &&
        m.rest === '' &&
        !hasSeq &&
        rest.length >= 2 &&
        !looksLikeValue(rest[1]!) &&
        accept(m.n, false) &&
        !needsValues
      ) {
        marker = m.text;
        rest = rest.slice(1);
      }
    }
    if (marker || categoryCell) {
      if (marker) {
        numbered = true;
        lastN = readMarker(marker)?.n ?? lastN;
      }
      const [first, ...tail] = rest;
      const names =
        first !== undefined && !looksLikeValue(first) && !ATTRIBUTE_CELL.test(first)
          ? [{ text: first, line: L.line }]
          : [];
      start(
        {
          ...(marker ? { marker } : {}),
          markerInName,
          ...(categoryCell ? { categoryCell } : {}),
          names,
          tail: names.length ? tail : rest,
        },
        L.line,
        t,
      );
      continue;
    }
    const first = rest[0]!;
    const textOnly = rest.length === 1 && !looksLikeValue(first) && !ATTRIBUTE_CELL.test(first);
    if (current && !L.whole && !complete(current) && !(textOnly && (wasBlank || current.tail.length > 0))) {
      // The rest of a row: more of its name, then (or only) its values.
      current.lines.push(L.line);
      if (looksLikeValue(first) || ATTRIBUTE_CELL.test(first)) current.tail.push(...rest);
      else {
        current.names.push({ text: first, line: L.line });
        current.tail.push(...rest.slice(1));
        tentative.passed.push({ line: L.line, text: t, why: `指标名称折行，接在第 ${current.lines[0]} 行的名称后` });
      }
      continue;
    }
    if (textOnly) {
      if (current && !L.whole && !wasBlank && !pending.length && !namesGroup(first)) {
        current.names.push({ text: first, line: L.line });
        current.lines.push(L.line);
        tentative.passed.push({ line: L.line, text: t, why: `指标名称折行，接在第 ${current.lines[0]} 行的名称后` });
      } else pending.push({ text: first, line: L.line });
      continue;
    }
    if (!numbered && !looksLikeValue(first) && !ATTRIBUTE_CELL.test(first)) {
      // A table without numbers: each line with a name and values starts a row.
      start({ markerInName: false, names: [{ text: first, line: L.line }], tail: rest.slice(1) }, L.line, t);
      continue;
    }
    if (!numbered && pending.length && (looksLikeValue(first) || ATTRIBUTE_CELL.test(first))) {
      start({ markerInName: false, names: [], tail: rest }, L.line, t);
      continue;
    }
    if (pending.length) settlePending('');
    tentative.unread.push({
      line: L.line,
      text: t,
      why: numbered ? '这一行不以序号开头，也接不上上一行' : '读不出这一行的指标名称和数值',
    });
  }
  if (current && !complete(current)) {
    // A row whose values never came: its own lines are inside the table.
    commit();
  }
  // Text after the last row: a heading (三、主要任务) ends the table; a piece of a name is a row half-read.
  for (const p of pending) {
    if (namesGroup(p.text)) {
      out.end = { ...p, why: '表格后面的标题，表格到此结束' };
      break;
    }
    out.unread.push({ ...p, why: '不知道这一行属于哪个指标（表格最后一行后面的文字）' });
  }
  finish();
  if (hasCategoryColumn && !wholeRows && labels.length) spreadLabels();
  // A 类别 column that gave no row its category: the labels were read into the names (pdf.js can put a merged
  // cell's label and the row's name in one run: “就业 城乡新增…”). The names would be published wrong: stop.
  if (hasCategoryColumn && out.rows.length > 1 && out.rows.every((r) => !r.category)) {
    const first = out.rows[0]!;
    out.unread.push({ line: first.line ?? 0, text: first.cells.join('  '), why: CATEGORY_LOST });
  }
  if (out.rows.length && !out.end && tentative.unread.length) {
    out.end = { ...tentative.unread[0]!, why: `表格后面的行（${tentative.unread[0]!.why}），没有读入` };
  }
  return out;
}
