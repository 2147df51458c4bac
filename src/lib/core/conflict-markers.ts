import type { Problem } from './problem.ts';

// A merge that git could not finish leaves both versions in the file between marker lines. Left in, both
// versions are published (two titles, two values for one figure), so the file is rejected until one is chosen.

const START = /^<{7}(?:\s|$)/;
const BASE = /^\|{7}(?:\s|$)/;
const END = /^>{7}(?:\s|$)/;
// `=======` alone is also a markdown heading underline, so it counts only inside an open conflict.
const MIDDLE = /^={7}\s*$/;

/** One conflict: the lines of its markers (1-based). */
export interface Conflict {
  start?: number;
  /** The `|||||||` line before the common ancestor's version (git's diff3 and zdiff3 styles). */
  base?: number;
  middle?: number;
  end?: number;
}

/** Every conflict left in `text`; a conflict missing its start or end marker (half resolved) is found too. */
export function findConflicts(text: string): Conflict[] {
  const conflicts: Conflict[] = [];
  let open: Conflict | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const n = i + 1;
    if (START.test(line)) {
      if (open) conflicts.push(open);
      open = { start: n };
    } else if (open && BASE.test(line)) {
      open.base ??= n;
    } else if (open && MIDDLE.test(line)) {
      open.middle ??= n;
    } else if (END.test(line)) {
      conflicts.push({ ...open, end: n });
      open = undefined;
    }
  });
  if (open) conflicts.push(open);
  return conflicts;
}

/** One problem per conflict left in the file, at its first marker line. */
export function conflictProblems(file: string, text: string): Problem[] {
  return findConflicts(text).map((c) => {
    const marks = [
      c.start && `第 ${c.start} 行 <<<<<<<`,
      c.base && `第 ${c.base} 行 |||||||`,
      c.middle && `第 ${c.middle} 行 =======`,
      c.end && `第 ${c.end} 行 >>>>>>>`,
    ].filter(Boolean);
    return {
      file,
      line: c.start ?? c.end,
      field: '（合并冲突）',
      problem: `文件里留下了 git 合并冲突的标记（${marks.join('、')}），两个版本的内容都会被发布`,
      fix: '对照两个版本，只保留正确的一个：删除另一个版本，并删除以 <<<<<<<、|||||||、=======、>>>>>>> 开头的标记行',
    };
  });
}
