// ASCII characters that start markdown or HTML syntax anywhere in a line: emphasis, code, links, HTML, tables.
const INLINE = /[\\`*_[\]<|~]/g;
// `&amp;` and `&#123;` would be read as character references.
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;

/** Escapes text that goes inside a line (a heading or a table cell) so it renders as the source wrote it. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(ENTITY, '\\&');
}

/**
 * Escapes a paragraph so markdown shows it verbatim: inline syntax anywhere, and at the start of the line what
 * would make it a heading (#), quote (>), list (-, +, 1. or 1)) or thematic break.
 */
export function escapeParagraph(text: string): string {
  return escapeInline(text)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
