import type { Note, Removed } from './blocks.ts';
import { readRadicals } from './cjk-radicals.ts';
import { DocumentError } from './document-error.ts';
import { buildBlocks } from './pdf-blocks.ts';
import { findFurniture } from './pdf-furniture.ts';
import { documentLines, type PdfLine } from './pdf-lines.ts';
import { loadPdf, type PdfPage } from './pdf-load.ts';
import { findTables, type PdfTable } from './pdf-tables.ts';
import type { ReadDocument } from './types.ts';

/**
 * The PDF reader (text PDFs: printed from Word, WPS, LibreOffice or a browser). It reads the text layer with
 * pdf.js, groups the text into lines by position, takes out page numbers and running headers and footers (listed
 * as removed), and rebuilds headings, paragraphs and tables. It does no OCR: a scan gets a clear message.
 */

/** Fewer characters than this per page on average: the PDF has no real text layer. */
const MIN_CHARS_PER_PAGE = 20;

const SCANNED = new DocumentError(
  '这个 PDF 没有文字层（可能是扫描件），本站不做文字识别',
  '请向发文单位要 Word 原件（.docx、.doc 或 .wps）再导入；没有原件时，请把文字录入 Word 或记事本，存为 .docx 或 .txt 后导入',
);

/** Lines with the radicals of glyph-based printers read as the characters they show, and notes of each kind. */
function readLines(pages: PdfPage[]): { lines: PdfLine[]; notes: Note[] } {
  const lines = documentLines(pages);
  const firstSeen = new Map<string, { line: number; count: number }>();
  for (const l of lines) {
    const counts = new Map<string, number>();
    for (const c of l.cells) {
      c.text = readRadicals(c.text, counts);
      // The pieces a table may cut the cell into read the same (counted once, with the cell).
      for (const p of c.pieces ?? []) p.text = readRadicals(p.text, new Map());
    }
    l.text = l.cells.map((c) => c.text).join('  ');
    for (const [pair, n] of counts) {
      const seen = firstSeen.get(pair);
      if (seen) seen.count += n;
      else firstSeen.set(pair, { line: l.line, count: n });
    }
  }
  const notes = [...firstSeen].map(([pair, { line, count }]) => {
    const [from, to] = pair.split('→');
    return {
      line,
      text: `PDF 文字层把“${to}”记成了字形相同的部首“${from}”，按页面上的字读作“${to}”（共 ${count} 处）`,
    };
  });
  return { lines, notes };
}

/** Pages that paint only images while other pages have text (a scanned page inside a text PDF). */
function imageOnlyPages(pages: PdfPage[]): Note[] {
  return pages
    .filter((p) => p.hasImages && p.items.length === 0)
    .map((p) => ({ line: 0, text: `第 ${p.number} 页只有图片（可能是扫描页），其中的文字没有导入，请对照原件补录` }));
}

/** Loads a PDF and checks it has a text layer. */
async function load(bytes: Uint8Array) {
  const { pages } = await loadPdf(bytes);
  const chars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.replace(/\s+/g, '').length, 0), 0);
  if (pages.length === 0 || chars < MIN_CHARS_PER_PAGE * pages.length) throw SCANNED;
  return pages;
}

/** Reads the lines and splits off the page furniture. */
function bodyAndFurniture(pages: PdfPage[]) {
  const { lines, notes } = readLines(pages);
  const furniture = findFurniture(lines, new Map(pages.map((p) => [p.number, p.height])));
  const dropped = new Set(furniture.map((f) => f.line));
  return { lines, notes, furniture, body: lines.filter((l) => !dropped.has(l)) };
}

/**
 * Reads a text PDF into the shared document shape: blocks, removals (page numbers, running headers and footers,
 * each with its page), notes (every join of lines, every heading style, every table), `meta.title` (the largest
 * text on page 1, also the first block as a level-1 heading) and the source text in reading order. `name` (the
 * file name) is taken for the reader interface; messages name the file where the importer prints them. Throws a
 * `DocumentError` (problem and fix in Chinese) for a scanned, encrypted or broken PDF.
 */
export async function readPdf(bytes: Uint8Array, name: string): Promise<ReadDocument> {
  void name;
  const pages = await load(bytes);
  const { lines, notes: radicalNotes, furniture, body } = bodyAndFurniture(pages);
  const removed: Removed[] = furniture.map((f) => ({
    kind: f.kind,
    text: f.line.text,
    line: f.line.line,
    page: f.line.page,
  }));
  const built = buildBlocks(body);
  const notes = [...radicalNotes, ...imageOnlyPages(pages), ...built.notes].sort((a, b) => a.line - b.line);
  return {
    format: 'PDF（文字层）',
    explicitParagraphs: true,
    blocks: built.blocks,
    removed,
    notes,
    meta: built.title ? { title: built.title } : {},
    sourceText: sourceText(lines, built.tables),
  };
}

/**
 * The text in reading order, one line per printed line, so that line N is reading-order line N of the blocks,
 * removals and notes. A table reads row by row, left to right: a row printed on several lines (a header cell
 * 2020年 above 基期值) stands at its first line as its cells in column order, and its other lines are left empty.
 */
function sourceText(lines: PdfLine[], tables: PdfTable[]): string {
  const text = lines.map((l) => l.text);
  const index = new Map(lines.map((l, i) => [l.line, i]));
  for (const t of tables) {
    for (const l of t.lines) text[index.get(l.line)!] = '';
    // Two rows may start on one printed line (a merged cell's label beside the next row's name): both stand there.
    t.rowLines.forEach((line, r) => {
      const i = index.get(line)!;
      text[i] = text[i] ? `${text[i]}    ${t.textRows[r]!}` : t.textRows[r]!;
    });
  }
  return text.join('\n');
}

/**
 * The text of a PDF for the plan-table reader (`npm run import:indicators -- plan.pdf`): lines in reading order
 * without page numbers and running headers or footers; a table's row as one line with its cells separated by four
 * spaces (a row printed on several lines, such as a header 2020年 / 基期值, joined per column), and a blank line
 * before and after each table, where the table ends. Throws a
 * `DocumentError` like `readPdf`.
 */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pages = await load(bytes);
  const { body } = bodyAndFurniture(pages);
  const out: string[] = [];
  const tables = new Map(findTables(body).map((t) => [t.start, t.table]));
  for (let i = 0; i < body.length; i++) {
    const table = tables.get(i);
    if (table) {
      out.push('', ...table.textRows, '');
      i += table.lines.length - 1;
    } else out.push(body[i]!.text);
  }
  return `${out.join('\n')}\n`;
}
