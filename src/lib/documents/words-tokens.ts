import type { Removed } from '../import/blocks.ts';
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

/**
 * The counted characters of the source, without those of the listed removals. Each removal is looked for at its own
 * line first, then up to two lines away (a reader's line numbers may count a little differently); a removal not
 * found there takes nothing (an undescribed image has no text).
 */
export function sourceTokens(sourceText: string, removed: Removed[]): { tokens: Token[]; lines: string[]; total: number; cut: number } {
  const lines = sourceText.split(LINES);
  const perLine = lines.map((l, i) => tokensOf(l, i + 1));
  const cutMarks = perLine.map((t) => t.map(() => false));
  let cut = 0;
  for (const r of removed) {
    if (r.kind === 'figure') continue;
    const key = countedText(r.text);
    if (!key) continue;
    const base = r.line - 1;
    for (const d of [0, -1, 1, -2, 2]) {
      const i = base + d;
      const toks = perLine[i];
      if (!toks) continue;
      const s = toks.map((t) => t.ch).join('');
      let from = 0;
      let at = -1;
      while ((at = s.indexOf(key, from)) >= 0) {
        // Positions are in characters of `s`; tokens are one code point each, so map through the array.
        const start = [...s.slice(0, at)].length;
        const len = [...key].length;
        if (cutMarks[i]!.slice(start, start + len).every((c) => !c)) {
          for (let k = start; k < start + len; k++) cutMarks[i]![k] = true;
          cut += len;
          break;
        }
        from = at + 1;
      }
      if (at >= 0) break;
    }
  }
  const tokens = perLine.flatMap((t, i) => t.filter((_, k) => !cutMarks[i]![k]));
  return { tokens, lines, total: perLine.reduce((n, t) => n + t.length, 0), cut };
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
function repeatedCells(row: { text: string; start: number }[], above: { text: string }[] | undefined, line: string): (col: number) => boolean {
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
 * The counted characters of what the importer writes: the document's title line (when it comes from the text) and
 * the markdown body, with the characters the renderer adds marked optional (see `figure-note.ts`).
 */
export function outputTokens(title: string | undefined, body: string, bodyFirstLine: number): { tokens: Token[]; lines: string[] } {
  const lines = body.split('\n');
  const tokens: Token[] = [];
  if (title) tokens.push(...tokensOf(title, 0));
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
