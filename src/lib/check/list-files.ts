import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';

/** The regular files under the content folders, and a problem for everything else found there. */
export interface Listing {
  /** Project-relative paths (forward slashes) of regular files, sorted. */
  files: string[];
  /** Symlinks and special files: never read, never followed, each rejected with one problem. */
  problems: Problem[];
}

/**
 * Lists `dirs` (e.g. content/ and data/) under `root` without following any link. A symlink would publish its
 * target, which may lie outside the repository (/etc/…); a dangling link or a loop would crash a reader that
 * follows it; a pipe would make the check wait forever. So every entry is looked at with lstat and only plain
 * files and folders are walked.
 */
export function listContentFiles(root: string, dirs: readonly string[]): Listing {
  const listing: Listing = { files: [], problems: [] };
  for (const dir of dirs) visit(root, dir, listing);
  return listing;
}

function visit(root: string, rel: string, out: Listing): void {
  let st;
  try {
    st = lstatSync(join(root, rel));
  } catch {
    return; // a content folder that does not exist holds nothing
  }
  if (st.isSymbolicLink()) out.problems.push(symlinkProblem(root, rel));
  else if (st.isDirectory()) {
    for (const name of readdirSync(join(root, rel)).sort()) visit(root, `${rel}/${name}`, out);
  } else if (st.isFile()) out.files.push(rel);
  else {
    out.problems.push({
      file: rel,
      field: WHOLE_FILE,
      problem: '这不是普通文件（是管道、设备或套接字等特殊文件），不能发布',
      fix: '删除它；要发布的内容请存成普通的文字文件',
    });
  }
}

function symlinkProblem(root: string, rel: string): Problem {
  let target = '';
  try {
    target = readlinkSync(join(root, rel));
  } catch {
    // unreadable link: named without its target
  }
  const absolute = resolve(join(root, rel, '..'), target);
  const outside = relative(resolve(root), absolute).startsWith('..') || isAbsolute(relative(resolve(root), absolute));
  const shown = target.length > 80 ? `${target.slice(0, 80)}…` : target;
  return {
    file: rel,
    field: WHOLE_FILE,
    problem: `这是符号链接（快捷方式），指向“${shown}”${outside ? '，在仓库之外' : ''}：网站不会跟着链接去读别处的文件`,
    fix: '删除这个链接（git rm 加上它的路径）；要发布的文件请把文件本身复制到这里',
  };
}
