import { DOMParser } from '@xmldom/xmldom';

/**
 * Small DOM helpers for reading the XML parts of a .docx (WordprocessingML) by namespace, so a part is never
 * searched as text. Word writes the transitional namespaces; ISO strict files use the `purl.oclc.org` ones, which
 * are mapped onto the same short names.
 */

/** Namespaces by the prefix Word uses for them. */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
export type Prefix = keyof typeof NS;

const STRICT: Record<string, string> = {
  'http://purl.oclc.org/ooxml/wordprocessingml/main': NS.w,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': NS.r,
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': NS.wp,
  'http://purl.oclc.org/ooxml/drawingml/main': NS.a,
  'http://purl.oclc.org/ooxml/drawingml/picture': NS.pic,
  'http://purl.oclc.org/ooxml/officeDocument/math': NS.m,
};

const ELEMENT_NODE = 1;

/** The namespace of a node, with ISO strict namespaces mapped to the transitional ones. */
function nsOf(node: { namespaceURI: string | null }): string {
  const ns = node.namespaceURI ?? '';
  return STRICT[ns] ?? ns;
}

/** Whether `el` is `prefix:name` (by namespace, whatever prefix the file uses). */
export function is(el: Element, prefix: Prefix, name: string): boolean {
  return el.localName === name && nsOf(el) === NS[prefix];
}

/** The element children of `el`, in order. */
export function elements(el: Element | Document): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) out.push(n as Element);
  return out;
}

/** The children of `el` that are `prefix:name`. */
export function childrenOf(el: Element, prefix: Prefix, name: string): Element[] {
  return elements(el).filter((c) => is(c, prefix, name));
}

/** The first child of `el` that is `prefix:name`. */
export function childOf(el: Element | undefined, prefix: Prefix, name: string): Element | undefined {
  if (!el) return undefined;
  return elements(el).find((c) => is(c, prefix, name));
}

/** Follows a path of `w:` children: `path(p, 'pPr', 'numPr', 'numId')`. */
export function wPath(el: Element | undefined, ...names: string[]): Element | undefined {
  let cur = el;
  for (const n of names) cur = childOf(cur, 'w', n);
  return cur;
}

/** Every descendant of `el` that is `prefix:name`, in document order. */
export function descendants(el: Element, prefix: Prefix, name: string): Element[] {
  const out: Element[] = [];
  const visit = (e: Element) => {
    for (const c of elements(e)) {
      if (is(c, prefix, name)) out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}

/** The value of attribute `prefix:name` (or of an unprefixed `name` when `prefix` is omitted). */
export function attr(el: Element | undefined, prefix: Prefix | undefined, name: string): string | undefined {
  if (!el) return undefined;
  if (!prefix) return el.hasAttribute(name) ? el.getAttribute(name)! : undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === name && nsOf(a) === NS[prefix]) return a.value;
  }
  return undefined;
}

/** `w:val` of the `w:` child `name` of `el`. */
export function wVal(el: Element | undefined, name: string): string | undefined {
  return attr(childOf(el, 'w', name), 'w', 'val');
}

/**
 * An on/off property such as `<w:b/>`, `<w:vanish w:val="0"/>`: `undefined` when absent, otherwise whether it
 * is on (no value, `true`, `1`, `on`).
 */
export function onOff(el: Element | undefined, name: string): boolean | undefined {
  const c = childOf(el, 'w', name);
  if (!c) return undefined;
  const v = attr(c, 'w', 'val');
  return v === undefined || v === 'true' || v === '1' || v === 'on';
}

/** An integer `w:val`, or `undefined` when absent or not a number. */
export function intVal(el: Element | undefined, name: string): number | undefined {
  const v = wVal(el, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Parses one XML part; throws on XML that is not well formed (a damaged file). */
export function parseXml(xml: string, part: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (msg: string) => errors.push(msg),
      fatalError: (msg: string) => errors.push(msg),
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length || !doc.documentElement) throw new Error(`${part}: ${errors[0] ?? 'no root element'}`);
  return doc;
}
