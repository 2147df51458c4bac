/**
 * A problem found in a file an official committed, phrased so that the official can fix it without help.
 * Every checker in the project (content, data, CSV, importer) reports problems in this one shape.
 */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in that file, when the problem can be pinned to one. */
  line?: number;
  /** The field as written in the file (e.g. `name`, `source.title`, `materials[2].name`), or `（文件）` for the whole file. */
  field: string;
  /** What is wrong, in plain Chinese. */
  problem: string;
  /** How to fix it, in plain Chinese. */
  fix: string;
}

/** The field label used when a problem concerns the whole file rather than one field. */
export const WHOLE_FILE = '（整个文件）';

/**
 * Formats a problem as `file:line: field — problem — how to fix` (the line is left out when unknown).
 * This is the one format every error in the project is printed in; tests pin it.
 */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field} — ${p.problem} — ${p.fix}`;
}

/** Sorts problems by file, then line, so output is stable and readable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/**
 * A refine/custom message that carries both the problem and the fix. Schemas use it so that
 * `zodIssuesToProblems` can split the two parts again.
 */
export function msg(problem: string, fix: string): string {
  return `${problem}${SEP}${fix}`;
}

/** Separator between problem and fix inside a zod message; chosen so it never occurs in real text. */
export const SEP = '\u0000修改：';
