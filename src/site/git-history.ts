import { execFileSync } from 'node:child_process';

/** One commit that changed a file. */
export interface Commit {
  /** Full commit hash. */
  hash: string;
  /** Commit date, `YYYY-MM-DD` in the committer's own time zone. */
  date: string;
  /** First line of the commit message. */
  subject: string;
}

const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * Parses the output of `git log --name-only --format=<RS>%H<US>%cI<US>%s` into file → commits (newest first).
 * Exported for testing.
 */
export function parseGitLog(out: string): Map<string, Commit[]> {
  const history = new Map<string, Commit[]>();
  for (const record of out.split(RECORD)) {
    const [header, ...files] = record.split('\n');
    if (!header) continue;
    const [hash, iso, subject] = header.split(FIELD);
    if (!hash || !iso) continue;
    const commit: Commit = { hash, date: iso.slice(0, 10), subject: subject ?? '' };
    for (const file of files) {
      const f = file.trim();
      if (f) history.set(f, [...(history.get(f) ?? []), commit]);
    }
  }
  return history;
}

const cache = new Map<string, Map<string, Commit[]>>();

/**
 * History of every file under `paths`, from ONE `git log` call per build (not one per page). Returns an empty
 * map where there is no git or no history (a download without .git, or a shallow clone's missing commits), so
 * pages fall back to their front-matter dates instead of failing.
 */
export function gitHistory(root: string, paths: string[]): Map<string, Commit[]> {
  const key = `${root}\u0000${paths.join('\u0000')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let history = new Map<string, Commit[]>();
  try {
    const out = execFileSync(
      'git',
      ['log', '--no-merges', '--name-only', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--', ...paths],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 },
    );
    history = parseGitLog(out);
  } catch {
    // No git, or not a repository: history stays empty and pages use front-matter dates.
  }
  cache.set(key, history);
  return history;
}

/**
 * The date a page was last updated: its newest commit, else the first fallback date given (front matter),
 * else undefined.
 */
export function lastUpdated(commits: Commit[] | undefined, ...fallbacks: (string | undefined)[]): string | undefined {
  return commits?.[0]?.date ?? fallbacks.find((d) => d);
}
