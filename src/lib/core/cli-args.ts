import type { Problem } from './problem.ts';

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
        problems.push({ file, field: `--${name}`, problem: '参数后面缺少值', fix: `写成 --${name} 值，例如 --${name} ${EXAMPLES[name] ?? '…'}` });
        if (value?.startsWith('--')) i--;
      } else args.values[name] = value.trim();
    } else problems.push({ file, field: `--${name}`, problem: '不认识这个参数', fix: `可用的参数：${known}` });
  }
  return { args, problems };
}

const EXAMPLES: Record<string, string> = { org: 'lishui', year: '2023', kind: 'summary', 'end-year': '2025', title: '"报告标题"' };
