// Builds the search index of a built site: `node scripts/search-index.ts <site> [--bundle-chars N]`.
// A site whose indexed text fits one pagefind run (the real site, and generated sites up to ~15,000 pages) gets
// one index at /pagefind/, exactly as `pagefind --site <site>` makes it. A larger site is indexed in several
// bundles, one pagefind index each (so memory stays bounded), written to /pagefind/ (the primary) and
// /pagefind/bundles/<k>/; /pagefind/bundles.json lists them for the search page, which merges them
// (pagefind's mergeIndex). Run by scripts/build.mjs; CANLIAN_SEARCH_BUNDLE_CHARS sets the size of a bundle.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { isDiskFull } from './build/diagnose.ts';
import {
  describePage,
  planAreaBundles,
  planBundles,
  type BundleManifest,
  type IndexablePage,
} from '../src/lib/search/bundles.ts';
import { separateBlocks } from '../src/lib/search/index-text.ts';

/**
 * Characters of text per bundle. Pagefind needs 150–190 bytes of memory per character of our text, so 30 million
 * characters keep one run near 5 GB, under the 8 GB build budget. The real site has about 0.2 million characters;
 * the benchmark's 100× site 40 million (2 bundles), the national one about 270 million (9 bundles).
 */
export const DEFAULT_BUNDLE_CHARS = 30_000_000;

/**
 * Characters of text per bundle of search areas (provinces) when the site is split: a search in one area fetches
 * the bundles of pages searched everywhere and its own area's bundle, so this bounds what one province's search
 * downloads. A national province averages about 8 million characters (3,400 organisations in about 34 areas), so
 * each gets a bundle of its own. 0 deals pages by size only, as before areas existed (every search merges all).
 */
export const DEFAULT_AREA_CHARS = 10_000_000;

function htmlFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== join(root, 'pagefind')) htmlFiles(full, root, out);
    } else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** Says in Chinese what went wrong in pagefind (its own messages are English, a full disk a Rust panic). */
function indexError(what: string, errors: string[]): Error {
  const detail = errors.join('；');
  if (isDiskFull(detail))
    return new Error(`搜索索引失败：磁盘空间不足，无法写入${what}。请腾出磁盘空间后重新运行 npm run build。`);
  return new Error(`搜索索引失败：${what}未成功（pagefind：${detail}）`);
}

/**
 * Indexes `paths` (sorted) of `site` into `outputPath` with pagefind's Node API. Files are added one at a time in
 * sorted order, so the index is the same on every filesystem: the pagefind command indexes in the order the
 * filesystem lists files, and tmpfs lists them differently from ext4 (37 files differed).
 */
async function writeIndex(site: string, paths: string[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length) throw indexError('索引', errors);
  for (const path of paths) {
    // Fields of term lists and tables are separated first, so they stay words of their own in the index.
    const content = separateBlocks(readFileSync(join(site, path), 'utf8'));
    const added = await index.addHTMLFile({ sourcePath: path, content });
    if (added.errors.length) throw indexError(`页面 ${path} 的索引`, added.errors);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw indexError('索引文件', written.errors);
  // One pagefind process per index, as one command run was: a bundle's memory goes back before the next.
  await pagefind.close();
}

/**
 * Indexes the site in `site`; returns the bundles written (1 when the whole site fits one). A site that fits one
 * index is searched by area with its 范围 filter; a larger one is split by area (planAreaBundles), or by size only
 * when `areaChars` is 0.
 */
export async function indexSite(
  site: string,
  bundleChars = DEFAULT_BUNDLE_CHARS,
  areaChars = DEFAULT_AREA_CHARS,
): Promise<number> {
  const pages: IndexablePage[] = [];
  const all = htmlFiles(site).sort();
  for (const path of all) {
    const page = describePage(path, readFileSync(join(site, path), 'utf8'));
    if (page) pages.push(page);
  }
  const total = pages.reduce((n, p) => n + p.chars, 0);
  const bundles =
    total <= bundleChars
      ? planBundles(pages, bundleChars)
      : areaChars > 0
        ? planAreaBundles(pages, bundleChars, areaChars)
        : planBundles(pages, bundleChars);
  const manifest: BundleManifest = { bundles: [] };
  try {
    if (bundles.length <= 1) {
      // Every page, as `pagefind --site` would: pagefind itself skips pages without data-pagefind-body.
      await writeIndex(site, all, join(site, 'pagefind'));
    } else {
      for (const [k, bundle] of bundles.entries()) {
        const out = k === 0 ? 'pagefind' : `pagefind/bundles/${k}`;
        const started = performance.now();
        await writeIndex(site, [...bundle.pages].sort(), join(site, out));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(
          `搜索索引 ${k + 1}/${bundles.length}：${bundle.pages.length} 页，${bundle.chars} 字，${seconds} 秒`,
        );
        if (k > 0) manifest.bundles.push({ path: `/${out}/`, ...(bundle.areas ? { areas: bundle.areas } : {}) });
        else if (bundle.areas) manifest.primaryAreas = bundle.areas;
      }
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'pagefind', 'bundles.json'), `${JSON.stringify(manifest)}\n`);
  return Math.max(1, bundles.length);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (import.meta.main) {
  const site = process.argv[2];
  const chars = Number(option('--bundle-chars') ?? process.env.CANLIAN_SEARCH_BUNDLE_CHARS ?? DEFAULT_BUNDLE_CHARS);
  const areaChars = Number(option('--area-chars') ?? process.env.CANLIAN_SEARCH_AREA_CHARS ?? DEFAULT_AREA_CHARS);
  if (!site || !existsSync(site) || !(chars > 0) || !(areaChars >= 0)) {
    console.error(
      '用法：node scripts/search-index.ts <网站文件夹> [--bundle-chars 每个索引包的字数] [--area-chars 每个地区索引包的字数，0 为不按地区分]',
    );
    process.exit(2);
  }
  try {
    await indexSite(site, chars, areaChars);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
