import type { Removed, SourceLine } from './blocks.ts';
import { FIGURE_CLOSE, FIGURE_OPEN, NOTES_TITLE } from './figure-note.ts';

/**
 * The characters the words-kept check counts: letters (CJK ideographs, Latin), digits (also ①, Ⅻ, full-width) and
 * the signs a figure cannot lose (%, ‰, ℃, comparators). Other punctuation and spaces do not count, and neither
 * does the markdown the renderer adds (#, |, ---, \ escapes, ** — all punctuation).
 */
export const COUNTED = /[\p{L}\p{N}%％‰℃<>＜＞≤≥≦≧]/u;

/** One counted character and where it stands. */
export interface Token {
  ch: string;
  /** 1-based line (of the source text, or of the written file). */
  line: number;
  /** 0-based position in that line, in UTF-16 units. */
  col: number;
  /** A character the renderer may add (figure note, notes list, repeated merged cell): its absence from the source is no error. */
  optional?: boolean;
}

const LINES = /\r\n|\r|\n/;

function tokensOf(text: string, line: number, optional: (col: number) => boolean = () => false): Token[] {
  const out: Token[] = [];
  let col = 0;
  for (const ch of text) {
    if (COUNTED.test(ch)) out.push({ ch, line, col, ...(optional(col) ? { optional: true } : {}) });
    col += ch.length;
  }
  return out;
}

/** The counted characters of a string, as one string. */
export function countedText(text: string): string {
  return [...text].filter((ch) => COUNTED.test(ch)).join('');
}

/** Where `key` occurs in `tokens` (as counted characters, across line breaks), as start indexes. */
function occurrences(tokens: Token[], key: string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + key.length <= tokens.length; i++) {
    let k = 0;
    while (k < key.length && tokens[i + k]!.ch === key[k]) k++;
    if (k === key.length) out.push(i);
  }
  return out;
}

/**
 * The counted characters of the source, without those of the listed removals. Each removal is taken where its
 * text occurs nearest to its line — across line breaks, since a reader may list a navigation bar of several lines as
 * one removal, and anywhere in the source, since readers may number lines differently from `sourceText` (a web
 * page's removals carry the HTML file's lines). A short removal without a CJK character (a page number such as 6
 * or 12, fewer than four counted characters) only within two lines of its own, so that it cannot take a digit of the text. A removal not found takes nothing
 * (an undescribed image has no text); one taken from the wrong place leaves the right place unmatched, so it
 * cannot hide a loss by itself.
 */
export function sourceTokens(
  sourceText: string,
  removed: Removed[],
): { tokens: Token[]; lines: string[]; total: number; cut: number } {
  const lines = sourceText.split(LINES);
  const all = lines.flatMap((l, i) => tokensOf(l, i + 1));
  const cutMarks = all.map(() => false);
  let cut = 0;
  for (const r of removed) {
    if (r.kind === 'figure') continue;
    const key = [...countedText(r.text)];
    if (key.length === 0) continue;
    const short = key.length < 2 || (key.length < 4 && !key.some((ch) => /\p{Script=Han}/u.test(ch)));
    const reach = short ? 2 : Infinity;
    let best: number | undefined;
    for (const at of occurrences(all, key)) {
      const distance = Math.abs(all[at]!.line - r.line);
      if (distance > reach || cutMarks.slice(at, at + key.length).some(Boolean)) continue;
      if (best === undefined || distance < Math.abs(all[best]!.line - r.line)) best = at;
    }
    if (best === undefined) continue;
    for (let k = best; k < best + key.length; k++) cutMarks[k] = true;
    cut += key.length;
  }
  return { tokens: all.filter((_, k) => !cutMarks[k]), lines, total: all.length, cut };
}

/** Cells of a markdown table row, split at unescaped `|`, backslash escapes removed. */
function cells(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 1;
  let cur = '';
  for (let i = 1; i < line.length - 1; i++) {
    if (line[i] === '\\') {
      cur += line[i + 1] ?? '';
      i++;
    } else if (line[i] === '|') {
      out.push({ text: cur.trim(), start });
      start = i + 1;
      cur = '';
    } else cur += line[i];
  }
  out.push({ text: cur.trim(), start });
  return out;
}

const TABLE_ROW = /^\|.*\|$/;
const SEPARATOR = /^\|(\s*:?-{3,}:?\s*\|)+$/;

/**
 * Marks the columns of a table row whose cell repeats its left or upper neighbour: a merged cell is written in
 * every column it spans, so the copy has no counterpart in the source. Both copies are marked, as either may be
 * the one the comparison pairs with the source.
 */
function repeatedCells(
  row: { text: string; start: number }[],
  above: { text: string }[] | undefined,
  line: string,
): (col: number) => boolean {
  const ranges: [number, number][] = [];
  row.forEach((c, i) => {
    if (!countedText(c.text)) return;
    const left = row[i - 1]?.text === c.text;
    const right = row[i + 1]?.text === c.text;
    const up = above?.[i]?.text === c.text;
    if (left || right || up) {
      const end = i + 1 < row.length ? row[i + 1]!.start : line.length;
      ranges.push([c.start, end]);
    }
  });
  return (col) => ranges.some(([a, b]) => col >= a && col < b);
}

/**
 * The counted characters of what the importer writes: the document's title and the markdown body, with the
 * characters the renderer adds marked optional (see `figure-note.ts`), and a title taken from the file's properties
 * rather than its text (line 0) optional too.
 */
export function outputTokens(
  title: SourceLine | undefined,
  body: string,
  bodyFirstLine: number,
): { tokens: Token[]; lines: string[] } {
  const lines = body.split('\n');
  const tokens: Token[] = [];
  // A title from the file's properties (line 0, a web page's <title> or info line) may or may not be in the text.
  if (title) tokens.push(...tokensOf(title.text, 0, () => title.line === 0));
  let inNotes = false;
  let above: { text: string }[] | undefined;
  lines.forEach((text, i) => {
    const line = bodyFirstLine + i;
    let optional: ((col: number) => boolean) | undefined;
    if (text === `**${NOTES_TITLE}**`) {
      inNotes = true;
      optional = () => true;
    } else if (inNotes && text.startsWith('［')) {
      const end = text.indexOf('］');
      optional = (col) => col < end;
    } else if (text.startsWith(FIGURE_OPEN) && text.endsWith(FIGURE_CLOSE)) {
      optional = (col) => col < FIGURE_OPEN.length;
    } else if (TABLE_ROW.test(text) && !SEPARATOR.test(text)) {
      const row = cells(text);
      optional = repeatedCells(row, above, text);
      above = row;
    }
    if (!TABLE_ROW.test(text)) above = undefined;
    tokens.push(...tokensOf(text, line, optional));
  });
  return { tokens, lines };
}
