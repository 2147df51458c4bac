import type { Note, Removed } from '../import/blocks.ts';
import { WHOLE_FILE } from '../validation/problem.ts';
import { hasParagraphs, readBlocks, joinLines, type BodyContext, type Draft } from './docx-body.ts';
import { Numbering } from './docx-numbering.ts';
import { headerFooterTexts, readComments, readNotes } from './docx-notes.ts';
import { openDocx, type DocxParts } from './docx-package.ts';
import { Styles } from './docx-styles.ts';
import { childOf, childrenOf } from './docx-xml.ts';
import { DocumentReadError } from './read-error.ts';
import type { DocBlock, ReadDocument } from './types.ts';

/**
 * Word (.docx) reader. It reads the OOXML itself — `word/document.xml`, `styles.xml`, `numbering.xml`, notes,
 * comments, headers and footers — with a real XML parser (@xmldom/xmldom over the zip opened by JSZip), because
 * mammoth's document model keeps neither the numbering format (`chineseCounting`, `%1、`) nor outline levels.
 */

const FIGURE_NAMES = { image: '图片', chart: '图表', diagram: 'SmartArt 图形', object: '嵌入对象', shape: '图形' } as const;

/**
 * Pairs each figure with a caption paragraph (题注) right after it — or right before it — and turns figures into
 * figure blocks. A figure with neither alt text nor caption is left out and listed; so is a shape without text.
 * Captions that belong to no figure (a table's 表 1 …) stay paragraphs.
 */
function settleFigures(drafts: Draft[], removed: Removed[]): DocBlock[] {
  const used = new Set<number>();
  drafts.forEach((d, i) => {
    if (d.type !== 'figure-draft' || d.caption) return;
    const next = drafts[i + 1];
    const prev = drafts[i - 1];
    if (next?.type === 'caption' && !used.has(i + 1)) {
      d.caption = next.text;
      used.add(i + 1);
    } else if (prev?.type === 'caption' && !used.has(i - 1)) {
      d.caption = prev.text;
      used.add(i - 1);
    }
  });
  const out: DocBlock[] = [];
  drafts.forEach((d, i) => {
    if (d.type === 'caption') {
      if (!used.has(i)) out.push({ type: 'paragraph', text: d.text, line: d.line });
    } else if (d.type === 'figure-draft') {
      const { alt, name, what } = d.figure;
      if (alt || d.caption) out.push({ type: 'figure', ...(alt ? { alt } : {}), ...(d.caption ? { caption: d.caption } : {}), line: d.line });
      else removed.push({ kind: what === 'shape' ? 'word-shape' : 'word-image', text: `${FIGURE_NAMES[what]}：${name}`, line: d.line });
    } else out.push(d);
  });
  return out;
}

function read(parts: DocxParts): ReadDocument {
  const body = childOf(parts.document.documentElement, 'w', 'body');
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
    source: [...chrome],
    noteRefs: [],
    comments: readComments(parts.comments),
    title: [],
  };
  readBlocks(body, ctx);
  const sectPr = childrenOf(body, 'w', 'sectPr').at(-1);
  const noteBlocks = readNotes(ctx.noteRefs, { footnotes: parts.footnotes, endnotes: parts.endnotes, settings: parts.settings, sectPr });
  if (noteBlocks.length) {
    notes.push({ line: noteBlocks[0]!.line, text: `脚注和尾注（${noteBlocks.length} 条）放在正文之后，编号同原文` });
  }
  const blocks = [...settleFigures(ctx.out, removed), ...noteBlocks];
  for (const fmt of numbering.unknownFormats) notes.push({ line: 1, text: `自动编号格式“${fmt}”按阿拉伯数字写出，请与原文核对` });
  if (ctx.title.length > 1) notes.push({ line: ctx.title[0]!.line, text: `标题样式的 ${ctx.title.length} 段已接成一个标题` });
  removed.sort((a, b) => a.line - b.line);
  notes.sort((a, b) => a.line - b.line);
  const styled = blocks.some((b) => b.type === 'heading');
  return {
    format: styled ? 'Word 文件（标题样式）' : 'Word 文件',
    blocks,
    removed,
    notes,
    meta: ctx.title.length ? { title: joinLines(ctx.title.map((t) => t.text)) } : {},
    sourceText: [...ctx.source, ...noteBlocks.map((n) => `${n.label} ${n.text}`)].join('\n'),
  };
}

/**
 * Reads a .docx as Word and WPS write it: heading styles and outline levels as headings, automatic numbering as
 * shown (一、 （一） 1.), tables with merged cells repeated, footnotes and endnotes, text boxes in reading order,
 * pictures with alt text or caption as figures. Everything left out is in `removed`. `name` is the file as shown
 * in messages. Throws {@link DocumentReadError} when the bytes are not a readable .docx.
 */
export async function readDocx(bytes: Uint8Array, name: string): Promise<ReadDocument> {
  let parts: DocxParts;
  try {
    parts = await openDocx(bytes);
    return read(parts);
  } catch (e) {
    if (e instanceof DocumentReadError) throw e;
    throw new DocumentReadError({
      file: name,
      field: WHOLE_FILE,
      problem: '无法读取这个 Word 文件（不是完整的 .docx，或文件已损坏）',
      fix: '用 Word 或 WPS 打开它，另存为 .docx 后再导入；打不开的文件请向发文单位重新索取',
    });
  }
}
