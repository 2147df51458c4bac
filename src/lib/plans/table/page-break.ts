import { readHeaderLine } from './header.ts';

/** What a page break leaves in a table copied from a PDF: page numbers, running headers and footers. */

/** A page number alone: — 6 —, - 6 -, 第 3 页, 第 3 页 共 8 页, 3/8. */
export const PAGE_NUMBER =
  /^(?:[—\-－–―]\s*\d{1,4}\s*[—\-－–―]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-－]\s*\d{1,4})$/;
/**
 * Whether line `i` stands in a page break copied with the text: the page number just before it and the repeated
 * header just after (XX市残疾人联合会文件 at the top of the next page), or the page number and then the header
 * just after it (a running footer above the page number).
 */
export function atPageBreak(lines: { text: string }[], i: number): boolean {
  const around = (from: number, step: number) => {
    const out: string[] = [];
    for (let j = from; j >= 0 && j < lines.length && out.length < 2; j += step) {
      const t = lines[j]!.text.trim();
      if (t) out.push(t);
    }
    return out;
  };
  const [prev] = around(i - 1, -1);
  const [next, afterNext] = around(i + 1, 1);
  const header = (t: string | undefined) => t !== undefined && readHeaderLine(t) !== undefined;
  const page = (t: string | undefined) => t !== undefined && PAGE_NUMBER.test(t);
  return (page(prev) && header(next)) || (page(next) && header(afterNext));
}
