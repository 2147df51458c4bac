import { readHeaderLine } from './header.ts';

/**
 * A plan table printed in two halves side by side to save paper (序号 | 指标 | 目标 | 属性 | 序号 | 指标 | 目标 | 属性):
 * each line holds one row of the left half and one of the right. Unfolded, it reads as one table: the header once,
 * the left half's rows, then the right half's (items 1–3, then 4–6), each line keeping its own line number.
 */

/** Lines of text with the line number (1-based) each has in the file. */
export interface NumberedLines {
  lines: string[];
  numbers: number[];
}

const cellsOf = (line: string) =>
  line
    .trim()
    .split(/\s{2,}|\t+/)
    .filter(Boolean);
const compact = (cells: string[]) => cells.join('').replace(/\s+/g, '');

/** Where a header line repeats its columns: the number of cells in each half, or undefined. */
function halfWidth(line: string): number | undefined {
  const cells = cellsOf(line);
  if (cells.length < 4 || cells.length % 2 !== 0) return undefined;
  const k = cells.length / 2;
  const left = cells.slice(0, k);
  if (compact(left) !== compact(cells.slice(k)) || !readHeaderLine(left.join('    '))) return undefined;
  return k;
}

/** A line that ends the table: blank, a table note (注：) or body text with one cell. */
const ends = (line: string) =>
  line.trim() === '' || /^(?:注|备注|说明|数据来源|资料来源)\s*[0-9一二三]?\s*[：:]/.test(line.trim());

/**
 * Unfolds every side-by-side table in the text (see the module comment); other text is left as it is. A line of
 * the table that does not hold both halves whole (a half with a wrapped name) stays in the left half as printed,
 * where the table reader reports what it cannot read.
 */
export function unfoldSideBySide(text: string[]): NumberedLines {
  const lines: string[] = [];
  const numbers: number[] = [];
  const push = (t: string, n: number) => {
    lines.push(t);
    numbers.push(n);
  };
  for (let i = 0; i < text.length; i++) {
    const k = halfWidth(text[i]!);
    if (k === undefined) {
      push(text[i]!, i + 1);
      continue;
    }
    push(cellsOf(text[i]!).slice(0, k).join('    '), i + 1);
    const right: [string, number][] = [];
    let j = i + 1;
    for (; j < text.length && !ends(text[j]!); j++) {
      const cells = cellsOf(text[j]!);
      if (cells.length === 2 * k) {
        push(cells.slice(0, k).join('    '), j + 1);
        right.push([cells.slice(k).join('    '), j + 1]);
      } else push(text[j]!, j + 1);
    }
    for (const [t, n] of right) push(t, n);
    i = j - 1;
  }
  return { lines, numbers };
}
