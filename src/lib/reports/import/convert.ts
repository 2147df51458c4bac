import { removeArtifacts } from './artifacts.ts';
import type { Block, Heading, Note, Removed, SourceLine } from '../../documents/blocks.ts';
import { findFlatTable } from './flat-table.ts';
import { classifyNewsLines } from './news-headings.ts';
import { NUMBERING_STYLES, matchNumbering, splitTitle } from '../../documents/numbering.ts';
import { toSourceLines } from '../../documents/source-lines.ts';

/** What the importer made of a document's text. */
export interface Converted {
  /** The document's own title line, if its first line is one. */
  title?: SourceLine;
  /** Publication date found in web-page chrome, `YYYY-MM-DD`. */
  published?: string;
  blocks: Block[];
  /** Everything removed, in line order. */
  removed: Removed[];
  /** Layout decisions worth checking (joined lines, merged cells), in line order. */
  notes: Note[];
  /** The first sentence of the first paragraph, when it is short enough for a list. */
  summary?: string;
}

/** How `convertText` treats its lines. */
export interface ConvertOptions {
  /**
   * Join a paragraph that stops mid-sentence with the next (a line break inside a sentence, as in text copied from
   * a web page). True for text files; false where the reader knows where each paragraph ends (Word, PDF, web pages),
   * so that a signature line and a date stay two paragraphs.
   */
  joinBrokenLines?: boolean;
}

/** Longest first line that counts as the document's title. */
export const MAX_TITLE_LINE = 60;
/** Longest first sentence used as the summary. */
export const MAX_SUMMARY = 160;

const PIPE_ROW = /^\|.*\|$/;
const MD_HEADING = /^(#{1,6})\s+(.+)$/;
// A paragraph that ends without one of these was cut by a line break (seed 003: …及相关部 / 门要建立…).
const ENDS_SENTENCE = /[。！？；：!?;:”’」』）)…]$/;

type Item = { line: SourceLine } | { block: Block };
type Para = Extract<Block, { type: 'paragraph' }> & { continues?: boolean };

function isTitleLine(text: string): boolean {
  return text.length <= MAX_TITLE_LINE && !matchNumbering(text) && !/[。！？]$/.test(text) && !PIPE_ROW.test(text);
}

/** Lines → items, with pipe tables and one-cell-per-line tables turned into blocks. */
function collectItems(lines: SourceLine[], notes: Note[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < lines.length) {
    const flat = findFlatTable(lines, i);
    const stop = flat ? flat.start : lines.length;
    for (; i < stop; i++) {
      const l = lines[i]!;
      if (PIPE_ROW.test(l.text)) {
        const rows: string[] = [];
        for (; i < stop && PIPE_ROW.test(lines[i]!.text); i++) rows.push(lines[i]!.text);
        items.push({ block: { type: 'markdown-table', lines: rows, line: l.line } });
        i--;
        continue;
      }
      const md = MD_HEADING.exec(l.text);
      // A markdown file's own headings keep their level (# becomes ## under the page title).
      if (md) items.push({ block: { type: 'heading', level: Math.max(2, md[1]!.length), text: md[2]!, line: l.line } });
      else items.push({ line: l });
    }
    if (!flat) break;
    if (flat.caption)
      items.push({ block: { type: 'paragraph', text: flat.caption.text, line: flat.caption.line, strong: true } });
    items.push({ block: flat.table });
    notes.push(...flat.notes);
    i = flat.end;
  }
  return items;
}

const SERIES_END = /[；;]$/;

function numberedBlocks(items: Item[], notes: Note[], joinBrokenLines: boolean): Block[] {
  // The numbering style of the line before when it ended with ；: an item of an enumeration written as one
  // sentence (1.继续实施…；2.推进…。). Such items are paragraphs: a title never ends with ；, and the item after
  // one belongs to the same sentence. So is a line whose would-be title holds a ； (the whole enumeration on one
  // line: （一）做好换证工作；（二）开展助残日活动。). Levels count only the styles left as headings.
  let series: string | undefined;
  const read = items.map((it) => {
    if ('block' in it) {
      series = undefined;
      return { it };
    }
    const n = matchNumbering(it.line.text);
    const inSeries = n !== undefined && (SERIES_END.test(it.line.text) || series === n.style);
    series = n && SERIES_END.test(it.line.text) ? n.style : undefined;
    const split = n && !inSeries ? splitTitle(n.rest) : undefined;
    return { it, n, item: inSeries || (split !== undefined && /[；;]/.test(split.title)), split };
  });
  const present = NUMBERING_STYLES.filter((s) => read.some((r) => r.n?.style === s && r.split && !r.item));
  const blocks: Block[] = [];
  for (const { it, n, item, split } of read) {
    if ('block' in it) {
      blocks.push(it.block);
      continue;
    }
    const { text, line } = it.line;
    if (n && split && !item) {
      blocks.push({ type: 'heading', level: 2 + present.indexOf(n.style), text: n.marker + split.title, line });
      if (split.body) blocks.push({ type: 'paragraph', text: split.body, line, continues: true } as Para);
      continue;
    }
    if (n && !item) notes.push({ line, text: `编号行太长，找不到标题的结尾，保留为段落：${text.slice(0, 20)}…` });
    blocks.push({ type: 'paragraph', text, line });
  }
  return joinBrokenLines ? joinBrokenParagraphs(blocks, notes) : blocks.map(plainBlock);
}

