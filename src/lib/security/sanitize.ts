import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, Nodes, Root } from 'hast';
import { resolvesToSite, srcsetUrls } from '../core/site-url.ts';

/**
 * What raw HTML in a report or guide may keep: GitHub's allowlist (the one rehype-sanitize uses), narrowed for
 * this site. Officials paste from Word and web pages; nothing they paste may run code, load another origin,
 * restyle the page or trap keyboard focus.
 */
export const CONTENT_SCHEMA: Schema = {
  ...defaultSchema,
  // Removed together with their content (the default only strips script; the text of a style sheet or a
  // frame's fallback would otherwise show up as page text).
  strip: [
    'script',
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'form',
    'textarea',
    'select',
    'title',
    'xmp',
  ],
  attributes: {
    ...defaultSchema.attributes,
    // tabIndex and accessKey change keyboard behaviour (WCAG 2.1.4, 2.4.3); everything else as GitHub allows.
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'tabIndex' && a !== 'accessKey'),
  },
  protocols: {
    ...defaultSchema.protocols,
    // tel: for the phone numbers in service guides; no irc/xmpp; never javascript:, data: or vbscript:.
    href: ['http', 'https', 'mailto', 'tel'],
    cite: ['http', 'https'],
    // Images only from this site (see `prepare`); these lists are the second line.
    src: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
};

const CLOBBER_PREFIX = defaultSchema.clobberPrefix ?? 'user-content-';

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

/**
 * Prepares the tree for sanitising: GFM footnote ids already carry the anti-clobbering prefix (which the
 * sanitiser would add a second time, breaking the footnote links), images from other origins are dropped, and
 * table alignment arrives as an inline
 * `style` that a strict style-src would block, so it becomes the `align` attribute.
 */
function prepare(node: Nodes): void {
  if (isElement(node)) {
    const props = node.properties;
    for (const key of ['id', 'name'] as const) {
      const v = props[key];
      if (typeof v === 'string' && v.startsWith(CLOBBER_PREFIX)) props[key] = v.slice(CLOBBER_PREFIX.length);
    }
    // Images and media only from this site: the CSP allows img-src 'self', and no page asks another origin.
    // Decided by the URL parser, as the browser decides it: `/&#9;/host/x` arrives here decoded as `/\t/host/x`,
    // which a pattern on the text would take for a path and a browser reads as `//host/x`.
    for (const key of ['src', 'poster'] as const) {
      const v = props[key];
      if (v !== undefined && !(typeof v === 'string' && resolvesToSite(v))) delete props[key];
    }
    const srcset = props.srcSet;
    if (
      srcset !== undefined &&
      !srcsetUrls(typeof srcset === 'string' ? srcset : (srcset as (string | number)[])).every(resolvesToSite)
    ) {
      delete props.srcSet;
    }
    if ((node.tagName === 'td' || node.tagName === 'th') && typeof props.style === 'string') {
      const align = /text-align:\s*(left|center|right)/.exec(props.style)?.[1];
      if (align) props.align = align;
    }
  }
  if ('children' in node) for (const child of node.children) prepare(child as Nodes);
}

// Sätteri's tree is read through lazy accessors that structuredClone cannot copy; this copies what hast defines.
function copyTree<N extends Nodes>(node: N): N {
  const out: Record<string, unknown> = { type: node.type };
  if ('tagName' in node) out.tagName = node.tagName;
  if ('properties' in node) {
    out.properties = Object.fromEntries(
      Object.entries(node.properties ?? {}).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v]),
    );
  }
  if ('value' in node) out.value = node.value;
  if ('name' in node) out.name = (node as { name: unknown }).name;
  if ('children' in node) out.children = node.children.map((c) => copyTree(c as Nodes));
  return out as unknown as N;
}

/** Returns a sanitised copy of a HAST tree (the input is not changed). */
export function sanitizeTree(tree: Root): Root {
  const copy = copyTree(tree);
  prepare(copy);
  return sanitize(copy, CONTENT_SCHEMA) as Root;
}

/** The part of Sätteri's hast-plugin context this plugin uses. */
interface PluginContext {
  readonly sourceFormat: 'markdown' | 'mdx';
  replaceNode(node: Root, replacement: Root): void;
}

/**
 * A Sätteri hast plugin (Astro 7's Markdown processor) that sanitises every Markdown file before Astro adds
 * heading ids, so the table of contents keeps working. Needs `features.rawHtml: true`, which parses raw HTML
 * into elements the allowlist can see; without it raw HTML stays opaque and the sanitiser drops it whole.
 * MDX is the site's own code and is left alone (content files may not be MDX: the check rejects them).
 */
export function sanitizeContentPlugin(): { name: string; before(root: Root, ctx: PluginContext): void } {
  return {
    name: 'canlian:sanitize-content',
    before(root, ctx) {
      if (ctx.sourceFormat === 'mdx') return;
      ctx.replaceNode(root, sanitizeTree(root));
    },
  };
}

/**
 * Sätteri features for content Markdown: raw HTML parsed so it can be sanitised, and GFM footnotes labelled in
 * Chinese (the defaults are English).
 */
export const CONTENT_MARKDOWN_FEATURES = {
  rawHtml: true,
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处' } },
};
