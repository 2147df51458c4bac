import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WHOLE_FILE, type Problem } from '../../core/problem.ts';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../../core/cli.ts';
import { resolveTarget } from './report-target.ts';
import { scaffoldReport } from './scaffold-report.ts';

const USAGE = 'npm run new -- report --org 机构编号 --year 年份 [--kind 类型] [--end-year 年份] [--force]';

const fail = (io: CommandIo, problems: Problem[]) => failCommand(io, problems, '没有创建文件');

/**
 * `npm run new -- report …`: writes a report scaffold to `content/reports/<org>/<year>-<kind>.md`, refusing to
 * overwrite an existing file without `--force`. Returns the exit code.
 */
export function runNew(argv: string[], io: CommandIo): number {
  const { args, problems } = parseCliArgs(argv, { values: ['org', 'year', 'kind', 'end-year'], flags: ['force'] });
  const [what, ...extra] = args.positionals;
  if (what !== 'report' || extra.length) {
    problems.unshift({
      file: COMMAND_LINE,
      field: '类型',
      problem: what === undefined ? '没有说明要新建什么' : `不能新建“${args.positionals.join(' ')}”`,
      fix: `目前可以新建年度报告：${USAGE}`,
    });
    return fail(io, problems);
  }
  const { target, problems: targetProblems } = resolveTarget(io.root, args.values, COMMAND_LINE);
  problems.push(...targetProblems);
  if (problems.length || !target) return fail(io, problems);
  const out = join(io.root, target.path);
  if (existsSync(out) && !args.flags.has('force')) {
    return fail(io, [
      {
        file: target.path,
        field: WHOLE_FILE,
        problem: '文件已存在，为避免覆盖已停止',
        fix: '直接编辑这个文件；确实要换成空白模板时加上 --force',
      },
    ]);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, scaffoldReport(target));
  io.out(`已创建 ${target.path}。把所有“【待填写】”换成真实内容（注释里有说明），然后运行 npm run check。`);
  return 0;
}