/** A block without the converter's working marks (`continues`). */
function plainBlock(b: Block): Block {
  return b.type === 'paragraph'
    ? { type: 'paragraph', text: b.text, line: b.line, ...(b.strong ? { strong: true } : {}) }
    : b;
}

/** Joins a paragraph that stops mid-sentence with the plain paragraph after it (a line break inside a sentence). */
function joinBrokenParagraphs(blocks: Block[], notes: Note[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      b.type === 'paragraph' &&
      !b.strong &&
      !(b as Para).continues &&
      prev?.type === 'paragraph' &&
      !prev.strong &&
      !ENDS_SENTENCE.test(prev.text)
    ) {
      notes.push({ line: b.line, text: `第 ${prev.line} 行与第 ${b.line} 行原是一段，被换行断开，已接上` });
      out[out.length - 1] = { ...prev, text: prev.text + b.text };
      continue;
    }
    out.push(b);
  }
  return out.map(plainBlock);
}

function newsBlocks(items: Item[], removed: Removed[], notes: Note[]): Block[] {
  const lines: SourceLine[] = [];
  const breaks: boolean[] = [];
  let broke = false;
  for (const it of items) {
    if ('block' in it) broke = true;
    else {
      lines.push(it.line);
      breaks.push(broke);
      broke = false;
    }
  }
  const c = classifyNewsLines(lines, breaks);
  removed.push(...c.removed);
  notes.push(...c.notes);
  const blocks: Block[] = [];
  let k = 0;
  for (const it of items) {
    if ('block' in it) {
      blocks.push(it.block);
      continue;
    }
    const role = c.roles[k];
    const l = lines[k++]!;
    if (role?.role === 'heading') blocks.push({ type: 'heading', ...role.heading });
    else if (role?.role === 'paragraph') blocks.push({ type: 'paragraph', text: l.text, line: l.line });
  }
  return blocks;
}

function firstSentence(blocks: Block[]): string | undefined {
  const p = blocks.find((b) => b.type === 'paragraph' && !b.strong);
  if (!p || p.type !== 'paragraph') return undefined;
  const end = p.text.indexOf('。');
  const s = end < 0 ? p.text : p.text.slice(0, end + 1);
  return s.length <= MAX_SUMMARY ? s : undefined;
}

/**
 * Turns a document's text into blocks: removes artifacts, takes the first line as the title when it is one,
 * rebuilds flattened tables, then finds headings — from the numbering (一、 （一） 1. （1）) when at least two lines
 * are numbered, otherwise from the short lines of a news-style report (see `classifyNewsLines`).
 */
export function convertText(text: string, options: ConvertOptions = {}): Converted {
  const art = removeArtifacts(toSourceLines(text));
  const removed = [...art.removed];
  const notes: Note[] = [];
  let lines = art.lines;
  let title: SourceLine | undefined;
  if (lines[0] && isTitleLine(lines[0].text)) {
    title = { ...lines[0], text: lines[0].text.replace(/^#\s+/, '') };
    lines = lines.slice(1);
  }
  const items = collectItems(lines, notes);
  const numbered = items.filter((it) => 'line' in it && matchNumbering(it.line.text)).length >= 2;
  const blocks = numbered
    ? numberedBlocks(items, notes, options.joinBrokenLines ?? true)
    : newsBlocks(items, removed, notes);
  removed.sort((a, b) => a.line - b.line);
  notes.sort((a, b) => a.line - b.line);
  return { title, published: art.published, blocks, removed, notes, summary: firstSentence(blocks) };
}

/** The headings of the body, in order, for the dry run's outline. */
export function outlineOf(blocks: Block[]): Heading[] {
  return blocks.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, text: b.text, line: b.line }] : []));
}
