import type { DataPath } from './yaml-source.ts';
import type { Problem } from './problem.ts';

/** Marks text in a scaffold (`npm run new`) that the official must replace; `npm run check` rejects it. */
export const PLACEHOLDER = '【待填写】';

/** Paths of the string fields (at any depth) that still contain the placeholder. */
export function placeholderPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

/**
 * Problems for every placeholder left in a file's front matter (with its line) and body, so a scaffold fails
 * `npm run check` until it is filled in.
 */
export function placeholderProblems(
  file: string,
  data: unknown,
  body: string,
  lineOf: (path: DataPath) => number,
): Problem[] {
  const fix = `把“${PLACEHOLDER}”和后面的提示换成真实内容；不需要的可选字段整行删除`;
  const problems: Problem[] = placeholderPaths(data).map((path) => ({
    file,
    line: lineOf(path),
    field: path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join(''),
    problem: `还没有填写（仍是“${PLACEHOLDER}”占位内容）`,
    fix,
  }));
  if (body.includes(PLACEHOLDER)) {
    problems.push({
      file,
      field: '（正文）',
      problem: `正文还没有填写（仍有“${PLACEHOLDER}”占位内容）`,
      fix: '把占位的说明文字删掉，写上报告正文',
    });
  }
  return problems;
}
