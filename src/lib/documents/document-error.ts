/**
 * A document a reader cannot read (a scanned PDF, a password, a broken or mislabelled Word file, no LibreOffice
 * for a .doc), with the plain-Chinese problem and fix the importer prints in the project's Problem format. Every
 * reader throws it; `run-import.ts` turns it into a Problem for the whole file and exits with code 1 (never a
 * stack trace).
 */
export class DocumentError extends Error {
  /** What is wrong, in plain Chinese. */
  readonly problem: string;
  /** What the official can do about it, in plain Chinese. */
  readonly fix: string;
  /** The file as the official named it, when the reader knows it (the importer falls back to its own name). */
  readonly file: string | undefined;

  constructor(problem: string, fix: string, file?: string) {
    super(problem);
    this.name = 'DocumentError';
    this.problem = problem;
    this.fix = fix;
    this.file = file;
  }
}
