// `npm run bench:shards -- [--size 100] [--shards 4,8] [--by org|province]`: the sharded build (docs/scaling.md §2)
// on a generated site. For each split it builds the hub and every bucket one after another, measuring each (time,
// peak memory), assembles them (search index, byte budgets and links included), checks the result is byte-identical
// to one build of the same site, and works out the wall time if the parts ran in parallel. Then one county's report
// changes in a commit: `npm run affected` names the parts, only those are rebuilt, and the assembly is timed again.
// Writes docs/benchmarks-shards.md. Timings are reported, never pass/fail.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NATIONAL_ORGS, REAL_ORGS, generate } from './generate.ts';
import { duration, measure, type Measured } from './measure.ts';
import { copySite } from './projects.ts';
import { bucketOf } from '../../src/lib/shards/spec.ts';
import { htmlFiles } from '../../tests/browser/page-weight.ts';

const ROOT = resolve('.');
const REPORT = 'docs/benchmarks-shards.md';
const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;

function envFor(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(dir, 'node_modules/.bin')}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...GIT_ENV,
    ...extra,
  };
}

/** Files that differ between two folders (or exist in one only). */
function differing(a: string, b: string): string[] {
  const list = (root: string, d = root, out = new Map<string, Buffer>()) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) list(root, p, out);
      else out.set(p.slice(root.length + 1), readFileSync(p));
    }
    return out;
  };
  const x = list(a);
  const y = list(b);
  return [...new Set([...x.keys(), ...y.keys()])].filter(
    (f) => !x.get(f)?.equals(y.get(f) ?? Buffer.alloc(0)) || !y.has(f),
  );
}

interface PartRow {
  part: string;
  seconds: number;
  peakRss: number;
}

