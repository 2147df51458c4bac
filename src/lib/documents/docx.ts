import type { Note, Removed } from './blocks.ts';
import { hasParagraphs, readBlocks, type BodyContext, type Draft, type FigureDraft } from './docx-body.ts';
import { promoteBoldHeadings } from './docx-bold-headings.ts';
import { joinLines } from './docx-heading-lines.ts';
import { Numbering } from './docx-numbering.ts';
import { matchNumbering } from './numbering.ts';
import { headerFooterTexts, readComments, readNotes } from './docx-notes.ts';
import { openDocx, type DocxParts } from './docx-package.ts';
import { Styles } from './docx-styles.ts';
import { childOf, childrenOf, descendants } from './docx-xml.ts';
import { DocumentError } from './document-error.ts';
import type { DocBlock, ReadDocument } from './types.ts';

/**
 * Word (.docx) reader. It reads the OOXML itself — `word/document.xml`, `styles.xml`, `numbering.xml`, notes,
 * comments, headers and footers — with a real XML parser (@xmldom/xmldom over the zip opened by JSZip), because
 * mammoth's document model keeps neither the numbering format (`chineseCounting`, `%1、`) nor outline levels.
 */

const FIGURE_NAMES = {
  image: '图片',
  chart: '图表',
  diagram: 'SmartArt 图形',
  object: '嵌入对象',
  shape: '图形',
} as const;

/**
 * Pairs each figure with a caption paragraph (题注) right after it — or right before it — and turns figures into
 * figure blocks. A figure with neither alt text nor caption is left out and listed; so is a shape without text.
 * Captions that belong to no figure (a table's 表 1 …) stay paragraphs.
 */
function settleFigures(drafts: Draft[], ctx: BodyContext): DocBlock[] {
  const { removed } = ctx;
  const used = new Set<number>();
  const captionLine = new Map<FigureDraft, number>();
  // Word puts captions below pictures by default; a document that puts them above does so throughout, so the side
  // most figures have a caption on is tried first.
  const isCaption = (d: Draft | undefined) => d?.type === 'caption';
  const figures = drafts.flatMap((d, i) => (d.type === 'figure-draft' && !d.caption ? [i] : []));
  const below = figures.filter((i) => isCaption(drafts[i + 1])).length;
  const above = figures.filter((i) => isCaption(drafts[i - 1])).length;
  const sides = below >= above ? [1, -1] : [-1, 1];
  drafts.forEach((d, i) => {
    if (d.type !== 'figure-draft') return;
    if (d.caption) {
      captionLine.set(d, d.line);
      return;
    }
    for (const side of sides) {
      const k = i + side;
      const c = drafts[k];
      if (c?.type === 'caption' && !used.has(k)) {
        d.caption = c.text;
        used.add(k);
        captionLine.set(d, c.line);
        break;
      }
    }
  });
  // The importer writes a figure as （图：替代文字；题注）, so in the source text the alt text must come before the
  // caption: moved in front of a caption that precedes the picture (or is its own paragraph), dropped when it only
  // repeats the caption.
  for (const [d, at] of captionLine) {
    const alt = d.figure.alt;
    const alts = ctx.sourceAlt.get(d.line) ?? [];
    const k = alt === undefined ? -1 : alts.indexOf(alt);
    if (k < 0 || (alt !== d.caption && at > d.line)) continue;
    alts.splice(k, 1);
    if (alt !== d.caption) ctx.sourceLead.set(at, [...(ctx.sourceLead.get(at) ?? []), alt!]);
  }
  const out: DocBlock[] = [];
  drafts.forEach((d, i) => {
    if (d.type === 'caption') {
      if (!used.has(i)) out.push({ type: 'paragraph', text: d.text, line: d.line });
    } else if (d.type === 'figure-draft') {
      const { alt, name, what } = d.figure;
      if (alt || d.caption)
        out.push({
          type: 'figure',
          ...(alt ? { alt } : {}),
          ...(d.caption ? { caption: d.caption } : {}),
          line: d.line,
        });
      // Word's own name for the object (图片 3, 图表 1) says which one; the kind `figure` tells the words-kept check
      // that it had no text to take.
      else
        removed.push({
          kind: what === 'shape' ? 'word-shape' : 'figure',
          text: name.startsWith(FIGURE_NAMES[what]) ? name : `${FIGURE_NAMES[what]}（${name}）`,
          line: d.line,
        });
    } else out.push(d);
  });
  return out;
}

/** Longest centred first paragraph taken as a typed title (the importer's own title rule allows 60). */
const MAX_TYPED_TITLE = 60;

/**
 * A title typed without the Title style, as WPS users and most officials write it: the first block is a short
 * centred paragraph that is no sentence and comes before the first heading. Only for documents that mark headings;
 * without them the importer's text rules find the title on the first line anyway. A title broken with manual line
 * breaks (某区残疾人联合会↵2024年第一季度工作简报) reads as one paragraph block per line; those blocks are joined
 * back into one, else only the first line would be the title and the rest would open the body.
 */
function typedTitle(blocks: DocBlock[], ctx: BodyContext, notes: Note[]): string | undefined {
  const first = blocks[0];
  if (first?.type !== 'paragraph' || !ctx.centered.has(first.line) || !blocks.some((b) => b.type === 'heading'))
    return undefined;
  let n = 1;
  while (blocks[n]?.type === 'paragraph' && blocks[n]!.line === first.line) n++;
  const lines = blocks.slice(0, n).map((b) => (b.type === 'paragraph' ? b.text : ''));
  const text = joinLines(lines);
  if (text.length > MAX_TYPED_TITLE || /[。！？；]$/.test(text)) return undefined;
  if (n > 1) {
    blocks.splice(0, n, { type: 'paragraph', text, line: first.line });
    notes.push({ line: first.line, text: `第 ${first.line} 段的 ${n} 行（手动换行）接成一个标题` });
  }
  notes.push({ line: first.line, text: `第 ${first.line} 段居中排在最前，作为标题` });
  return text;
}

