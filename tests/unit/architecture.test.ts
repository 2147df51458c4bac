// The layers of docs/architecture.md, enforced: imports only go down. core ← documents ← features ← check ← site ←
// pages, components, layouts, integrations and CLIs. src/lib never imports `astro:*` or reads collections; pages and
// components never call the checker or getCollection themselves (they ask src/site/).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FEATURES = [
  'orgs',
  'reports',
  'guides',
  'plans',
  'datasets',
  'settings',
  'search',
  'security',
  'markdown',
  'layout',
  'sources',
  'share',
  'shards',
  'cms',
];

/** Feature → the other features it may use. Keep this short; every entry is a dependency to justify. */
export const FEATURE_USES: Record<string, string[]> = {
  // A plan belongs to an organisation: its view carries the organisation's record. Every feature asks orgs
  // whether an organisation is committed (orgs/committed.ts) before calling it unknown.
  plans: ['orgs'],
  // The figures finder reads a document as the report importer lays it out, so its sentences are the published ones.
  datasets: ['reports', 'orgs'],
  // Report and guide bodies go through the one Markdown body check (nesting, swallowed and removed text).
  reports: ['markdown', 'orgs'],
  guides: ['markdown', 'orgs'],
  // The body check reads Markdown with the site's features and knows what the sanitiser removes.
  markdown: ['security'],
  // A register entry's publisher is one of the site's organisations, asked through orgs/committed.ts.
  sources: ['orgs'],
  // Which shards a change needs follows who owns each changed file.
  shards: ['orgs'],
  // The browser editor's configuration is generated from the schemas of every kind of file officials edit.
  cms: ['orgs', 'reports', 'guides', 'plans', 'datasets', 'settings'],
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.(ts|astro|mjs)$/.test(name) ? [p] : [];
  });
}

/** The module specifiers a file imports (TypeScript's own pre-processor, so comments and strings do not count). */
export function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) {
    // Front matter and <script> blocks hold an .astro file's imports.
    const fm = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
    text = `${fm}\n${scripts}`;
  }
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The layer a project file belongs to: `core`, `documents`, a feature name, `check`, `site`, or an outer layer. */
export function layerOf(path: string): string {
  const rel = relative(ROOT, path).split('\\').join('/');
  const lib = /^src\/lib\/([^/]+)\//.exec(rel);
  if (lib) return lib[1]!;
  if (rel.startsWith('src/site/')) return 'site';
  // Browser scripts: the page scripts in src/scripts/ and the scripts that sit beside their component.
  if (rel.startsWith('src/scripts/') || (rel.startsWith('src/components/') && rel.endsWith('.ts'))) return 'browser';
  // The content-check integration is build glue, like the CLIs in scripts/: it runs the checker.
  if (rel.startsWith('src/integrations/')) return 'outer';
  if (rel.startsWith('src/')) return 'pages';
  return 'outer';
}

/** Whether a file in layer `from` may import a file in layer `to`. */
export function mayImport(from: string, to: string): boolean {
  if (from === to) return true;
  if (to === 'outer' || to === 'pages') return from === 'outer' || from === 'pages';
  if (from === 'outer' || from === 'pages') return true;
  if (from === 'browser') return to !== 'site' && to !== 'check';
  if (to === 'browser') return false;
  if (from === 'site') return to !== 'site';
  if (to === 'site') return false;
  if (from === 'check') return to !== 'check';
  if (to === 'check') return false;
  if (to === 'core') return true;
  if (from === 'core') return false;
  if (to === 'documents') return true;
  if (from === 'documents') return false;
  return (FEATURE_USES[from] ?? []).includes(to);
}

const files = ['src', 'scripts', 'tests/unit', 'tests/browser', 'tests/setup'].flatMap((d) => walk(join(ROOT, d)));
const edges = files.flatMap((file) =>
  importsOf(file).map((spec) => ({
    file,
    spec,
    target: spec.startsWith('.') ? resolve(dirname(file), spec.split('?')[0]!) : undefined,
  })),
);
const isTest = (file: string) => file.endsWith('.test.ts');
const show = (e: { file: string; spec: string }) => `${relative(ROOT, e.file)} → ${e.spec}`;

describe('architecture', () => {
  it('knows every folder of src/lib', () => {
    const known = new Set(['core', 'documents', 'check', ...FEATURES]);
    const folders = readdirSync(join(ROOT, 'src/lib')).filter((n) => statSync(join(ROOT, 'src/lib', n)).isDirectory());
    expect(folders.filter((f) => !known.has(f))).toEqual([]);
    expect(readdirSync(join(ROOT, 'src/lib')).filter((n) => !statSync(join(ROOT, 'src/lib', n)).isDirectory())).toEqual(
      [],
    );
  });

  it('imports only go down', () => {
    // A colocated test may reach up (fixtures, the checker, the whole import a reader feeds): it tests a module the
    // way the site uses it, and nothing imports a test. The code under test is checked here without exception.
    const wrong = edges
      .filter((e) => e.target && !isTest(e.file))
      .filter((e) => !mayImport(layerOf(e.file), layerOf(e.target!)))
      .map(show);
    expect(wrong).toEqual([]);
  });

  it('src/lib never imports astro:* or astro itself', () => {
    const wrong = edges.filter(
      (e) => layerOf(e.file) !== 'site' && /^src\/lib\//.test(relative(ROOT, e.file)) && /^astro(:|\/|$)/.test(e.spec),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('only src/site reads collections; pages and components ask src/site', () => {
    const wrong = edges.filter(
      (e) =>
        layerOf(e.file) === 'pages' &&
        !/content\.config\.ts$/.test(e.file) &&
        (e.spec === 'astro:content' || /\/lib\/check\//.test(e.spec)),
    );
    expect(wrong.map(show)).toEqual([]);
  });

  it('the rule itself rejects an upward import', () => {
    expect(mayImport('core', 'plans')).toBe(false);
    expect(mayImport('plans', 'check')).toBe(false);
    expect(mayImport('plans', 'site')).toBe(false);
    expect(mayImport('datasets', 'plans')).toBe(false);
    expect(mayImport('site', 'plans')).toBe(true);
    expect(layerOf(join(ROOT, 'src/lib/plans/schema.ts'))).toBe('plans');
    expect(importsOf(join(ROOT, 'src/pages/index.astro')).length).toBeGreaterThan(0);
  });
});
