import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COMMAND_LINE, parseCliArgs, type CommandIo } from '../core/cli.ts';
import { formatProblem, type Problem } from '../core/problem.ts';
import { ID_PATTERN } from '../core/schema-common.ts';
import type { ReadFile } from '../orgs/ownership.ts';
import { affectedShards } from '../shards/affected.ts';
import { MAX_SHARDS, parseGrouping, parseShard } from '../shards/spec.ts';
import { systemGit, type Git } from './git.ts';
import { changesSince } from './run-check.ts';

const USAGE = 'npm run affected -- --base 目标分支 --shards 份数 [--json | --shard hub 或 k/N]';

/** An organisation file's `parent`, read loosely (the check reports a slip in its own file). */
function parentIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const v = parse(text.replace(/^\uFEFF/, '')) as { parent?: unknown } | null;
    return typeof v?.parent === 'string' && ID_PATTERN.test(v.parent) ? v.parent : undefined;
  } catch {
    return undefined;
  }
}

/** Parents of every organisation of the working tree, by id. */
function parentsNow(root: string, now: ReadFile): Map<string, string | undefined> {
  let names: string[] = [];
  try {
    names = readdirSync(join(root, 'data/orgs'));
  } catch {
    // No organisations: nothing to relate.
  }
  const out = new Map<string, string | undefined>();
  for (const name of names) {
    const m = /^([^/]+)\.ya?ml$/.exec(name);
    if (m && ID_PATTERN.test(m[1]!)) out.set(m[1]!, parentIn(now(`data/orgs/${name}`)));
  }
  return out;
}

function chain(parents: ReadonlyMap<string, string | undefined>, start: string | undefined): string[] {
  const out: string[] = [];
  for (let at = start; at !== undefined && !out.includes(at); at = parents.get(at)) out.push(at);
  return out;
}

/**
 * `npm run affected -- --base <ref> --shards <N>`: which shards (docs/scaling.md §2) the changes since `<ref>`
 * need, one per line (`hub`, `k/N`), and why, per file, on stderr; `--json` prints them as a JSON list for a CI
 * matrix; `--shard <hub|k/N>` prints `true` or `false` for that one shard, for a matrix job deciding whether to
 * build or to reuse the last published output. Deals organisations as the build does (`CANLIAN_SHARD_BY`).
 */
export function runAffected(argv: string[], io: CommandIo, git: Git = systemGit(io.root)): number {
  const parsed = parseCliArgs(argv, { values: ['base', 'shards', 'shard'], flags: ['json'] });
  const problems: Problem[] = [...parsed.problems];
  const cli = (field: string, problem: string, fix: string) =>
    problems.push({ file: COMMAND_LINE, field, problem, fix });
  const { values, flags } = parsed.args;
  const ref = values.base;
  if (ref === undefined)
    cli('--base', '缺少 --base：不知道从哪次提交算起', '写成 --base 目标分支，如 --base origin/main');
  const nText = values.shards ?? process.env.CANLIAN_SHARDS;
  const n = Number(nText);
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_SHARDS))
    cli(
      '--shards',
      nText === undefined ? '缺少 --shards：不知道网站分成几份' : `“${nText}”不是 1 到 ${MAX_SHARDS} 之间的整数`,
      '写成 --shards 8（和构建矩阵的份数一样）',
    );
  const one = values.shard;
  if (one !== undefined) {
    const s = parseShard(one);
    if ('error' in s || s.shard.kind === 'all' || (s.shard.kind === 'bucket' && s.shard.n !== n))
      cli('--shard', `“${one}”不是这次分法中的一个分片`, `写 hub，或 k/${Number.isInteger(n) ? n : 'N'}`);
  }
  const grouping = parseGrouping(process.env.CANLIAN_SHARD_BY);
  if ('error' in grouping) cli('CANLIAN_SHARD_BY', grouping.error, '和构建用同一个值');
  if (!problems.length && ref !== undefined) {
    const since = changesSince(io.root, ref, git);
    if ('problem' in since) problems.push(since.problem);
    else {
      const parents = parentsNow(io.root, since.now);
      const province = 'grouping' in grouping && grouping.grouping === 'province';
      const groupKey = (org: string) => (province ? (chain(parents, org).at(-1) ?? org) : org);
      const relatives = (org: string) => {
        const file = [...since.changes.map((c) => c.file)].find(
          (f) => f === `data/orgs/${org}.yaml` || f === `data/orgs/${org}.yml`,
        );
        const oldParent = file ? parentIn(since.before(file)) : undefined;
        const up = [...chain(parents, parents.get(org)), ...chain(parents, oldParent)];
        const down = [...parents.keys()].filter((id) => id !== org && chain(parents, id).includes(org));
        return [...new Set([...up, ...down])];
      };
      const result = affectedShards({ changes: since.changes, n, groupKey, relatives });
      for (const r of result.reasons) io.err(`${r.file}: ${r.why}`);
      io.err(
        result.shards.length
          ? `自 ${ref} 以来改动 ${since.changes.length} 个文件，要重建${result.all ? '全部' : ''} ${result.shards.length} 个分片：${result.shards.join('、')}`
          : `自 ${ref} 以来改动 ${since.changes.length} 个文件，都不影响网站：不用重建任何分片`,
      );
      if (one !== undefined) io.out(String(result.shards.includes(one.trim())));
      else if (flags.has('json')) io.out(JSON.stringify(result.shards));
      else for (const s of result.shards) io.out(s);
      return 0;
    }
  }
  for (const p of problems) io.err(formatProblem(p));
  io.err(`\n没有算出要重建的分片：${problems.length} 个问题。用法：${USAGE}`);
  return 1;
}
