// 嵌入: the iframe code other sites paste to show one chart of this site. The embed page itself is a route under
// /embed/ (core/urls.ts); it is the only address whose HTTP headers allow framing (security/csp.ts).

/** Height of the frame in CSS pixels: the chart (22em), its summary and the first rows of the table. */
export const EMBED_HEIGHT = 720;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The `<iframe>` element for the embed page at `src` (absolute), named by `title` for screen readers (WCAG 4.1.2:
 * a frame needs a title). Full width, loaded when scrolled near; no style attribute, so a host page with a strict policy of its own can paste it; attribute values escaped.
 */
export function embedCode(src: string, title: string, height = EMBED_HEIGHT): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}
