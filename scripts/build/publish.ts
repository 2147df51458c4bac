// Publishing a finished build in one step. `dist` is a symbolic link to a folder under `.build-tmp/`; a new build
// is written beside it and published by replacing the link with rename(2), which is atomic on POSIX filesystems:
// at every instant `dist` is either the previous site or the new one, even if the build is killed (a plain
// rename(dist→old) then rename(new→dist) leaves no `dist` between the two). Folders left by killed builds are
// removed by the next build. docs/publishing.md (section 2) explains it for deployers.
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Where builds are written before they are published (relative to the project). */
export const WORK_DIR = '.build-tmp';

/** The published site: a link into WORK_DIR (a real folder only before the first build of this kind). */
export const DIST = 'dist';

/** A name for this build's folders that no other build uses: time, then the process id (read by `cleanUp`). */
export function buildId(pid = process.pid, now = Date.now()): string {
  return `${now.toString(36)}-${pid}`;
}

/** The folder a build with `id` writes its site to, relative to the project. */
export function siteFolder(id: string): string {
  return `${WORK_DIR}/site-${id}`;
}

const pidOf = (name: string): number | undefined => {
  const m = /-(\d+)$/.exec(name);
  return m ? Number(m[1]) : undefined;
};

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folder `dist` points to, relative to the project, or undefined when `dist` is missing or a real folder. */
export function publishedFolder(root: string): string | undefined {
  const link = join(root, DIST);
  try {
    return lstatSync(link).isSymbolicLink() ? readlinkSync(link) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Publishes `folder` (relative to `root`, under WORK_DIR) as `dist`. When `dist` is already a link, one rename
 * replaces it. A real `dist/` folder (from before builds worked this way, or copied in by hand) is first moved
 * into WORK_DIR: that one time there is a moment without `dist`.
 */
export function publish(root: string, folder: string, id: string): void {
  const link = join(root, DIST);
  const staging = join(root, WORK_DIR, `link-${id}`);
  rmSync(staging, { force: true });
  // The link's target is relative to the folder holding `dist`, so the project can be moved or copied.
  symlinkSync(folder, staging, 'dir');
  let isFolder = false;
  try {
    isFolder = !lstatSync(link).isSymbolicLink();
  } catch {
    // No dist yet: the rename below creates it.
  }
  if (isFolder) renameSync(link, join(root, WORK_DIR, `site-before-${id}`));
  renameSync(staging, link);
}

/**
 * Removes what earlier builds left in WORK_DIR: every entry except the published folder and those of builds
 * still running (their process id is in the name; this process's own entries are removed too, so call it before
 * a build starts writing and after it is published). Returns the names removed.
 */
export function cleanUp(root: string): string[] {
  const dir = join(root, WORK_DIR);
  mkdirSync(dir, { recursive: true });
  const published = publishedFolder(root)?.replace(/^.*\//, '');
  const removed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === published) continue;
    const pid = pidOf(name);
    if (pid !== undefined && pid !== process.pid && isRunning(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
