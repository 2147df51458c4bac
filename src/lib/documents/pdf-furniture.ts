import type { PdfLine } from './pdf-lines.ts';

/**
 * Page furniture: what a PDF printer or the document's page style repeats on every page and is not part of the
 * text — page numbers (`— 6 —`, `- 6 -`, `第 3 页`, `第 3 页 共 10 页`, `3/10`, a bare number at the foot) and running
 * headers and footers (a line repeated at the same place on most pages, such as the issuing body's name).
 */

export type FurnitureKind = 'page-number' | 'running-header' | 'running-footer';

/** A line found to be furniture. */
export interface Furniture {
  line: PdfLine;
  kind: FurnitureKind;
}

/** How many lines at the top and at the foot of a page can be furniture. */
const EDGE = 3;
/** Baselines within this many points are “the same place” on two pages. */
const SAME_PLACE = 3;

/**
 * A line whose baseline is this near (in points, 1.2 cm) to the top or bottom edge of the page is in its margin:
 * offices set the body at least 2 cm from the edges.
 */
const MARGIN_BAND = 34;

const DASH = '-—–－―~～·•';
const DASHED = new RegExp(`^[${DASH}]\\s*\\d{1,4}\\s*[${DASH}]$`);
const PAGE_WORDS = [
  /^第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，、/]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
];
const BARE = /^\d{1,4}$/;

/**
 * Whether a line is a page number; a bare number counts only as the last line of its page (a number alone at the
 * top is more likely a table's or list's).
 */
export function isPageNumber(text: string, lastOnPage: boolean): boolean {
  const t = text.trim();
  if (DASHED.test(t) || PAGE_WORDS.some((p) => p.test(t))) return true;
  return lastOnPage && BARE.test(t);
}

/** The text of a line with its numbers and spaces taken out, so `第 3 页` on page 3 and page 4 compare equal. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Finds the page furniture among a document's lines (in reading order), each with its kind. */
export function findFurniture(lines: PdfLine[], pageHeights: ReadonlyMap<number, number>): Furniture[] {
  const byPage = new Map<number, PdfLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const pageCount = byPage.size;
  const edges = new Map<PdfLine, { page: PdfLine[]; last: boolean }>();
  for (const pageLines of byPage.values()) {
    const n = pageLines.length;
    pageLines.forEach((l, i) => {
      if (i < EDGE || i >= n - EDGE) edges.set(l, { page: pageLines, last: i === n - 1 });
    });
  }
  const found = new Map<PdfLine, FurnitureKind>();
  for (const [l, { last }] of edges) {
    if (isPageNumber(l.text, last)) found.set(l, 'page-number');
  }
  if (pageCount === 1) {
    // One page: nothing repeats, but a browser's or office's running header or footer stands in the page's margin,
    // nearer the edge than any text of the page's body (Chromium prints its header 0.6 cm from the top).
    for (const [l] of edges) {
      const height = pageHeights.get(l.page) ?? 0;
      if (found.has(l) || l.cells.length > 2 || !height) continue;
      if (height - l.y <= MARGIN_BAND) found.set(l, 'running-header');
      else if (l.y <= MARGIN_BAND) found.set(l, 'running-footer');
    }
  }
  if (pageCount >= 2) {
    // A running header or footer: the same text (numbers aside) at the same height on at least half the pages.
    const candidates = [...edges.keys()].filter((l) => !found.has(l) && l.cells.length <= 2);
    for (const l of candidates) {
      if (found.has(l)) continue;
      const same = candidates.filter((o) => shape(o.text) === shape(l.text) && Math.abs(o.y - l.y) <= SAME_PLACE);
      const pages = new Set(same.map((o) => o.page));
      if (pages.size >= 2 && pages.size * 2 >= pageCount) {
        for (const o of same) {
          const half = (pageHeights.get(o.page) ?? 0) / 2;
          found.set(o, o.y > half ? 'running-header' : 'running-footer');
        }
      }
    }
  }
  return lines.filter((l) => found.has(l)).map((line) => ({ line, kind: found.get(line)! }));
}
