import { formatProblem, type Problem } from './problem.ts';

/** Where a command runs and where it prints (the CLIs pass the process; tests pass arrays). */
export interface CommandIo {
  /** Project root: `data/` and `content/` are read and written here. */
  root: string;
  /** Directory relative paths on the command line are taken from (npm's INIT_CWD); defaults to `root`. */
  cwd?: string;
  out(line: string): void;
  err(line: string): void;
}

/**
 * Prints each problem on its own line and the closing sentence every command ends a failure with, e.g.
 * `导入未完成：2 个问题。请按每行“—”后面的提示修改命令后再运行。`. Returns the exit code 1.
 */
export function failCommand(io: CommandIo, problems: Problem[], outcome: string, change = '修改命令'): number {
  for (const p of problems) io.err(formatProblem(p));
  io.err(`\n${outcome}：${problems.length} 个问题。请按每行“—”后面的提示${change}后再运行。`);
  return 1;
}

/** Parsed command-line arguments: positionals, `--name value` options and `--flag` switches. */
export interface CliArgs {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

/** Label used as the `file` of a problem when no document is involved. */
export const COMMAND_LINE = '（命令行）';

/**
 * Parses `argv` given the names of options that take a value and of switches (without `--`). Accepts
 * `--name value` and `--name=value`. Unknown options and missing values become problems, located at `file`.
 */
export function parseCliArgs(
  argv: string[],
  spec: { values: string[]; flags: string[] },
  file = COMMAND_LINE,
): { args: CliArgs; problems: Problem[] } {
  const args: CliArgs = { positionals: [], values: {}, flags: new Set() };
  const problems: Problem[] = [];
  const known = [...spec.values, ...spec.flags].map((n) => `--${n}`).join('、');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      args.positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (spec.flags.includes(name) && eq < 0) args.flags.add(name);
    else if (spec.values.includes(name)) {
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
        problems.push({
          file,
          field: `--${name}`,
          problem: '参数后面缺少值',
          fix: `写成 --${name} 值，例如 --${name} ${EXAMPLES[name] ?? '…'}`,
        });
        if (value?.startsWith('--')) i--;
      } else args.values[name] = value.trim();
    } else problems.push({ file, field: `--${name}`, problem: '不认识这个参数', fix: `可用的参数：${known}` });
  }
  return { args, problems };
}

const EXAMPLES: Record<string, string> = {
  org: 'lishui',
  year: '2023',
  kind: 'summary',
  'end-year': '2025',
  title: '"报告标题"',
};
