// Whatever the build needs is a dependency, not a devDependency: after `npm ci --omit=dev` the site must still
// build, search included (issue: the build once exited 0 with no search when pagefind was a dev dependency).
// Every package imported by code the build runs (src/ outside tests, astro.config.mjs, the build scripts) is
// read with TypeScript's parser (type-only imports are erased, so they do not count) and looked up in package.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|mjs|js|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const BUILD_CODE = [
  ...files('src'),
  'astro.config.mjs',
  'scripts/build.mjs',
  ...files('scripts/build'),
  'scripts/search-index.ts',
  'scripts/check.ts',
];

/** The package a bare import specifier names (`@scope/name/sub` → `@scope/name`), or undefined for a path. */
function packageOf(spec: string): string | undefined {
  if (
    spec.startsWith('.') ||
    spec.startsWith('/') ||
    spec.startsWith('node:') ||
    spec.startsWith('astro:') ||
    spec.startsWith('virtual:')
  )
    return undefined;
  if (builtinModules.includes(spec)) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  // An .astro file's imports are in its front matter between the --- fences, and in its <script> tags.
  if (file.endsWith('.astro'))
    text =
      text.replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1') +
      '\n' +
      [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    // `import type` and `export type … from` are erased: they need no package at run time.
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier))
      out.push(node.moduleSpecifier.text);
    if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the build needs only dependencies', () => {
  it('finds the build code', () => {
    expect(BUILD_CODE.length).toBeGreaterThan(50);
  });

  it('imports no devDependency and no package missing from package.json', () => {
    const wrong: string[] = [];
    for (const file of BUILD_CODE) {
      for (const spec of importsOf(file)) {
        const name = packageOf(spec);
        if (!name || name === 'astro' || pkg.dependencies[name]) continue;
        wrong.push(`${file}: ${spec}${pkg.devDependencies[name] ? '（devDependency）' : '（不在 package.json 中）'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('runs the build with the pinned Node and pagefind from dependencies', () => {
    expect(pkg.dependencies.node).toBeDefined();
    expect(pkg.dependencies.pagefind).toBeDefined();
  });
});
