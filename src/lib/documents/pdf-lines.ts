import type { PdfItem, PdfPage } from './pdf-load.ts';

/**
 * Text items grouped into the lines a reader sees: items on one baseline (y), left to right (x). A wide gap
 * between items (more than one character) splits the line into cells, as the columns of a table are.
 */

/** A run of a line between two wide gaps: one cell of a table row, or the whole line of body text. */
export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
  /**
   * The cell cut at its gaps wider than a quarter of a character (each piece a cell of its own), when it has such gaps: a
   * table cell whose text fills its column stands that near the next one (a 类别 label 残疾人保障 beside the row's
   * name, with only the cells' padding between), and only the table's columns tell the two apart.
   */
  pieces?: PdfCell[];
}

/** One printed line. */
export interface PdfLine {
  /** 1-based reading-order number over the whole document (the `line` of blocks, removals and notes). */
  line: number;
  page: number;
  /** Baseline, in points from the page's bottom edge. */
  y: number;
  x0: number;
  x1: number;
  /** The font size most of its characters are set in. */
  size: number;
  /** The font most of its characters are set in ('' when the PDF names none). */
  font: string;
  /** Share (0–1) of its characters set in a bold or black face (see `isHeavyFont`). */
  heavy: number;
  cells: PdfCell[];
  /** The cells joined by two spaces (one cell: the line as printed). */
  text: string;
}

/** A gap wider than this many font sizes separates cells. */
const CELL_GAP = 1.0;
/** A gap wider than this many font sizes inside a cell may be the padding between two table cells. */
const PIECE_GAP = 0.25;
/** About how wide a Latin letter, digit or sign is, in font sizes (Noto, 宋体 and Times set digits at 0.5–0.6). */
const LATIN_WIDTH = 0.55;
/** A gap wider than this many font sizes between Latin letters or digits is a space. */
const WORD_GAP = 0.15;
/**
 * A gap this wide (in font sizes) between two Chinese characters is a full-width space the writer typed (第一章　总则,
 * 一、　总体要求): the text layer of Chromium and LibreOffice leaves the space out and only moves the next character.
 * Justified lines spread far less than this between characters.
 */
const IDEOGRAPHIC_GAP = 0.75;
/** Items whose baselines differ by at most this many font sizes are on one line. */
const SAME_LINE = 0.3;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u{20000}-\u{3134f}]/u;

/**
 * Whether a font name is a bold, black or heading face: Bold/Black/Heavy/Semibold/Demi, 黑体 (SimHei, Heiti,
 * STHeiti, Microsoft YaHei), 方正小标宋 and 大标宋 (FZXBSJW, FZDBSJW), 华文中宋 (STZhongsong).
 */
export function isHeavyFont(font: string): boolean {
  return /bold|black|heavy|semibold|demi|hei|黑|xbs|xiaobiaosong|小标宋|dbs|dabiaosong|大标宋|zhongsong|中宋|\bbd\b|,b$/i.test(
    font,
  );
}

/** Whether a font name is a sans (gothic) face, set apart from a serif body (宋体/仿宋/楷体/Serif/Ming). */
export function isSansFont(font: string): boolean {
  return /sans|gothic|hei|黑|yahei|arial|helvetica/i.test(font) && !/serif/i.test(font);
}

const charCount = (s: string) => [...s.replace(/\s+/g, '')].length;

/** The value most characters have. */
function dominant<T>(items: PdfItem[], key: (it: PdfItem) => T): T {
  const weights = new Map<T, number>();
  for (const it of items) weights.set(key(it), (weights.get(key(it)) ?? 0) + charCount(it.str));
  return [...weights].sort((a, b) => b[1] - a[1])[0]![0];
}

const FULL_WIDTH_SPACE = /(?<=[\u3000-\u303f\uff00-\uffef]) (?=\S)|(?<=\S) (?=[\u3000-\u303f\uff00-\uffef])/g;

