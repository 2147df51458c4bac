import { spawnSync } from 'node:child_process';

/** What one git command gave back. */
export interface GitResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs git with `args` in the project root (the CLIs pass `systemGit(root)`; tests may pass a fake). */
export type Git = (args: string[]) => GitResult;

/** Git on this machine, run in `root`, paths never quoted (so names with spaces or non-ASCII come back as written). */
export function systemGit(root: string): Git {
  return (args) => {
    const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) return { status: 127, stdout: '', stderr: String(r.error.message) };
    return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
  };
}

/** `-z` output split into paths. */
const zList = (out: string) => out.split('\0').filter((p) => p !== '');

/**
 * The project-relative paths whose content differs between the commit `base` and what the next commit will hold:
 * the working tree against `base` (committed, staged and unstaged changes: `git diff <base>`), and files not yet
 * tracked (not ignored). Pass the merge base of the target branch and HEAD (`mergeBase`), so that changes merged
 * into the target branch meanwhile are not counted. Renames count as a removal and an addition, so both paths
 * are checked. Paths outside the project folder are left out (`--relative`).
 */
export function changedFiles(git: Git, base: string): { files: string[]; error?: string } {
  const runs = [
    ['diff', '--name-only', '--no-renames', '--relative', '-z', base, '--'],
    ['ls-files', '--others', '--exclude-standard', '-z'],
  ];
  const files = new Set<string>();
  for (const args of runs) {
    const r = git(args);
    if (r.status !== 0) return { files: [], error: r.stderr.trim() };
    for (const f of zList(r.stdout)) files.add(f);
  }
  return { files: [...files].sort() };
}

/**
 * A project file's text in commit `commit`, or undefined when the commit has no such file. `./` makes the path
 * relative to the project folder, which need not be the repository's top.
 */
export function fileAt(git: Git, commit: string, path: string): string | undefined {
  const r = git(['cat-file', 'blob', `${commit}:./${path}`]);
  return r.status === 0 ? r.stdout : undefined;
}

/** The commit `ref` names, or undefined when git does not know it. */
export function resolveCommit(git: Git, ref: string): string | undefined {
  const r = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The commit where HEAD's history left `commit` (their merge base), or undefined when they share none. */
export function mergeBase(git: Git, commit: string): string | undefined {
  const r = git(['merge-base', commit, 'HEAD']);
  return r.status === 0 ? r.stdout.trim() : undefined;
}
