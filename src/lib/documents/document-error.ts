/**
 * A document a reader cannot read (a scanned PDF, a password, a broken file), with the plain-Chinese problem and
 * fix the importer prints in the project's Problem format. Readers throw it; `run-import.ts` turns it into a
 * Problem for the whole file and exits with code 1 (never a stack trace).
 */
export class DocumentError extends Error {
  /** What is wrong, in plain Chinese. */
  readonly problem: string;
  /** What the official can do about it, in plain Chinese. */
  readonly fix: string;

  constructor(problem: string, fix: string) {
    super(problem);
    this.name = 'DocumentError';
    this.problem = problem;
    this.fix = fix;
  }
}
