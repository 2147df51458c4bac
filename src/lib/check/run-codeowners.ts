import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_LINE, failCommand, parseCliArgs, type CommandIo } from '../core/cli.ts';
import { WHOLE_FILE } from '../core/problem.ts';
import { CODEOWNERS_FILE, writeCodeowners } from '../orgs/codeowners.ts';
import { checkSite, CONTENT_ROOTS } from './check-site.ts';
import { listContentFiles } from './list-files.ts';
import { peopleOf, workingTreeReader } from './run-check.ts';

/**
 * `npm run codeowners [-- --check]`: writes CODEOWNERS at the project root from the `maintainers` of data/site.yaml
 * and data/orgs/*.yaml; with `--check`, writes nothing and fails when the committed file differs from what it
 * would write. The organisation and site files must pass the check first: a slip there would silently drop lines.
 */
export function runCodeowners(argv: string[], io: CommandIo): number {
  const { args, problems } = parseCliArgs(argv, { values: [], flags: ['check'] });
  for (const p of args.positionals)
    problems.push({
      file: COMMAND_LINE,
      field: p,
      problem: '这个命令不接受文件名',
      fix: '直接运行 npm run codeowners，或 npm run codeowners -- --check',
    });
  if (problems.length) return failCommand(io, problems, '未生成 CODEOWNERS');
  const checked = checkSite(io.root, ['data/orgs', 'data/site.yaml', 'data/site.yml']);
  if (checked.problems.length)
    return failCommand(io, checked.problems, '未生成 CODEOWNERS：机构或网站设置文件有问题', '修改文件');
  const files = [...listContentFiles(io.root, CONTENT_ROOTS).files, ...listContentFiles(io.root, ['sources']).files];
  const { text, without } = writeCodeowners(files, workingTreeReader(io.root), peopleOf(checked.index));
  const path = join(io.root, CODEOWNERS_FILE);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (args.flags.has('check')) {
    if (current === text) {
      io.out(`${CODEOWNERS_FILE} 与机构和网站设置中的维护人一致。`);
      return 0;
    }
    return failCommand(
      io,
      [
        {
          file: CODEOWNERS_FILE,
          field: WHOLE_FILE,
          problem:
            current === undefined
              ? '还没有 CODEOWNERS 文件'
              : 'CODEOWNERS 与机构文件和网站设置中的维护人或文件不一致（已过时）',
          fix: '运行 npm run codeowners 重新生成，并把它和这次改动一起提交',
        },
      ],
      'CODEOWNERS 检查未通过',
      '修改',
    );
  }
  if (current !== text) writeFileSync(path, text);
  const people = peopleOf(checked.index);
  io.out(
    current === text
      ? `${CODEOWNERS_FILE} 已是最新，没有改动。`
      : `已写入 ${CODEOWNERS_FILE}（${people.site.length ? '网站维护人 ' + people.site.join('、') : '网站还没有写维护人'}）。`,
  );
  if (without.length)
    io.out(
      `以下机构还没有写维护人，没有写进 CODEOWNERS，它们的文件归网站维护人：${without.join('、')}。在 data/orgs/<编号>.yaml 中添加 maintainers 后再运行一次。`,
    );
  return 0;
}
