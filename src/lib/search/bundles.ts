// Splitting the search index into several pagefind bundles. Pagefind holds a whole index in memory while it writes
// it, about 150–190 bytes per character of our text indexed (measured on the benchmark's generated sites: 4.0
// million characters, 0.76 GB; 40 million, 6 GB), so one index of the national site (≈ 130,000 pages, ≈ 270 million
// characters) needs more memory than a 24 GB runner has. Each bundle is indexed by its own pagefind run, and the
// search page merges them in the browser.
// No imports: scripts/search-index.ts loads this file with Node's own TypeScript support.

/** A page pagefind will index: its path under the site, its search type (类型 filter) and its text length. */
export interface IndexablePage {
  /** Path of the HTML file relative to the site folder, with `/` separators, e.g. `guides/x/index.html`. */
  path: string;
  /** The page's 类型 filter value, or '' when it has none. */
  type: string;
  /** Characters of text pagefind will index (the `data-pagefind-body` element without its tags). */
  chars: number;
}

/** One pagefind bundle: the pages it indexes (paths as in IndexablePage) and their characters in all. */
export interface SearchBundle {
  pages: string[];
  chars: number;
}

/**
 * What the search page reads from `/pagefind/bundles.json`: the URL paths of the bundles to merge besides the
 * primary one at `/pagefind/` (empty when the whole site is one index).
 */
export interface BundleManifest {
  bundles: { path: string }[];
}

const BODY_OPEN = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/;
const TYPE_FILTER = /data-pagefind-filter="类型:([^"]*)"/;

/**
 * Reads what the bundle planner needs from one built page: undefined when the page has no `data-pagefind-body`
 * (pagefind leaves such pages out of the index once any page of the site has one).
 */
export function describePage(path: string, html: string): IndexablePage | undefined {
  const open = BODY_OPEN.exec(html);
  if (!open) return undefined;
  const tag = open[1]!.toLowerCase();
  const start = open.index + open[0].length;
  // The body element is <main> here and is never nested in itself, so its first closing tag ends it.
  const end = html.indexOf(`</${tag}>`, start);
  const inner = html.slice(start, end < 0 ? html.length : end);
  const text = inner
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ');
  return { path, type: TYPE_FILTER.exec(html)?.[1] ?? '', chars: text.trim().length };
}

/**
 * Deals pages into as few bundles as keep each near `maxChars` characters. Every bundle gets the same mix of page
 * types (pages are dealt type by type, each to the lightest bundle so far), so each bundle is a small sample of the
 * whole site: pagefind scores a word by how rare it is in its own bundle, and with alike bundles the merged
 * ranking is close to that of one index (bundles of one type each ranked 0.90 instead of 0.97 on the query set).
 * The result depends only on the set of pages, not on their order.
 */
export function planBundles(pages: IndexablePage[], maxChars: number): SearchBundle[] {
  if (!(maxChars > 0)) throw new Error(`maxChars must be a positive number, got ${maxChars}`);
  const sorted = [...pages].sort((a, b) => compare(a.type, b.type) || compare(a.path, b.path));
  const total = sorted.reduce((n, p) => n + p.chars, 0);
  const count = Math.min(sorted.length, Math.max(1, Math.ceil(total / maxChars)));
  const bins: { pages: IndexablePage[]; chars: number }[] = Array.from({ length: count }, () => ({
    pages: [],
    chars: 0,
  }));
  for (const page of sorted) {
    let lightest = bins[0]!;
    for (const bin of bins) if (bin.chars < lightest.chars) lightest = bin;
    lightest.pages.push(page);
    lightest.chars += page.chars;
  }
  return bins.filter((b) => b.pages.length).map((b) => bundleOf(b.pages.sort((x, y) => compare(x.path, y.path))));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bundleOf(pages: IndexablePage[]): SearchBundle {
  return { pages: pages.map((p) => p.path), chars: pages.reduce((n, p) => n + p.chars, 0) };
}
