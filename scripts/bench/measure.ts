// Runs a command and measures it: wall-clock seconds and peak memory of the whole process tree (the sum of the
// resident set sizes of the command and all its children, polled from /proc), with a heartbeat on long runs.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';

/** What a measured run produced. */
export interface Measured {
  seconds: number;
  /** Highest total RSS of the process tree seen, in bytes (0 where /proc is missing). */
  peakRss: number;
  code: number;
}

/** Pids of `root` and all its descendants, from /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Total RSS of a process tree, in bytes. */
export function treeRss(root: number): number {
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** Last non-empty line of a log file (read from its end), for progress messages. */
export function lastLine(file: string): string {
  if (!existsSync(file)) return '';
  const size = statSync(file).size;
  const len = Math.min(size, 4096);
  const buf = Buffer.alloc(len);
  const fd = openSync(file, 'r');
  readSync(fd, buf, 0, len, size - len);
  closeSync(fd);
  // eslint-disable-next-line no-control-regex
  const lines = buf
    .toString('utf8')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? '').slice(0, 120);
}

/** Formats seconds as 1 分 05 秒 / 12.3 秒. */
export function duration(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)} 分 ${String(Math.round(s % 60)).padStart(2, '0')} 秒` : `${s.toFixed(1)} 秒`;
}

/**
 * Runs `cmd args` in `cwd` with its output appended to `log`, polling memory every 250 ms and printing a
 * heartbeat (elapsed time, memory, last log line) every `heartbeat` seconds.
 */
export async function measure(
  label: string,
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; log: string; heartbeat?: number },
): Promise<Measured> {
  const out = openSync(opts.log, 'a');
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', out, out] });
  let peakRss = 0;
  const hasProc = existsSync('/proc/self/status');
  const poll = setInterval(() => {
    if (hasProc && child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  }, 250);
  const beat = setInterval(
    () => {
      const s = (performance.now() - started) / 1000;
      console.log(`    … ${label}：${duration(s)}，内存 ${(peakRss / 1024 ** 3).toFixed(2)} GB，${lastLine(opts.log)}`);
    },
    (opts.heartbeat ?? 30) * 1000,
  );
  // A process killed by a signal has no exit code: report SIGKILL (the kernel's out-of-memory killer) as 137, like a shell.
  const code = await new Promise<number>((ok) => child.on('close', (c, sig) => ok(c ?? (sig === 'SIGKILL' ? 137 : 1))));
  clearInterval(poll);
  clearInterval(beat);
  closeSync(out);
  return { seconds: (performance.now() - started) / 1000, peakRss, code };
}
