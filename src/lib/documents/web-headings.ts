import { headingRank } from './numbering.ts';
import type { WebLine } from './web-lines.ts';

/**
 * Section headings that a CMS editor marked by bold type only (`<p><strong>一、总体情况</strong></p>`) on a page
 * that marks some headings with `<h2>`…`<h6>` too. Such a page is read by its marks, so without this the bold
 * headings would stay body paragraphs (a page without any `<h…>` is read by the numbering rules instead, which
 * find them anyway). A bold line is a heading when all of it is bold, it starts with a number (一、 （一） 1. （1）),
 * it is no longer than a numbered title may be, and it holds no 。 before its end.
 *
 * Its level follows the numbering: 一、 is level 2 and each style below it one more, unless an `<h…>` heading of
 * the page is numbered, in which case that heading's level and style set the scale (an `<h3>一、…</h3>` makes a bold
 * （一） level 4).
 *
 * Returns the level for a line, or `undefined` when the line is no bold heading or the page has no `<h…>`.
 */
export function boldHeadingLevels(
  lines: WebLine[],
  counts: (l: WebLine) => boolean,
): (line: WebLine) => number | undefined {
  const marked = lines.filter((l) => l.heading !== undefined && counts(l));
  if (marked.length === 0) return () => undefined;
  let offset = 2;
  for (const l of marked) {
    const rank = headingRank(l.text);
    if (rank !== undefined) {
      offset = l.heading! - rank;
      break;
    }
  }
  return (line) => {
    if (!line.bold || line.heading !== undefined || line.list || !counts(line)) return undefined;
    const rank = headingRank(line.text);
    return rank === undefined ? undefined : Math.min(6, Math.max(1, offset + rank));
  };
}
