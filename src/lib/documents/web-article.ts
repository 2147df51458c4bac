/**
 * Finds the article of a page with @mozilla/readability (Firefox Reader View's extractor). Readability works on a
 * copy and rewrites it (drops what it scores as clutter, renames tags), so it is used only to say *where* the
 * article is: the reader then walks that part of the original page itself and keeps or lists every line of it.
 */
import { Readability } from '@mozilla/readability';

const ID = 'data-import-id';

/** Where the article is in the original document. */
export interface ArticleArea {
  /** The smallest element holding everything Readability kept (falls back to `<body>`). */
  container: Element;
  /** Elements of the original document that Readability kept as article content. */
  kept: Set<Element>;
  /**
   * The text Readability kept, without whitespace: it moves text into new `<p>` elements of its own, so a line is
   * known to be kept by its text, not by its element.
   */
  keptText: string;
  /** Readability's title (from `<title>` or a heading, site name trimmed), if any. */
  title?: string;
  /** False when Readability found no article and the whole body is the container. */
  found: boolean;
}

// A kept element whose text is at least this share link text is a menu Readability took along, not the article.
const MENU_LINK_SHARE = 0.5;

function linkShare(el: Element): number {
  const all = (el.textContent ?? '').replace(/\s/g, '').length;
  const links = Array.from(el.querySelectorAll('a')).reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s/g, '').length,
    0,
  );
  return all === 0 ? 1 : links / all;
}

function commonAncestor(elements: Element[], fallback: Element): Element {
  let lca: Element | null = elements[0] ?? fallback;
  while (lca && !elements.every((e) => lca!.contains(e))) lca = lca.parentElement;
  return lca ?? fallback;
}

/** Runs Readability on a copy of `doc` and maps what it kept back to `doc`'s own elements. */
export function findArticle(doc: Document): ArticleArea {
  const body = doc.body;
  const all = Array.from(body.querySelectorAll('*'));
  all.forEach((el, i) => el.setAttribute(ID, String(i)));
  try {
    const copy = doc.cloneNode(true) as Document;
    const result = new Readability<Node>(copy, { serializer: (el) => el, keepClasses: true }).parse();
    const content = result?.content;
    if (!content || !(content as Element).querySelectorAll)
      return { container: body, kept: new Set(), keptText: '', title: result?.title ?? undefined, found: false };
    const keptText = (content.textContent ?? '').replace(/\s/g, '');
    const keptCopies = Array.from((content as Element).querySelectorAll(`[${ID}]`));
    const kept = new Set(keptCopies.map((c) => all[Number(c.getAttribute(ID))]).filter((e): e is Element => !!e));
    // The outermost kept elements: Readability's top candidate and the siblings it joined to it.
    // When the article is a lone paragraph, Readability's top candidate is <body> and menus come along: they do
    // not count for where the article is.
    const allTops = [...kept].filter((e) => !e.parentElement || !kept.has(e.parentElement));
    const textual = allTops.filter((e) => linkShare(e) < MENU_LINK_SHARE);
    const tops = textual.length ? textual : allTops;
    if (tops.length === 0) return { container: body, kept, keptText, title: result?.title ?? undefined, found: false };
    // Readability's top candidate may be a wide wrapper whose sidebars it then cleaned away: the article is where
    // the kept text is, so the container is the smallest element around the kept elements that hold text
    // themselves (link text aside: a kept menu does not widen it).
    const holders = [...kept].filter(
      (e) =>
        tops.some((t) => t.contains(e)) &&
        !e.closest('a') &&
        Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''),
    );
    const container = holders.length ? commonAncestor(holders, body) : commonAncestor(tops, body);
    return { container, kept, keptText, title: result?.title?.trim() || undefined, found: true };
  } finally {
    for (const el of all) el.removeAttribute(ID);
  }
}
