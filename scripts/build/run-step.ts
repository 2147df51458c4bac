// One step of the build (astro, the search index) as a child process whose output is shown as it comes and also
// kept, so that the build can fail on an error the step logged while still exiting 0 (Astro logs a page it could
// not render as `[ERROR]` and goes on, publishing it blank).
import { spawn, type ChildProcess } from 'node:child_process';

/** What a finished step left behind. */
export interface StepResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  /** The end of what the step printed (stdout and stderr interleaved, without terminal colours). */
  output: string;
  /** Every `[ERROR]` line the step logged (Astro's and Vite's logger), in order. */
  errors: string[];
}

let running: ChildProcess | undefined;

/** The step running now, so that a signal to the build can stop it too. */
export function runningStep(): ChildProcess | undefined {
  return running;
}

// eslint-disable-next-line no-control-regex -- terminal colour codes are control sequences
const ANSI = /\u001b\[[0-9;]*m/g;

/** Runs `cmd args`, passing its output through, and resolves when it ends. */
export function runStep(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<StepResult> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    running = child;
    let output = '';
    const errors: string[] = [];
    const partial = { stdout: '', stderr: '' };
    const keep = (chunk: Buffer, from: 'stdout' | 'stderr') => {
      process[from].write(chunk);
      const text = partial[from] + chunk.toString('utf8').replace(ANSI, '');
      const lines = text.split('\n');
      partial[from] = lines.pop() ?? '';
      errors.push(...loggedErrors(lines.join('\n')));
      // Only the end is kept for messages (a large build prints a lot); errors are collected as they pass.
      output = (output + text.slice(0, text.length - partial[from].length)).slice(-200_000);
    };
    const finish = () => {
      for (const rest of [partial.stdout, partial.stderr]) {
        errors.push(...loggedErrors(rest));
        output += rest;
      }
      return { output, errors };
    };
    child.stdout.on('data', (c: Buffer) => keep(c, 'stdout'));
    child.stderr.on('data', (c: Buffer) => keep(c, 'stderr'));
    child.on('error', (e) => {
      running = undefined;
      const rest = finish();
      done({ status: 127, signal: null, output: `${rest.output}\n${e.message}`, errors: rest.errors });
    });
    child.on('close', (status, signal) => {
      running = undefined;
      done({ status, signal, ...finish() });
    });
  });
}

/** The `[ERROR]` lines Astro (or Vite) logged in `text`, in order. */
export function loggedErrors(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => /\[ERROR\]/.test(line))
    .map((line) => line.trim());
}