/**
 * Line N is paragraph N (so removals are found at their line); headers and footers lead line 1, where they are
 * listed as removed; note texts follow the last paragraph, as the importer writes them after the body.
 */
function sourceText(ctx: BodyContext, chrome: string[], notes: { text: string }[]): string {
  const lines = Array.from({ length: ctx.line }, (_, i) =>
    [...(ctx.sourceLead.get(i + 1) ?? []), ctx.source[i] ?? '', ...(ctx.sourceAlt.get(i + 1) ?? [])]
      .filter(Boolean)
      .join(' '),
  );
  if (chrome.length) lines[0] = [...chrome, lines[0] ?? ''].filter(Boolean).join(' ');
  return [...lines, ...notes.map((n) => n.text)].join('\n');
}

function read(parts: DocxParts): ReadDocument {
  const body = childOf(parts.document.documentElement, 'w', 'body');
  // Imported content (w:altChunk: an HTML or RTF part that Word merges in when it opens the file, as office systems
  // and web pages exporting to Word write it) is not in document.xml; reading on without it would lose its text
  // unseen, as the words-kept check only knows document.xml.
  if (body && descendants(body, 'w', 'altChunk').length)
    throw new DocumentError(
      '这个 Word 文件的正文有一部分是嵌入的网页或 RTF 内容（altChunk），Word 打开时才把它并进正文，导入程序读不到这部分文字',
      '用 Word 或 WPS 打开文件，另存为 .docx 后再导入（另存时嵌入的内容会变成普通段落）',
    );
  if (!body || !hasParagraphs(body)) throw new Error('no body');
  const styles = new Styles(parts.styles);
  const numbering = new Numbering(parts.numbering, styles);
  const removed: Removed[] = [];
  const notes: Note[] = [];
  const chrome = headerFooterTexts(parts.headersFooters);
  for (const text of chrome) removed.push({ kind: 'word-header-footer', text, line: 1 });
  const ctx: BodyContext = {
    styles,
    numbering,
    line: 0,
    out: [],
    removed,
    notes,
    source: [],
    sourceAlt: new Map(),
    sourceLead: new Map(),
    noteRefs: [],
    comments: readComments(parts.comments),
    title: [],
    centered: new Set(),
    boldLines: new Set(),
  };
  readBlocks(body, ctx);
  const sectPr = childrenOf(body, 'w', 'sectPr').at(-1);
  const noteBlocks = readNotes(ctx.noteRefs, {
    footnotes: parts.footnotes,
    endnotes: parts.endnotes,
    settings: parts.settings,
    sectPr,
  });
  if (noteBlocks.length) {
    notes.push({ line: noteBlocks[0]!.line, text: `脚注和尾注（${noteBlocks.length} 条）放在正文之后，编号同原文` });
  }
  const blocks = [...settleFigures(ctx.out, ctx), ...noteBlocks];
  promoteBoldHeadings(blocks, ctx.boldLines, notes);
  for (const fmt of numbering.unknownFormats)
    notes.push({ line: 1, text: `自动编号格式“${fmt}”按阿拉伯数字写出，请与原文核对` });
  removed.sort((a, b) => a.line - b.line);
  notes.sort((a, b) => a.line - b.line);
  // A heading style on the title alone (标题 1 on the title, the sections typed 一、 （一） in 正文) marks no
  // structure: the title becomes a paragraph, so the importer's numbering rules find the sections, as in a
  // document with no heading style.
  const headings = blocks.filter((b) => b.type === 'heading');
  const first = blocks[0];
  let styledTitle: string | undefined;
  const titleLike = (t: string) => t.length <= MAX_TYPED_TITLE && !matchNumbering(t) && !/[。！？；]$/.test(t);
  if (headings.length === 1 && first?.type === 'heading' && titleLike(first.text)) {
    styledTitle = first.text;
    blocks[0] = { type: 'paragraph', text: first.text, line: first.line };
    notes.push({
      line: first.line,
      text: `只有第 ${first.line} 段（标题）用了标题样式，小标题按编号（一、（一）1.）等文字规则判断`,
    });
  }
  const styled = blocks.some((b) => b.type === 'heading');
  const title = ctx.title[0]?.text ?? styledTitle ?? typedTitle(blocks, ctx, notes);
  return {
    format: styled ? 'Word 文件（标题样式）' : 'Word 文件',
    explicitParagraphs: true,
    blocks,
    removed,
    notes,
    meta: title ? { title } : {},
    sourceText: sourceText(ctx, chrome, noteBlocks),
  };
}

/**
 * Reads a .docx as Word and WPS write it: heading styles and outline levels as headings, automatic numbering as
 * shown (一、 （一） 1.), tables with merged cells repeated, footnotes and endnotes, text boxes in reading order,
 * pictures with alt text or caption as figures. Everything left out is in `removed`. `name` is the file as shown
 * in messages. Throws {@link DocumentError} when the bytes are not a readable .docx.
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<ReadDocument> {
  let parts: DocxParts;
  try {
    parts = await openDocx(bytes);
    return read(parts);
  } catch (e) {
    if (e instanceof DocumentError) throw e.file ? e : new DocumentError(e.problem, e.fix, name);
    throw new DocumentError(
      '无法读取这个 Word 文件',
      '确认文件没有损坏：用 Word 或 WPS 打开后另存为 .docx 再导入',
      name,
    );
  }
}
