import type { Problem } from '../core/problem.ts';

/**
 * A document that cannot be read, with the Problem to show the official (what is wrong and how to fix it, in
 * plain Chinese). Readers throw it; the importer prints `problem` and exits with code 1, never a stack trace.
 */
export class DocumentReadError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.file}: ${problem.problem}`);
    this.problem = problem;
    this.name = 'DocumentReadError';
  }
}
