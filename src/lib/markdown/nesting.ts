// How deep a body nests: quotes in quotes, lists in lists, <div> in <div>, <span> in <span>. Past a depth the
// site's renderer gives up (Sätteri refuses plugin output deeper than 128 levels; deeper still, the JavaScript
// stack overflows) and the page is published blank, so the check stops such a body first.
import { walkTree, type MdNode } from './body-tree.ts';
import type { RawElement } from './raw-html.ts';

/**
 * The deepest nesting a body may have, counting every Markdown container (quote, list, list item, paragraph,
 * emphasis…) and every raw HTML element around a piece of text. Real documents stay far below it (Word's HTML nests
 * 10–20 levels; a list nested 5 deep is about 11 levels); the renderer fails at about 125
 * (measured: 125 `<span>`s, 125 `>`s or 63 nested list levels still render, one more does not).
 */
export const MAX_NESTING = 50;

/** Where a body first nests deeper than `MAX_NESTING`, and how deep it goes at most. */
export interface DeepNesting {
  /** Body line (1-based) of the first thing nested deeper than the limit. */
  line: number;
  /** The greatest depth anywhere in the body. */
  depth: number;
}

/** Finds nesting deeper than `MAX_NESTING` in a parsed body and its raw HTML, or undefined. */
export function findDeepNesting(tree: MdNode, elements: RawElement[]): DeepNesting | undefined {
  let first: { line: number; column: number } | undefined;
  let max = 0;
  const cross = (depth: number, line: number, column: number) => {
    if (depth > max) max = depth;
    if (depth <= MAX_NESTING) return;
    if (!first || line < first.line || (line === first.line && column < first.column)) first = { line, column };
  };
  for (const { node, depth } of walkTree(tree)) {
    // Leaves (text, raw HTML) are not containers; their raw HTML elements are counted below.
    if (!node.children || !node.position) continue;
    cross(depth, node.position.start.line, node.position.start.column);
  }
  // parse5 gives lines only for raw HTML; its elements come in document order, so the first one past the limit
  // is the earliest on its line.
  let firstHtml: RawElement | undefined;
  for (const el of elements) {
    const depth = el.markdownDepth + el.depth;
    if (depth > max) max = depth;
    if (depth > MAX_NESTING && !firstHtml) firstHtml = el;
  }
  if (firstHtml && (!first || firstHtml.line < first.line)) first = { line: firstHtml.line, column: 0 };
  return first ? { line: first.line, depth: max } : undefined;
}
