// Builds the search index of a built site: `node scripts/search-index.ts <site> [--bundle-chars N]`.
// A site whose indexed text fits one pagefind run (the real site, and generated sites up to ~15,000 pages) gets
// one index at /pagefind/, exactly as `pagefind --site <site>` makes it. A larger site is indexed in several
// bundles, one pagefind run each (so memory stays bounded), written to /pagefind/ (the primary) and
// /pagefind/bundles/<k>/; /pagefind/bundles.json lists them for the search page, which merges them
// (pagefind's mergeIndex). Run by scripts/build.mjs; CANLIAN_SEARCH_BUNDLE_CHARS sets the size of a bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describePage, planBundles, type BundleManifest, type IndexablePage } from '../src/lib/search/bundles.ts';

/**
 * Characters of text per bundle. Pagefind needs 150–190 bytes of memory per character of our text, so 30 million
 * characters keep one run near 5 GB, under the 8 GB build budget. The real site has about 0.2 million characters;
 * the benchmark's 100× site 40 million (2 bundles), the national one about 270 million (9 bundles).
 */
export const DEFAULT_BUNDLE_CHARS = 30_000_000;

function htmlFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full !== join(root, 'pagefind')) htmlFiles(full, root, out);
    } else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

function pagefind(args: string[]): void {
  const bin = existsSync('node_modules/.bin/pagefind') ? 'node_modules/.bin/pagefind' : 'pagefind';
  const r = spawnSync(bin, [...args, '--quiet'], { stdio: 'inherit' });
  if (r.status !== 0) {
    const why = r.signal === 'SIGKILL' ? '（进程被系统终止，多半是内存不足：可把 CANLIAN_SEARCH_BUNDLE_CHARS 调小）' : '';
    throw new Error(`搜索索引失败：pagefind ${args.join(' ')} 未成功${why}`);
  }
}

/** Indexes the site in `site`; returns the bundles written (1 when the whole site fits one). */
export function indexSite(site: string, bundleChars = DEFAULT_BUNDLE_CHARS): number {
  const pages: IndexablePage[] = [];
  for (const path of htmlFiles(site)) {
    const page = describePage(path, readFileSync(join(site, path), 'utf8'));
    if (page) pages.push(page);
  }
  const bundles = planBundles(pages, bundleChars);
  const manifest: BundleManifest = { bundles: [] };
  if (bundles.length <= 1) {
    pagefind(['--site', site]);
  } else {
    // Each run sees a folder of hard links to its own pages only, at their real paths, so result URLs are right.
    const work = join(dirname(site), `.search-bundles-${process.pid}`);
    try {
      bundles.forEach((bundle, k) => {
        rmSync(work, { recursive: true, force: true });
        for (const path of bundle.pages) {
          mkdirSync(dirname(join(work, path)), { recursive: true });
          linkSync(join(site, path), join(work, path));
        }
        const out = k === 0 ? 'pagefind' : `pagefind/bundles/${k}`;
        const started = performance.now();
        pagefind(['--site', work, '--output-path', join(site, out)]);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`搜索索引 ${k + 1}/${bundles.length}：${bundle.pages.length} 页，${bundle.chars} 字，${seconds} 秒`);
        if (k > 0) manifest.bundles.push({ path: `/${out}/` });
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
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
  if (!site || !existsSync(site) || !(chars > 0)) {
    console.error('用法：node scripts/search-index.ts <网站文件夹> [--bundle-chars 每个索引包的字数]');
    process.exit(2);
  }
  try {
    indexSite(site, chars);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
