// Splitting the search index into several pagefind bundles. Pagefind holds a whole index in memory while it writes
// it, about 150–190 bytes per character of our text indexed (measured on the benchmark's generated sites: 4.0
// million characters, 0.76 GB; 40 million, 6 GB), so one index of the national site (≈ 130,000 pages, ≈ 270 million
// characters) needs more memory than a 24 GB runner has. Each bundle is indexed by its own pagefind run, and the
// search page merges them in the browser.
// No imports: scripts/search-index.ts loads this file with Node's own TypeScript support.

/**
 * The 范围 filter value of pages that belong to no one province (lists, national guides, pages of several
 * organisations): they are searched in every area.
 */
export const COMMON_AREA = '全国';

/** A page pagefind will index: its path under the site, its search type (类型 filter) and its text length. */
export interface IndexablePage {
  /** Path of the HTML file relative to the site folder, with `/` separators, e.g. `guides/x/index.html`. */
  path: string;
  /** The page's 类型 filter value, or '' when it has none. */
  type: string;
  /** Characters of text pagefind will index (the `data-pagefind-body` element without its tags). */
  chars: number;
  /** The page's 范围 filter: its province's id, or COMMON_AREA (also when the page has none). */
  area?: string;
}

/** One pagefind bundle: the pages it indexes (paths as in IndexablePage) and their characters in all. */
export interface SearchBundle {
  pages: string[];
  chars: number;
  /** The search areas whose pages it holds; undefined for a bundle of pages searched everywhere (COMMON_AREA). */
  areas?: string[];
}

/**
 * What the search page reads from `/pagefind/bundles.json`: the URL paths of the bundles to merge besides the
 * primary one at `/pagefind/` (empty when the whole site is one index).
 */
export interface BundleManifest {
  /** `areas`: the search areas whose pages the bundle holds; none for a bundle every search needs. */
  bundles: { path: string; areas?: string[] }[];
  /** The areas of the primary bundle, when it holds an area's pages rather than those searched everywhere. */
  primaryAreas?: string[];
}

/**
 * The bundles one search needs: all of them for the whole country (`area` undefined); for one area, those it
 * needs (its own and those searched everywhere). The primary bundle at /pagefind/ is always loaded.
 */
export function bundlesFor(manifest: BundleManifest, area: string | undefined): string[] {
  return manifest.bundles.filter((b) => area === undefined || !b.areas || b.areas.includes(area)).map((b) => b.path);
}

const BODY_OPEN = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/;
const TYPE_FILTER = /data-pagefind-filter="类型:([^"]*)"/;
const AREA_FILTER = /data-pagefind-filter="范围:([^"]*)"/;

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
  return {
    path,
    type: TYPE_FILTER.exec(html)?.[1] ?? '',
    chars: text.trim().length,
    area: AREA_FILTER.exec(html)?.[1] ?? COMMON_AREA,
  };
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

/**
 * Bundles for searching by area (docs/scaling.md §3): pages searched everywhere are dealt into alike bundles of
 * at most `maxChars` (planBundles); each area's pages go whole into one bundle, areas packed together up to
 * `areaChars` (largest first, each into the first bundle it fits), and an area larger than that is dealt into
 * alike bundles of its own. A search in one area then fetches the common bundles and its own, never the whole
 * country. The common bundles come first: the first of them is the primary index at /pagefind/.
 */
export function planAreaBundles(pages: IndexablePage[], maxChars: number, areaChars: number): SearchBundle[] {
  if (!(areaChars > 0)) throw new Error(`areaChars must be a positive number, got ${areaChars}`);
  const common = pages.filter((p) => (p.area ?? COMMON_AREA) === COMMON_AREA);
  const byArea = new Map<string, IndexablePage[]>();
  for (const p of pages) {
    const area = p.area ?? COMMON_AREA;
    if (area === COMMON_AREA) continue;
    const list = byArea.get(area);
    if (list) list.push(p);
    else byArea.set(area, [p]);
  }
  const out: SearchBundle[] = common.length ? planBundles(common, maxChars) : [];
  const groups = [...byArea]
    .map(([area, list]) => ({ area, list, chars: list.reduce((n, p) => n + p.chars, 0) }))
    .sort((a, b) => b.chars - a.chars || compare(a.area, b.area));
  const packs: { areas: string[]; pages: IndexablePage[]; chars: number }[] = [];
  for (const g of groups) {
    if (g.chars > areaChars) {
      for (const b of planBundles(g.list, areaChars)) out.push({ ...b, areas: [g.area] });
      continue;
    }
    const pack = packs.find((p) => p.chars + g.chars <= areaChars);
    if (pack) {
      pack.areas.push(g.area);
      pack.pages.push(...g.list);
      pack.chars += g.chars;
    } else packs.push({ areas: [g.area], pages: [...g.list], chars: g.chars });
  }
  for (const p of packs)
    out.push({ ...bundleOf([...p.pages].sort((x, y) => compare(x.path, y.path))), areas: [...p.areas].sort(compare) });
  return out;
}
