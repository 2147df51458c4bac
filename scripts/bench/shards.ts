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
import { bundlesFor, type BundleManifest } from '../../src/lib/search/bundles.ts';
import { QUERIES, measureSearch } from './search.ts';

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
// `--reuse <folder>`: the folder of an earlier run that was stopped after its single build (its generated site,
// committed, and `single/` with `single.json`), so a long national run can be taken up again without repeating it.
const reuse = option('--reuse');
const tmp = reuse ?? mkdtempSync(join(tmpdir(), `canlian-bench-shards-${size}-`));
const site = join(tmp, 'site');
console.log(`=== 分片构建基准：${orgs} 个机构，分 ${splits.join('、')} 份（按 ${by}）→ ${tmp} ===`);
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: site, env: envFor(site), encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
const gen = reuse
  ? {
      files: Number(
        git('ls-files')
          .split('\n')
          .filter((f) => /^(content|data)\//.test(f)).length,
      ),
    }
  : generate(site, orgs);
if (!reuse) {
  copySite(site);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'generated');
}

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

const singleDir = join(tmp, 'single');
const singleJson = join(tmp, 'single.json');
let single: Pick<Measured, 'seconds' | 'peakRss'>;
if (reuse) single = JSON.parse(readFileSync(singleJson, 'utf8')) as typeof single;
else {
  single = await run(
    '整站构建（对照）',
    process.execPath,
    ['scripts/build.mjs'],
    site,
    envFor(site),
    join(tmp, 'single.log'),
  );
  renameSync(realpathSync(join(site, 'dist')), singleDir);
  writeFileSync(singleJson, JSON.stringify({ seconds: single.seconds, peakRss: single.peakRss }));
}
const pages = htmlFiles(singleDir).length;

// Search bytes per area (docs/scaling.md §3) on the single build, which every assembly below equals byte for byte:
// three areas (first, middle and last of the bundle manifest's, so bundles of different sizes) and the whole country.
const searchLines: string[] = [];
if (!process.argv.includes('--no-search')) {
  const manifest = JSON.parse(readFileSync(join(singleDir, 'pagefind/bundles.json'), 'utf8')) as BundleManifest;
  const areas = [
    ...new Set([...(manifest.primaryAreas ?? []), ...manifest.bundles.flatMap((b) => b.areas ?? [])]),
  ].sort();
  const sample = [...new Set([areas[0], areas[Math.floor(areas.length / 2)], areas.at(-1)])].filter(
    (a): a is string => a !== undefined,
  );
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  const rows: string[] = [];
  for (const area of [...sample, undefined]) {
    console.log(`  搜索 ${area ?? '全国'}…`);
    const r = await measureSearch(singleDir, QUERIES, area);
    const loaded = 1 + bundlesFor(manifest, area).length;
    rows.push(
      `| ${area ?? 'whole country (全国)'} | ${loaded} of ${manifest.bundles.length + 1} | ${kb(r.coldMedianBytes)} | ` +
        `${Math.round(r.coldMedianMs)} ms | ${kb(r.warmMedianBytes)} | ${Math.round(r.warmMedianMs)} ms |`,
    );
    console.log(`  ${rows.at(-1)}`);
  }
  searchLines.push(
    '## Search bytes per area',
    '',
    `${QUERIES.length} queries through the site's own /search/ page in Debian's Chromium, served from loopback ` +
      `without compression; medians. A first query opens \`/search/?q=…&area=…\` in a fresh browser (runtime, wasm, ` +
      `the bundles' metadata, index chunks and fragments all fetched); a next query is typed into the same page. ` +
      (areas.length
        ? `${areas.length} areas in ${manifest.bundles.length + 1} bundles; measured: ${sample.join(', ')} and the ` +
          `whole country.`
        : 'The whole index is one bundle here (areas are only filters), so only the whole country is measured.') +
      ' Goals: first query ≤ 300 KB and next ≤ 100 KB in one area.',
    '',
    '| area | bundles loaded | first query | time | next query | time |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  );
}

const lines: string[] = [];
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
lines.push(
  '# Sharded build benchmark',
  '',
  `Generated by \`npm run bench:shards -- --size ${size} --shards ${splits.join(',')} --by ${by}\` on ${date} (UTC), one machine ` +
    `(2 cores), parts built one after another; “if parallel” is the slowest part plus the assembly, as on a CI matrix ` +
    `with one runner per part. ${orgs} organisations, ${gen.files} source files, ${pages} pages.` +
    (option('--parts')
      ? ''
      : ' Each assembled site was compared with the single build of the same commit, byte for byte (search index included).'),
  '',
  `Single build: ${duration(single.seconds)}, peak ${gb(single.peakRss)}` +
    (reuse ? ' (from the first run, which was stopped after it; this run took it up with `--reuse`).' : '.'),
  '',
);

let last: { n: number; dirs: Map<string, string> } | undefined;
// `--parts hub,1/8`: build only these parts of the split (one part's time and memory when the whole split would take
// longer than the time at hand); without every part there is no assembly to compare, and no county's change.
const only = option('--parts')?.split(',');
for (const n of splits) {
  const parts = ['hub', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
  const dirs = new Map<string, string>();
  const rows: PartRow[] = [];
  for (const part of parts.filter((p) => !only || only.includes(p))) {
    const dir = join(tmp, `n${n}-${part.replace('/', '-of-')}`);
    rows.push(await buildPart(part, dir));
    dirs.set(part, dir);
  }
  if (dirs.size < parts.length) {
    lines.push(
      `## ${n} buckets and the hub: ${rows.map((r) => r.part).join(', ')} only`,
      '',
      '| part | time | peak memory |',
      '| --- | --- | --- |',
      ...rows.map((r) => `| ${r.part} | ${duration(r.seconds)} | ${gb(r.peakRss)} |`),
      '',
      `Only these parts were built (\`--parts\`): no assembly, no comparison, no county's change in this run.`,
      '',
    );
    continue;
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
  // `--no-change-control`: no second single build to compare with (at national scale it takes longer than the rest).
  const control = !process.argv.includes('--no-change-control');
  if (control)
    await run(
      '整站构建（改动后，对照）',
      process.execPath,
      ['scripts/build.mjs'],
      site,
      envFor(site),
      join(tmp, 'single2.log'),
    );
  const diff = control ? differing(realpathSync(join(site, 'dist')), out) : undefined;
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
      `${!diff ? 'not compared in this run (`--no-change-control`)' : diff.length === 0 ? 'yes' : `**no**, ${diff.length} files differ (e.g. ${diff.slice(0, 3).join(', ')})`}.`,
    '',
  );
}
lines.push(...searchLines);
lines.push('See docs/scaling.md for what is implemented and what is still a design.', '');
writeFileSync(REPORT, lines.join('\n'));
console.log(`已写入 ${REPORT}（临时文件夹 ${tmp}）`);
if (!reuse && !process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
