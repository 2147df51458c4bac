import type { Block, Note, Removed, SourceLine } from '../../documents/blocks.ts';
import { MAX_SUMMARY, MAX_TITLE_LINE, convertText, type Converted } from './convert.ts';
import { matchNumbering } from '../../documents/numbering.ts';
import { FIGURE_OPEN, figureText, noteBlocks } from '../../documents/figure-note.ts';
import { layOutText, translateLineRefs } from '../../documents/text-layout.ts';
import type { DocBlock, ReadDocument } from '../../documents/types.ts';

// No-break, ideographic and other odd spaces, as `toSourceLines` treats them; a block is one line of markdown.
const SPACES = /[\s\u00a0\u2002\u2003\u2009\u3000\ufeff]+/g;
const clean = (s: string) => s.replace(SPACES, ' ').trim();

/** The existing title rule: not numbered, at most 60 characters, not a sentence. */
function isTitleText(text: string): boolean {
  return text !== '' && text.length <= MAX_TITLE_LINE && !matchNumbering(text) && !/[。！？]$/.test(text);
}

function firstSentence(blocks: Block[]): string | undefined {
  const p = blocks.find((b) => b.type === 'paragraph' && !b.strong && !b.text.startsWith(FIGURE_OPEN));
  if (!p || p.type !== 'paragraph') return undefined;
  const end = p.text.indexOf('。');
  const s = end < 0 ? p.text : p.text.slice(0, end + 1);
  return s.length <= MAX_SUMMARY ? s : undefined;
}

const byLine = <T extends { line: number }>(xs: T[]) =>
  xs
    .map((x, i) => [x, i] as const)
    .sort((a, b) => a[0].line - b[0].line || a[1] - b[1])
    .map(([x]) => x);

/** A figure as a paragraph note, or — with neither alt text nor caption — a listed removal. */
function figure(b: Extract<DocBlock, { type: 'figure' }>, removed: Removed[]): Block | undefined {
  const text = figureText(b.alt, b.caption);
  if (text) return { type: 'paragraph', text, line: b.line };
  removed.push({ kind: 'figure', text: '（图片）', line: b.line });
  return undefined;
}

/**
 * The first block is the title when it is a level-1 heading that passes the title rule (and the other level-1
 * headings, if any, are numbered sections), or when it is the text of `meta.title`. Without one, `meta.title`
 * is the title with line 0: it comes from the file's properties, not from its text.
 */
function takeTitle(doc: ReadDocument, blocks: DocBlock[]): { title?: SourceLine; rest: DocBlock[] } {
  const first = blocks[0];
  const meta = doc.meta.title ? clean(doc.meta.title) : undefined;
  if (first && (first.type === 'heading' || first.type === 'paragraph')) {
    const text = clean(first.text);
    const othersNumbered = blocks
      .slice(1)
      .every((b) => b.type !== 'heading' || b.level !== 1 || matchNumbering(clean(b.text)));
    const topHeading = first.type === 'heading' && first.level === 1 && isTitleText(text) && othersNumbered;
    if (topHeading || (meta && text === meta)) return { title: { text, line: first.line }, rest: blocks.slice(1) };
  }
  return { title: meta ? { text: meta, line: 0 } : undefined, rest: blocks };
}