/** Joins the items of one cell, with a space where a gap separates two Latin words or numbers, or two Chinese characters by a full-width space. */
function cellText(items: PdfItem[]): string {
  let text = '';
  let end = -Infinity;
  for (const it of items) {
    const gap = it.x - end;
    const last = text.at(-1) ?? '';
    const next = it.str[0] ?? '';
    const cjk = CJK.test(last) && CJK.test(next);
    if (
      text &&
      !/\s/.test(last) &&
      !/\s/.test(next) &&
      (cjk ? gap > IDEOGRAPHIC_GAP * it.size : gap > WORD_GAP * it.size)
    )
      text += ' ';
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  // pdf.js writes a space where a justified line leaves a gap; beside full-width punctuation it is never one typed.
  return text.replace(/\s+/g, ' ').replace(FULL_WIDTH_SPACE, '').trim();
}

/**
 * An item cut at its spaces. pdf.js writes a space into one item where two runs stand a little apart (two table
 * cells with only their padding between: 残疾人保障 困难…, 增速 %, 累计 5000 预期性), so where the text after the space
 * starts is estimated: a Chinese character is one font size wide, a Latin letter, digit or sign about half of one.
 * Only a table's columns decide whether the pieces are cells (see `PdfCell.pieces`), so an estimate will do.
 */
function cutAtSpaces(it: PdfItem): PdfItem[] {
  const m = /^(\S+?)\s+(?=\S)/u.exec(it.str);
  if (!m) return [it];
  const width = [...m[1]!].reduce((w, ch) => w + (CJK.test(ch) ? 1 : LATIN_WIDTH) * it.size, 0);
  if (width >= it.width) return [it];
  const rest = { ...it, str: it.str.slice(m[0].length), x: it.x + width, width: it.width - width };
  return [{ ...it, str: m[1]!, width }, ...cutAtSpaces(rest)];
}

/** A cell's items cut at gaps wider than `PIECE_GAP` and at the spaces pdf.js writes for gaps (see `PdfCell.pieces`). */
function piecesOf(items: PdfItem[]): PdfItem[][] {
  const out: PdfItem[][] = [];
  let end = -Infinity;
  for (const item of items) {
    cutAtSpaces(item).forEach((it, i) => {
      if (out.length && (i > 0 || it.x - end > PIECE_GAP * it.size)) out.push([it]);
      else if (out.length) out.at(-1)!.push(it);
      else out.push([it]);
      end = Math.max(end, it.x + it.width);
    });
  }
  return out;
}

/** Groups one page's items into lines, top to bottom; `first` is the reading-order number of its first line. */
export function pageLines(page: PdfPage, first: number): PdfLine[] {
  const items = [...page.items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const it of items) {
    const g = groups.at(-1);
    const size = Math.max(it.size, g?.[0]?.size ?? 0);
    if (g && Math.abs(g[0]!.y - it.y) <= SAME_LINE * size) g.push(it);
    else groups.push([it]);
  }
  return groups.map((g, i) => {
    g.sort((a, b) => a.x - b.x);
    const cells: PdfCell[] = [];
    let run: PdfItem[] = [];
    const cellOf = (items: PdfItem[]): PdfCell | undefined => {
      const text = cellText(items);
      return text ? { text, x0: items[0]!.x, x1: Math.max(...items.map((r) => r.x + r.width)) } : undefined;
    };
    const flush = () => {
      const cell = cellOf(run);
      if (cell) {
        const pieces = piecesOf(run)
          .map(cellOf)
          .filter((c): c is PdfCell => !!c);
        cells.push(pieces.length > 1 ? { ...cell, pieces } : cell);
      }
      run = [];
    };
    for (const it of g) {
      const prev = run.at(-1);
      if (prev && it.x - Math.max(...run.map((r) => r.x + r.width)) > CELL_GAP * Math.max(it.size, prev.size)) flush();
      run.push(it);
    }
    flush();
    const chars = g.reduce((n, it) => n + charCount(it.str), 0);
    const heavyChars = g.filter((it) => isHeavyFont(it.font)).reduce((n, it) => n + charCount(it.str), 0);
    return {
      line: first + i,
      page: page.number,
      y: dominant(g, (it) => it.y),
      x0: cells[0]?.x0 ?? g[0]!.x,
      x1: cells.at(-1)?.x1 ?? g[0]!.x,
      size: dominant(g, (it) => Math.round(it.size * 2) / 2),
      font: dominant(g, (it) => it.font),
      heavy: chars ? heavyChars / chars : 0,
      cells,
      text: cells.map((c) => c.text).join('  '),
    };
  });
}

/** All lines of the document in reading order (pages in order, each top to bottom), numbered from 1. */
export function documentLines(pages: PdfPage[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (const page of pages) out.push(...pageLines(page, out.length + 1));
  return out;
}

/** Whether a character is Chinese (or full-width punctuation): such characters join a wrapped line with no space. */
export const isCjk = (ch: string) => CJK.test(ch);
