import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { assembleRows, type BodyLine } from './assemble.ts';
import {
  describeColumns,
  mergeHeader,
  readHeaderContinuation,
  readHeaderLine,
  resolveColumns,
  type ValueColumn,
} from './header.ts';
import type { ParsedTable } from './types.ts';

/**
 * The indicator table of a Word file, read from the file's own XML (`word/document.xml`): rows (`w:tr`) and cells
 * (`w:tc`) as Word stores them, a cell spanning columns (`w:gridSpan`, a category row over the whole width) kept
 * as one cell, and a cell merged down (`w:vMerge`, a 类别 column) repeating its text in the rows it covers.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One Word table: its rows of cell texts and the paragraph above it. */
export interface WordTable {
  rows: string[][];
  caption?: string;
}

const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === W,
  );

/**
 * The text of a paragraph or cell as Word shows it: runs joined, tabs as spaces, deleted revisions left out. The
 * paragraphs of one cell are the lines of one wrapped cell (2020年 / 基期值) and are joined without a space.
 */
function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType !== 1) return;
    const e = n as Element;
    if (e.namespaceURI === W) {
      if (e.localName === 't') out += e.textContent ?? '';
      else if (e.localName === 'tab') out += ' ';
      // Deleted revisions are not shown; a nested table is not part of the cell's own text.
      else if (e.localName === 'del' || e.localName === 'tbl') return;
    }
    for (const c of Array.from(e.childNodes)) walk(c);
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

function readTable(tbl: Element): string[][] {
  const rows: string[][] = [];
  // Text of the cell that starts a vertical merge, by grid column.
  const mergeStart = new Map<number, string>();
  for (const tr of children(tbl, 'tr')) {
    const row: string[] = [];
    let col = 0;
    for (const tc of children(tr, 'tc')) {
      const pr = children(tc, 'tcPr')[0];
      const span = Number(pr && children(pr, 'gridSpan')[0]?.getAttributeNS(W, 'val')) || 1;
      const vMerge = pr && children(pr, 'vMerge')[0];
      let text = textOf(tc);
      if (vMerge) {
        const val = vMerge.getAttributeNS(W, 'val');
        if (val === 'restart') mergeStart.set(col, text);
        else text = mergeStart.get(col) ?? text;
      } else mergeStart.delete(col);
      row.push(text);
      col += span;
    }
    rows.push(row);
  }
  return rows;
}

/** The tables of a .docx in document order, each with the non-empty paragraph before it. */
export async function readWordTables(bytes: Uint8Array): Promise<WordTable[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) return [];
  const tables: WordTable[] = [];
  let lastParagraph: string | undefined;
  const visit = (el: Element) => {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      if (e.namespaceURI !== W) continue;
      if (e.localName === 'p') {
        const t = textOf(e);
        if (t) lastParagraph = t;
      } else if (e.localName === 'tbl') {
        tables.push({ rows: readTable(e), ...(lastParagraph ? { caption: lastParagraph } : {}) });
        lastParagraph = undefined;
      } else if (e.localName === 'sdt' || e.localName === 'sdtContent') visit(e);
    }
  };
  visit(body);
  return tables;
}

/** The first Word table with a recognised header and rows; rows are numbered from 1 in messages (header included). */
export async function readDocxTable(bytes: Uint8Array): Promise<ParsedTable | undefined> {
  let failed: ParsedTable | undefined;
  for (const t of await readWordTables(bytes)) {
    const h = t.rows.findIndex((r) => readHeaderLine(r.join('  ')));
    if (h < 0) continue;
    let columns = readHeaderLine(t.rows[h]!.join('  '))!;
    let next = h + 1;
    for (; next < t.rows.length; next++) {
      const more = readHeaderContinuation(t.rows[next]!.join('  '));
      if (!more) break;
      columns = mergeHeader(columns, more);
    }
    const header = resolveColumns(columns);
    if (!header) continue;
    // A Word row may have fewer cells than the header has names (指标 and 属性 in one header cell is rare, but a
    // header cell spanning two columns is not): rows with one cell per column are placed by column.
    const body: BodyLine[] = t.rows
      .slice(next)
      .map((cells, i) => ({ line: next + i + 1, text: cells.join('  '), cells, whole: true }));
    const got = assembleRows(header, body);
    const year = (i: number | undefined) => (i === undefined ? undefined : (header.columns[i] as ValueColumn).year);
    const caption =
      t.caption && t.caption.length <= 40 && !/[。,，；]/.test(t.caption)
        ? t.caption.replace(/^(?:附表|表|专栏)\s*\d+[\s：:]*/, '')
        : undefined;
    const table: ParsedTable = {
      format: 'docx',
      rows: got.rows,
      ...(caption ? { caption } : {}),
      ...(year(header.baseline) ? { baseYear: year(header.baseline) } : {}),
      ...(year(header.target) ? { targetYear: year(header.target) } : {}),
      header: describeColumns(header.columns),
      passed: got.passed,
      unread: got.unread,
      ...(got.end ? { end: got.end } : {}),
    };
    if (table.rows.length) return table;
    failed ??= table.unread?.length ? table : undefined;
  }
  return failed;
}
