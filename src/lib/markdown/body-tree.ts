// The Markdown of a report or guide body as the site's own parser (Sätteri, Astro 7's Markdown processor) reads it,
// and a walk over it that needs no call stack: the inputs these checks exist for (thousands of nested quotes or
// list items) are exactly the ones that overflow a recursive walker.
import { markdownToMdast } from 'satteri';
import { CONTENT_MARKDOWN_FEATURES } from '../security/sanitize.ts';

/** A point in the body: 1-based line and column, 0-based offset in UTF-16 units. */
export interface BodyPoint {
  line: number;
  column: number;
  offset: number;
}

/** The part of an mdast node these checks read. */
export interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  /** Links, images and definitions: the address, character references already decoded. */
  url?: string;
  /** Links, images and definitions: the title (a tooltip, never page text). */
  title?: string | null;
  /** Definitions, footnote definitions and references: the label as written and its normalised form. */
  label?: string | null;
  identifier?: string;
  position?: { start: BodyPoint; end: BodyPoint };
  children?: MdNode[];
}

/** Parses a body with the site's Markdown features (raw HTML stays as `html` nodes here: they are read apart). */
export function parseBody(body: string): MdNode {
  return markdownToMdast(body, { features: CONTENT_MARKDOWN_FEATURES }) as unknown as MdNode;
}

/** One node of a walk, with its depth (the root's children are at depth 1). */
export interface Visit<N> {
  node: N;
  depth: number;
}

/**
 * Yields every node below `root` in document order (pre-order) with its depth, using an explicit stack so that no
 * depth of nesting can overflow the call stack.
 */
export function* walkTree<N extends { children?: N[] }>(root: N): Generator<Visit<N>> {
  const stack: Visit<N>[] = [];
  const pushChildren = (node: N, depth: number) => {
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, depth });
  };
  pushChildren(root, 1);
  while (stack.length) {
    const visit = stack.pop()!;
    yield visit;
    pushChildren(visit.node, visit.depth + 1);
  }
}
