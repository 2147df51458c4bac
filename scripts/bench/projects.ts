// The two projects the benchmark builds side by side: a copy of this site (its src/, config and build script)
// over generated content, and a plain Astro markdown site with the same number of pages.
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Rng, paragraph } from './text.ts';

/** Folders in node_modules that hold caches a build writes (kept per project so builds never share them). */
const CACHE_DIRS = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * Gives `dir` a node_modules whose packages are symlinks to the project's, but whose cache folders are its own:
 * Astro keeps its content store in node_modules/.astro, and a shared one would mix two sites.
 */
export function linkNodeModules(dir: string, from = resolve('node_modules')): void {
  const nm = join(dir, 'node_modules');
  mkdirSync(nm, { recursive: true });
  for (const name of readdirSync(from)) {
    if (CACHE_DIRS.has(name) || existsSync(join(nm, name))) continue;
    symlinkSync(join(from, name), join(nm, name));
  }
}

/** Copies what builds this site (src/, public/, config, build script) into `dir`, next to generated content. */
export function copySite(dir: string, project = resolve('.')): void {
  for (const name of [
    'src',
    'public',
    'scripts/build.mjs',
    'scripts/build',
    'scripts/search-index.ts',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    const from = join(project, name);
    if (!existsSync(from)) continue;
    cpSync(from, join(dir, name), { recursive: true, filter: (p) => !/\.test\.ts$/.test(p) });
  }
  linkNodeModules(dir, join(project, 'node_modules'));
}

/**
 * Writes a minimal Astro site with `pages` markdown pages (one layout, one content collection, one dynamic
 * route): the baseline our build is compared with. Each page has about `chars` characters of text. It stores its
 * content as ours does, in chunks: Astro's default single-file store does not build at national scale.
 */
export function writePlainSite(dir: string, pages: number, chars: number, project = resolve('.')): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'plain-bench', private: true, type: 'module' }, null, 2),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' }, experimental: { collectionStorage: 'chunked' } });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nconst pages = defineCollection({ loader: glob({ pattern: '**/*.md', base: './content' }), schema: z.object({ title: z.string() }) });\nexport const collections = { pages };\n",
  );
  writeFileSync(
    join(dir, 'src/layouts/Layout.astro'),
    '---\nconst { title } = Astro.props;\n---\n<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1><slot /></main></body></html>\n',
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nimport Layout from '../layouts/Layout.astro';\nexport async function getStaticPaths() {\n  return (await getCollection('pages')).map((page) => ({ params: { id: page.id }, props: { page } }));\n}\nconst { page } = Astro.props;\nconst { Content } = await render(page);\n---\n<Layout title={page.data.title}><Content /></Layout>\n",
  );
  const rng = new Rng(7);
  for (let i = 0; i < pages; i++) {
    const sub = `content/p${Math.floor(i / 1000)}`;
    if (i % 1000 === 0) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, sub, `page-${i}.md`), `---\ntitle: 第${i}页\n---\n\n${paragraph(rng, chars)}\n`);
  }
  linkNodeModules(dir, join(project, 'node_modules'));
}