const size = option('--size') ?? '100';
const orgs = size === 'national' ? NATIONAL_ORGS : REAL_ORGS * Number(size);
const splits = (option('--shards') ?? '4,8').split(',').map(Number);
const by = option('--by') ?? 'org';
const tmp = mkdtempSync(join(tmpdir(), `canlian-bench-shards-${size}-`));
const site = join(tmp, 'site');
console.log(`=== 分片构建基准：${orgs} 个机构，分 ${splits.join('、')} 份（按 ${by}）→ ${tmp} ===`);
const gen = generate(site, orgs);
copySite(site);
const git = (...args: string[]) => execFileSync('git', args, { cwd: site, env: envFor(site), encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'generated');

async function run(
  label: string,
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: string,
): Promise<Measured> {
  const m = await measure(label, cmd, args, { cwd, env, log });
  if (m.code !== 0) {
    console.error(readFileSync(log, 'utf8').split('\n').slice(-30).join('\n'));
    throw new Error(`${label} 失败（退出码 ${m.code}）`);
  }
  console.log(`  ${label}：${duration(m.seconds)}，峰值内存 ${gb(m.peakRss)}`);
  return m;
}

/** Builds one part in the generated site and moves its output out of the way; returns its folder and numbers. */
async function buildPart(part: string, into: string): Promise<PartRow> {
  const m = await run(
    `分片 ${part}`,
    process.execPath,
    ['scripts/build.mjs'],
    site,
    envFor(site, { CANLIAN_SHARD: part, CANLIAN_SHARD_BY: by }),
    join(tmp, 'part.log'),
  );
  rmSync(into, { recursive: true, force: true });
  renameSync(realpathSync(join(site, 'dist')), into);
  return { part, seconds: m.seconds, peakRss: m.peakRss };
}

async function assemble(dirs: string[], out: string): Promise<Measured> {
  rmSync(out, { recursive: true, force: true });
  return run(
    '合并',
    process.execPath,
    ['scripts/assemble.ts', ...dirs, '--out', out],
    ROOT,
    envFor(ROOT),
    join(tmp, 'assemble.log'),
  );
}

const single = await run(
  '整站构建（对照）',
  process.execPath,
  ['scripts/build.mjs'],
  site,
  envFor(site),
  join(tmp, 'single.log'),
);
const singleDir = join(tmp, 'single');
renameSync(realpathSync(join(site, 'dist')), singleDir);
const pages = htmlFiles(singleDir).length;

const lines: string[] = [];
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
lines.push(
  '# Sharded build benchmark',
  '',
  `Generated by \`npm run bench:shards -- --size ${size} --shards ${splits.join(',')} --by ${by}\` on ${date} (UTC), one machine ` +
    `(2 cores), parts built one after another; “if parallel” is the slowest part plus the assembly, as on a CI matrix ` +
    `with one runner per part. ${orgs} organisations, ${gen.files} source files, ${pages} pages. Each assembled site ` +
    `was compared with the single build of the same commit, byte for byte (search index included).`,
  '',
  `Single build: ${duration(single.seconds)}, peak ${gb(single.peakRss)}.`,
  '',
);

let last: { n: number; dirs: Map<string, string> } | undefined;
for (const n of splits) {
  const parts = ['hub', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
  const dirs = new Map<string, string>();
  const rows: PartRow[] = [];
  for (const part of parts) {
    const dir = join(tmp, `n${n}-${part.replace('/', '-of-')}`);
    rows.push(await buildPart(part, dir));
    dirs.set(part, dir);
  }
  const out = join(tmp, `assembled-${n}`);
  const asm = await assemble([...dirs.values()], out);
  const diff = differing(singleDir, out);
  const slowest = Math.max(...rows.map((r) => r.seconds));
  lines.push(
    `## ${n} buckets and the hub`,
    '',
    '| part | time | peak memory |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.part} | ${duration(r.seconds)} | ${gb(r.peakRss)} |`),
    `| assemble (merge, search index, budgets, links) | ${duration(asm.seconds)} | ${gb(asm.peakRss)} |`,
    '',
    `Sum of parts ${duration(rows.reduce((s, r) => s + r.seconds, 0))}; if parallel: ${duration(slowest + asm.seconds)}. ` +
      `Byte-identical to the single build: ${diff.length === 0 ? 'yes' : `**no**, ${diff.length} files differ (e.g. ${diff.slice(0, 3).join(', ')})`}.`,
    '',
  );
  rmSync(out, { recursive: true, force: true });
  last = { n, dirs };
}

// One county's report changes: the commit, the parts it needs, those rebuilt, the others reused, assembled.
if (last) {
  const { n, dirs } = last;
  const reports = readdirSync(join(site, 'content/reports'));
  const county = reports.find((id) =>
    /level: county/.test(readFileSync(join(site, 'data/orgs', `${id}.yaml`), 'utf8')),
  )!;
  const file = readdirSync(join(site, 'content/reports', county))[0]!;
  appendFileSync(join(site, 'content/reports', county, file), '\n补充一段基准测试正文。\n');
  git('commit', '-q', '-am', 'one county');
  const t = performance.now();
  const needed = execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/affected.ts'), '--base', 'HEAD~1', '--shards', String(n)],
    {
      cwd: site,
      env: envFor(site, { CANLIAN_SHARD_BY: by }),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  )
    .trim()
    .split('\n')
    .filter(Boolean);
  const affectedSeconds = (performance.now() - t) / 1000;
  console.log(`  要重建：${needed.join('、')}（${county} 在第 ${bucketOf(county, n)} 份）`);
  const rows: PartRow[] = [];
  for (const part of needed) rows.push(await buildPart(part, dirs.get(part)!));
  const out = join(tmp, 'assembled-change');
  const asm = await assemble([...dirs.values()], out);
  await run(
    '整站构建（改动后，对照）',
    process.execPath,
    ['scripts/build.mjs'],
    site,
    envFor(site),
    join(tmp, 'single2.log'),
  );
  const diff = differing(realpathSync(join(site, 'dist')), out);
  const slowest = Math.max(0, ...rows.map((r) => r.seconds));
  lines.push(
    `## One county's change (${n} buckets)`,
    '',
    `A paragraph added to ${county}'s report in one commit. \`npm run affected\` (${duration(affectedSeconds)}) named ` +
      `${needed.join(', ')}; the other ${n + 1 - needed.length} parts were reused.`,
    '',
    '| step | time | peak memory |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| rebuild ${r.part} | ${duration(r.seconds)} | ${gb(r.peakRss)} |`),
    `| assemble | ${duration(asm.seconds)} | ${gb(asm.peakRss)} |`,
    '',
    `From the commit to the assembled site, parts in parallel: ${duration(affectedSeconds + slowest + asm.seconds)} ` +
      `(not counting CI start-up, install and cache transfer). Byte-identical to a full build of the changed site: ` +
      `${diff.length === 0 ? 'yes' : `**no**, ${diff.length} files differ (e.g. ${diff.slice(0, 3).join(', ')})`}.`,
    '',
  );
}
lines.push(
  'Not measured here: national scale (3,400 organisations), and search bytes per area; see docs/scaling.md for what',
  'is implemented and what is still to measure.',
  '',
);
writeFileSync(REPORT, lines.join('\n'));
console.log(`已写入 ${REPORT}（临时文件夹 ${tmp}）`);
if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