/** A document whose format marks its headings: its structure is used as it is. */
function convertMarked(doc: ReadDocument): Converted {
  const removed = [...doc.removed];
  const notes = [...doc.notes];
  const { title, rest } = takeTitle(doc, doc.blocks);
  const levels = [...new Set(rest.flatMap((b) => (b.type === 'heading' && clean(b.text) ? [b.level] : [])))].sort(
    (a, b) => a - b,
  );
  const mdLevel = (level: number) => Math.min(6, 2 + levels.indexOf(level));
  if (levels.some((l, i) => l !== i + 1)) {
    const first = rest.find((b) => b.type === 'heading')!;
    notes.push({
      line: first.line,
      text: `原文的标题级别 ${levels.join('、')} 依次写成 ${levels.map((l) => '#'.repeat(mdLevel(l))).join('、')}，不跳级`,
    });
  }
  const blocks: Block[] = [];
  const footnotes: { label: string; text: string; line: number }[] = [];
  for (const b of rest) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
      case 'list-item': {
        const text = clean(b.text);
        if (!text) break;
        blocks.push(
          b.type === 'heading'
            ? { type: 'heading', level: mdLevel(b.level), text, line: b.line }
            : { type: 'paragraph', text, line: b.line },
        );
        break;
      }
      case 'table': {
        const rows = b.rows.map((r) => r.map(clean)).filter((r) => r.some((c) => c !== ''));
        const width = Math.max(0, ...rows.map((r) => r.length));
        if (rows.length)
          blocks.push({
            type: 'table',
            rows: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? '')),
            line: b.line,
          });
        break;
      }
      case 'figure': {
        const f = figure(b, removed);
        if (f) blocks.push(f);
        break;
      }
      case 'note':
        footnotes.push({ label: b.label, text: clean(b.text), line: b.line });
        break;
    }
  }
  blocks.push(...noteBlocks(footnotes));
  return {
    title,
    published: doc.meta.published,
    blocks,
    removed: byLine(removed),
    notes: byLine(notes),
    summary: firstSentence(blocks),
  };
}

/**
 * A document with no marked headings (a .txt, a Word file typed like the seeds): its lines go through
 * `convertText`, which finds the headings from the numbering or the short lines, exactly as for the seeds.
 * Figures and notes, which plain text cannot carry, are put back after conversion at their place.
 */
function convertUnmarked(doc: ReadDocument): Converted {
  const laid = layOutText(doc.blocks);
  const c = convertText(laid.text, { joinBrokenLines: !doc.explicitParagraphs });
  const at = (line: number) => (laid.identity ? line : (laid.sourceLine[line] ?? line));
  const fix = <T extends { line: number }>(x: T): T => ({ ...x, line: at(x.line) });
  const removed = [...doc.removed, ...c.removed.map(fix)];
  const notes = [
    ...doc.notes,
    ...c.notes.map((n) => ({
      line: at(n.line),
      text: laid.identity ? n.text : translateLineRefs(n.text, laid.sourceLine),
    })),
  ];
  const blocks = c.blocks.map(fix);
  const footnotes: { label: string; text: string; line: number }[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'note') footnotes.push({ label: b.label, text: clean(b.text), line: b.line });
    if (b.type !== 'figure') continue;
    const f = figure(b, removed);
    if (!f) continue;
    const i = blocks.findIndex((x) => x.line > b.line);
    blocks.splice(i < 0 ? blocks.length : i, 0, f);
  }
  blocks.push(...noteBlocks(footnotes));
  const title = c.title ? fix(c.title) : doc.meta.title ? { text: clean(doc.meta.title), line: 0 } : undefined;
  return {
    title,
    published: c.published ?? doc.meta.published,
    blocks,
    removed: byLine(removed),
    notes: byLine(notes as Note[]),
    summary: c.summary,
  };
}

/**
 * Turns what a reader read into the importer's blocks. When the document marks headings (a Word heading style, a
 * PDF line set larger, an `<h2>`), they are used as marked: levels mapped to `##`, `###`… in order so none is
 * skipped, a level-1 first heading (or `meta.title`) as the title, tables as tables, list items as paragraphs
 * with their marker, figures as `（图：…）` notes and footnotes as a 注释 list (see `figure-note.ts`). When it marks
 * none, its lines go through `convertText` as the seeds always have. Words are never changed.
 */
export function convertDocument(doc: ReadDocument): Converted {
  const marked = doc.blocks.some((b) => b.type === 'heading' && clean(b.text) !== '');
  return marked ? convertMarked(doc) : convertUnmarked(doc);
}
