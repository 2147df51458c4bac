// Copies of the project for tests that run a real build (build safety, the bad-input corpus, reproducibility).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project being tested. */
export const ROOT = resolve('.');

/** Node 24 as pinned by the project (the machine's own node may be older). */
export const NODE = join(ROOT, 'node_modules/.bin/node');

// Caches Astro and Vite keep inside node_modules. Sharing them between copies lets one build read another's
// content (Astro's content store lives in node_modules/.astro), so each copy gets its own.
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Gives `dir` a node_modules whose packages link to the project's, with caches of its own. */
export function linkNodeModules(dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(target, name));
  }
}

const BUILD_INPUTS = [
  'src',
  'data',
  'content',
  'sources',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

function copyInputs(dir: string): void {
  for (const p of BUILD_INPUTS) {
    if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(dir, p), { recursive: true, force: true });
  }
}

/** Copies the working tree's sources, content and data into `dir` (uncommitted changes included, no git). */
export function copyWorkingTree(dir: string): void {
  copyInputs(dir);
  linkNodeModules(dir);
}

/**
 * Clones the repository into `dir` (so dates from git history are there) and lays the working tree's build
 * inputs over it, so what is built is what is being edited, with the history of the current commit.
 */
export function cloneWithWorkingTree(dir: string): void {
  // --shared borrows the project's objects instead of copying them: fast, and the history is the same.
  execFileSync('git', ['clone', '--quiet', '--shared', ROOT, dir]);
  for (const p of BUILD_INPUTS) rmSync(join(dir, p), { recursive: true, force: true });
  copyInputs(dir);
  linkNodeModules(dir);
}

/**
 * Environment for a child build: the project's binaries first, and without vitest's markers, which make the
 * content check stand aside.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
    ...extra,
  };
  for (const key of Object.keys(env))
    if (key === 'VITEST' || key.startsWith('VITEST_') || key === 'TEST') delete env[key];
  return env;
}
