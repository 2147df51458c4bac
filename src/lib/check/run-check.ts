import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_LINE, parseCliArgs, type CommandIo } from '../core/cli.ts';
import { formatProblem, sortProblems, type Problem } from '../core/problem.ts';
import type { EntryIndex } from '../core/file-kind.ts';
import { knownOrgs } from '../orgs/committed.ts';
import { ownersOfChange, rightsProblems, type Owner, type OwnerPeople, type ReadFile } from '../orgs/ownership.ts';
import { checkSite } from './check-site.ts';
import { changedFiles, fileAt, mergeBase, resolveCommit, systemGit, type Git } from './git.ts';

const USAGE =
  'npm run check [-- 文件或文件夹…] [-- --changes-for 机构编号 --base 目标分支] [-- --changes-by 账号 --base 目标分支]';

/** The maintainers the index names: each organisation's (short name and list) and the site's. */
export function peopleOf(index: EntryIndex): OwnerPeople {
  return {
    orgs: new Map(
      index.byKind('org').map((e) => [e.id, { name: e.data.shortName, maintainers: e.data.maintainers ?? [] }]),
    ),
    site: index.get('site', 'site')?.data.maintainers ?? [],
  };
}

/** Reads a file of the working tree (a plain file only: a link is not followed), or undefined. */
export function workingTreeReader(root: string): ReadFile {
  return (path) => {
    try {
      return lstatSync(join(root, path)).isFile() ? readFileSync(join(root, path), 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Memoises a reader: a plan's or dataset's file is asked once for each of its files. */
function memo(read: ReadFile): ReadFile {
  const seen = new Map<string, string | undefined>();
  return (path) => {
    if (!seen.has(path)) seen.set(path, read(path));
    return seen.get(path);
  };
}

/**
 * The rights check: every file changed since `ref` (see `changedFiles`) must belong to organisation `org`. Returns
 * the problems and, when there are none, the number of changed files; a problem at the command line when git
 * does not know `ref` or the project is not in a git repository.
 */
export function checkRights(
  root: string,
  index: EntryIndex,
  org: string,
  ref: string,
  git: Git,
): { problems: Problem[]; changed: number } {
  const since = changesSince(root, ref, git);
  if ('problem' in since) return { problems: [since.problem], changed: 0 };
  return { problems: rightsProblems(org, since.changes, peopleOf(index)), changed: since.changes.length };
}

/**
 * The rights check by account: the changes since `ref` must each belong to an organisation `account` maintains
 * (its `maintainers`), or `account` is one of the site's maintainers, who may change every file. For CI, where
 * the merge request's author is known (`github.actor`, `$GITLAB_USER_LOGIN`) but not which organisation it is for.
 * Accounts compare without case, as the code hosts do; a team (`@org/team`) is not expanded into its members.
 */
export function checkRightsBy(
  root: string,
  index: EntryIndex,
  account: string,
  ref: string,
  git: Git,
): { problems: Problem[]; changed: number; orgs: string[]; site: boolean } {
  const people = peopleOf(index);
  const who = (account.startsWith('@') ? account : `@${account}`).toLowerCase();
  const site = people.site.some((m) => m.toLowerCase() === who);
  const orgs = [...people.orgs].filter(([, p]) => p.maintainers.some((m) => m.toLowerCase() === who)).map(([id]) => id);
  if (!site && !orgs.length)
    return {
      problems: [
        {
          file: COMMAND_LINE,
          field: '--changes-by',
          problem: `账号 ${who} 不是任何机构的维护人，也不是网站维护人`,
          fix: `请网站维护人在 data/orgs/机构编号.yaml 的 maintainers 中写上 ${who}，或把改动交给维护人提交`,
        },
      ],
      changed: 0,
      orgs,
      site,
    };
  const since = changesSince(root, ref, git);
  if ('problem' in since) return { problems: [since.problem], changed: 0, orgs, site };
  if (site) return { problems: [], changed: since.changes.length, orgs, site };
  const problems = since.changes.flatMap((change) => {
    const each = orgs.map((org) => rightsProblems(org, [change], people));
    return each.some((p) => p.length === 0) ? [] : each[0]!;
  });
  return { problems, changed: since.changes.length, orgs, site };
}

/** A change since a commit: each changed file with its owners, and readers of both versions. */
export interface ChangesSince {
  changes: { file: string; owners: Owner[] }[];
  before: ReadFile;
  now: ReadFile;
}

/**
 * Every file changed since `ref` (from the merge base of `ref` and HEAD, see `changedFiles`) with its owners,
 * or a problem at the command line (not a git repository, `ref` unknown, no common history). Used by the rights
 * check and by `npm run affected`.
 */
export function changesSince(root: string, ref: string, git: Git): ChangesSince | { problem: Problem } {
  const cli = (field: string, problem: string, fix: string) => ({
    problem: { file: COMMAND_LINE, field, problem, fix },
  });
  if (git(['rev-parse', '--is-inside-work-tree']).status !== 0)
    return cli(
      '--changes-for',
      '这个文件夹不在 git 仓库里，无法知道改动了哪些文件',
      '在网站的 git 仓库（git clone 得到的文件夹）中运行这个命令',
    );
  const commit = resolveCommit(git, ref);
  if (!commit)
    return cli(
      '--base',
      `git 不认识“${ref}”`,
      '写目标分支或提交的名字，如 --base origin/main；持续集成里先 git fetch 目标分支（浅克隆时加 --depth 足够大，或 fetch-depth: 0）',
    );
  const base = mergeBase(git, commit);
  if (!base)
    return cli(
      '--base',
      `“${ref}”和当前提交没有共同的历史`,
      '确认 --base 写的是本次改动要合并进去的分支；浅克隆时先 git fetch --unshallow',
    );
  const listed = changedFiles(git, base);
  if (listed.error !== undefined)
    return cli('--base', `无法列出自“${ref}”以来的改动：${listed.error}`, '确认 git 能在这个文件夹里正常运行后再试');
  const before = memo((path) => fileAt(git, base, path));
  const now = memo(workingTreeReader(root));
  const changes = listed.files.map((file) => ({ file, owners: ownersOfChange(file, before, now) }));
  return { changes, before, now };
}

/**
 * `npm run check [-- <path>…] [--changes-for <org> --base <ref>]`: validates what officials commit; with
 * `--changes-for`, also that the changes since `<ref>` touch only files of that organisation (for hosts that do
 * not enforce CODEOWNERS). Prints every problem in the one format and returns the exit code.
 */
export function runCheck(argv: string[], io: CommandIo, git: Git = systemGit(io.root)): number {
  const parsed = parseCliArgs(argv, { values: ['changes-for', 'changes-by', 'base'], flags: [] });
  const problems = [...parsed.problems];
  const org = parsed.args.values['changes-for'];
  const by = parsed.args.values['changes-by'];
  const ref = parsed.args.values.base;
  if (by !== undefined && org !== undefined)
    problems.push({
      file: COMMAND_LINE,
      field: '--changes-by',
      problem: '--changes-for 和 --changes-by 只能写一个',
      fix: '写机构编号（--changes-for）或提交人的账号（--changes-by），不要都写',
    });
  if (by !== undefined && ref === undefined && !problems.some((p) => p.field === '--base'))
    problems.push({
      file: COMMAND_LINE,
      field: '--base',
      problem: '缺少 --base：不知道从哪次提交算起',
      fix: `写成 --changes-by ${by} --base 目标分支，如 --base origin/main`,
    });
  if (org !== undefined && ref === undefined && !problems.some((p) => p.field === '--base'))
    problems.push({
      file: COMMAND_LINE,
      field: '--base',
      problem: '缺少 --base：不知道从哪次提交算起',
      fix: `写成 --changes-for ${org} --base 目标分支，如 --base origin/main`,
    });
  if (ref !== undefined && org === undefined && by === undefined && !problems.some((p) => p.field === '--changes-for'))
    problems.push({
      file: COMMAND_LINE,
      field: '--changes-for',
      problem: '缺少 --changes-for：不知道这些改动是哪个机构的',
      fix: `写成 --changes-for 机构编号 --base ${ref}`,
    });
  if (problems.length) {
    for (const p of problems) io.err(formatProblem(p));
    io.err(`\n检查未完成：${problems.length} 个问题。用法：${USAGE}`);
    return 1;
  }
  const only = parsed.args.positionals;
  const { problems: found, fileCount, index } = checkSite(io.root, only.length ? only : undefined);
  const all = [...found];
  let rights: { changed: number } | undefined;
  let rightsBy: ReturnType<typeof checkRightsBy> | undefined;
  if (by !== undefined && org === undefined && ref !== undefined) {
    rightsBy = checkRightsBy(io.root, index, by, ref, git);
    all.push(...rightsBy.problems);
  }
  if (org !== undefined && ref !== undefined) {
    if (!index.byKind('org').some((e) => e.id === org))
      all.push({
        file: COMMAND_LINE,
        field: '--changes-for',
        problem: `没有编号为“${org}”的机构`,
        fix: `写 data/orgs/ 中的机构编号之一${knownOrgs(index)}`,
      });
    else {
      const checked = checkRights(io.root, index, org, ref, git);
      all.push(...checked.problems);
      rights = checked;
    }
  }
  const sorted = sortProblems(all);
  for (const p of sorted) io.err(formatProblem(p));
  if (sorted.length) {
    io.err(`\n检查未通过：发现 ${sorted.length} 个问题。请按每行“—”后面的提示修改后，再运行 npm run check。`);
    return 1;
  }
  io.out(
    `检查通过：已检查 ${fileCount} 个文件${only.length ? `（报告范围：${only.join('、')}）` : ''}，没有发现问题。`,
  );
  if (rightsBy) {
    const names = rightsBy.orgs.map((id) => index.get('org', id)?.data.shortName ?? id).join('、');
    io.out(
      rightsBy.site
        ? `权限检查通过：${by} 是网站维护人，可以改动所有文件（自 ${ref} 以来改动 ${rightsBy.changed} 个）。`
        : `权限检查通过：自 ${ref} 以来改动的 ${rightsBy.changed} 个文件都属于 ${by} 维护的机构（${names}）。`,
    );
  }
  if (rights) {
    const name = index.get('org', org!)?.data.shortName ?? org;
    io.out(
      rights.changed
        ? `权限检查通过：自 ${ref} 以来改动的 ${rights.changed} 个文件都属于${name}。`
        : `权限检查通过：自 ${ref} 以来没有改动任何文件。`,
    );
  }
  return 0;
}
