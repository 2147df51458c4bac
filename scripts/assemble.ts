// `npm run assemble -- <folder>…`: joins the outputs of a sharded build (CANLIAN_SHARD=hub and k/N, docs/scaling.md
// §2) into one site, builds its search index, checks the byte budgets and the links, and only then publishes it
// as dist/ in one step (or writes it to --out). Any part missing or given twice, a path written by two parts, or
// shared assets that differ stop it before anything is published; the previous dist/ stays as it was.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { COMMAND_LINE, parseCliArgs } from '../src/lib/core/cli.ts';
import { formatProblem, type Problem } from '../src/lib/core/problem.ts';
import { mergeParts, partProblems, type ShardPart } from '../src/lib/shards/assemble.ts';
import { readShardMark } from '../src/lib/shards/mark.ts';
import { buildId, cleanUp, publish, siteFolder } from './build/publish.ts';

const USAGE = 'npm run assemble -- 分片文件夹… [--out 输出文件夹]';
const KEPT = 'dist/ 中原有的网站保持不变。';

function stop(problems: Problem[], folder?: string): never {
  if (folder) rmSync(folder, { recursive: true, force: true });
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n合并没有完成：${problems.length} 个问题。${KEPT}`);
  process.exit(1);
}

const { args, problems: argProblems } = parseCliArgs(process.argv.slice(2), { values: ['out'], flags: [] });
if (argProblems.length) stop(argProblems);
if (!args.positionals.length)
  stop([{ file: COMMAND_LINE, field: '分片文件夹', problem: '没有给出要合并的文件夹', fix: `写成 ${USAGE}` }]);

const cwd = process.env.INIT_CWD ?? process.cwd();
const parts: ShardPart[] = [];
const missing: Problem[] = [];
for (const given of args.positionals) {
  const dir = resolve(cwd, given);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    missing.push({ file: given, field: '分片文件夹', problem: '没有这个文件夹', fix: '写分片构建结果所在的文件夹' });
  else parts.push({ dir: given, mark: readShardMark(dir) });
}
if (missing.length) stop(missing);
const resolved = parts.map((p) => ({ ...p, dir: resolve(cwd, p.dir) }));
const partIssues = partProblems(parts);
if (partIssues.length) stop(partIssues);

const out = args.values.out;
const id = buildId();
let folder: string;
if (out !== undefined) {
  folder = resolve(cwd, out);
  if (existsSync(folder) && readdirSync(folder).length)
    stop([{ file: out, field: '--out', problem: '这个文件夹不是空的', fix: '写一个新的或空的文件夹' }]);
  mkdirSync(folder, { recursive: true });
} else {
  cleanUp('.');
  folder = resolve(siteFolder(id));
  mkdirSync(folder, { recursive: true });
}

// Each step prints `[阶段] <name> <seconds> 秒`, as npm run build does: npm run bench reads these lines.
function step(name: string, label: string, cmd: string, argv: string[], env: NodeJS.ProcessEnv = {}): void {
  const started = performance.now();
  const r = spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`[阶段] ${name} ${((performance.now() - started) / 1000).toFixed(1)} 秒${ok ? '' : ' 失败'}`);
  if (!ok) {
    rmSync(folder, { recursive: true, force: true });
    console.error(`\n${label}没有通过（退出码 ${r.status ?? '无'}），合并的网站没有发布。${KEPT}`);
    process.exit(r.status || 1);
  }
}

const started = performance.now();
const merged = mergeParts(resolved, folder);
console.log(
  `[阶段] 合并 ${((performance.now() - started) / 1000).toFixed(1)} 秒${merged.problems.length ? ' 失败' : ''}`,
);
if (merged.problems.length) stop(merged.problems, folder);
step('pagefind', '搜索索引（pagefind）', process.execPath, ['scripts/search-index.ts', folder]);
// The checks a published site must pass and that need the whole site: page weights and every internal link.
step(
  '检查',
  '字节预算和站内链接检查',
  process.execPath,
  ['--test', 'tests/browser/budgets.test.ts', 'tests/browser/links.test.ts'],
  {
    CANLIAN_DIST: folder,
  },
);

if (out === undefined) {
  publish('.', siteFolder(id), id);
  cleanUp('.');
}
console.log(`合并完成：${parts.length} 个分片，${merged.files} 个文件，已写入 ${out ?? 'dist/'}。`);
