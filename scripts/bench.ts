// `npm run bench`: builds generated content at several sizes side by side with a plain Astro markdown site of the
// same page count, runs Lighthouse on the real site and measures search in the browser, and writes the results
// to docs/benchmarks.md. Timings are reported, never pass/fail: shared machines are noisy.
//
// Flags: --sizes 1,10,100,national   sizes to build (multiples of the real content's 5 organisations, or national)
//        --skip-national             leave out the national size (3,400 organisations, ~125,000 pages)
//        --no-lighthouse             skip Lighthouse on the real site
//        --no-search                 skip the search measurement in the browser
//        --keep                      keep the temporary folders (their paths are printed)
//        --report-only               rewrite docs/benchmarks.md from docs/benchmarks-results.json, build nothing
//        --search-dist <dir> --search-size <size>   only measure search on a site built earlier with --keep
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { folderBytes, htmlFiles } from '../tests/browser/page-weight.ts';
import { NATIONAL_ORGS, PER_ORG, REAL_ORGS, generate } from './bench/generate.ts';
import { runLighthouse, type LighthouseRow } from './bench/lighthouse.ts';
import { duration, lastLine, measure, type Measured } from './bench/measure.ts';
import { copySite, writePlainSite } from './bench/projects.ts';
import { measureSearch, type SearchResult } from './bench/search.ts';

const RESULTS = 'docs/benchmarks-results.json';
const REPORT = 'docs/benchmarks.md';
const NOTES_MARKER = '<!-- notes: everything below is kept by npm run bench -->';
/**
 * Both builds run with Node's default heap limit, as `npm run build` does (no --max-old-space-size), so the 8 GB
 * goal is measured on the build a user runs. A larger heap made the national build both bigger and slower
 * (7,168 MB: 8.92 GB, astro step 482 s; the default 4,288 MB: 7.70 GB, 431 s).
 */
const HEAP_MB = Math.round(getHeapStatistics().heap_size_limit / 1024 ** 2);

/** One size's result, ours and the plain site's. */
interface SizeRow {
  size: string;
  orgs: number;
  sourceFiles: number;
  sourceMB: number;
  pages: number;
  ok: boolean;
  error?: string;
  ours?: { seconds: number; peakRss: number; distBytes: number; searchBytes: number; searchBundles?: number };
  /** Seconds of each step of our build (`[阶段]` lines of scripts/build.mjs), also when a later step failed. */
  stages?: Record<string, number>;
  /** Our build failed: in which step, after how long, at what peak memory. */
  oursFailed?: { stage: string; seconds: number; peakRss: number; killed: boolean };
  /** The plain site's pagefind failed (its astro build is still compared). */
  plainFailed?: { seconds: number; peakRss: number; killed: boolean };
  plain?: {
    seconds: number;
    astroSeconds: number;
    pagefindSeconds: number;
    peakRss: number;
    distBytes: number;
    searchBytes: number;
  };
  date: string;
}

interface Results {
  machine: Record<string, string>;
  sizes: Record<string, SizeRow>;
  lighthouse?: { date: string; dist: string; rows: LighthouseRow[] };
  /** `bundles`: how many pagefind bundles the index was split into (scripts/search-index.ts); 1 = one index. */
  search?: SearchResult & { date: string; size: string; pages: number; indexBytes: number; bundles?: number };
}

function flag(name: string): boolean {
  return process.argv.includes(name);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function machine(): Record<string, string> {
  let os = '';
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    // Not Linux.
  }
  return {
    cpu: `${cpus()[0]?.model ?? '?'}`,
    nproc: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GB (free at start ${(freemem() / 1024 ** 3).toFixed(1)} GB)`,
    node: process.version,
    os,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Durations in the (English) report: 12.0 min, 45.3 s. */
const mins = (s: number) => (s >= 60 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
const gb = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GB`;
const mb = (b: number) => `${(b / 1024 ** 2).toFixed(1)} MB`;

function envFor(dir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(dir, 'node_modules/.bin')}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

function failed(label: string, m: Measured, log: string): string {
  const tail = readFileSync(log, 'utf8').split('\n').slice(-25).join('\n');
  console.error(`  ✗ ${label} 失败（退出码 ${m.code}）。日志末尾：\n${tail}`);
  return `${label}: exit ${m.code}: ${lastLine(log)}`;
}

/** The "ours" cell of a size whose build failed. */
function oursFailure(s: SizeRow): string {
  const f = s.oursFailed;
  if (!f) return `failed: ${s.error ?? ''}`;
  const astro = s.stages?.astro;
  return `failed in ${f.stage} after ${f.seconds.toFixed(1)} s${f.killed ? ' (killed: out of memory)' : ''}${astro !== undefined ? `; astro step ${astro.toFixed(1)} s` : ''}`;
}

/** Step times from the `[阶段] <name> <seconds> 秒[ 失败]` lines of scripts/build.mjs, and the step that failed. */
function buildStages(log: string): { stages: Record<string, number>; failedStage?: string } {
  const stages: Record<string, number> = {};
  let failedStage: string | undefined;
  for (const m of readFileSync(log, 'utf8').matchAll(/^\[阶段\] (\S+) ([\d.]+) 秒( 失败)?$/gm)) {
    if (m[3]) failedStage = m[1];
    else stages[m[1]!] = Number(m[2]);
  }
  return { stages, failedStage };
}

/**
 * How many processes the kernel's out-of-memory killer has ended so far (from `dmesg`; -1 where it cannot be read).
 * Pagefind's npm wrapper exits with 1 when its binary is killed, so the log alone cannot say why it failed.
 */
function oomKills(): number {
  try {
    return (
      execFileSync('dmesg', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(
        /Out of memory: Killed process/g,
      ) ?? []
    ).length;
  } catch {
    return -1;
  }
}

/** True when the build log says a step was killed (out of memory), or the kernel killed a process since `before`. */
function killedByOom(log: string, before: number): boolean {
  const now = oomKills();
  return (before >= 0 && now > before) || /内存不足|SIGKILL|out of memory/i.test(readFileSync(log, 'utf8'));
}

/** HTML pages Astro reports writing (its `├─ /path/index.html` lines), for a build whose output was removed. */
function htmlPagesInLog(log: string): number {
  return [...readFileSync(log, 'utf8').matchAll(/[├└]─ \S+\.html\b/g)].length;
}

async function benchSize(size: string, keep: boolean): Promise<{ row: SizeRow; dist?: string; tmp: string }> {
  const orgs = size === 'national' ? NATIONAL_ORGS : REAL_ORGS * Number(size);
  const label = size === 'national' ? '全国规模' : `${size}×`;
  const tmp = mkdtempSync(join(tmpdir(), `canlian-bench-${size}-`));
  const site = join(tmp, 'site');
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  console.log(`\n=== ${label}：${orgs} 个机构 → ${tmp} ===`);
  let t = performance.now();
  const gen = generate(site, orgs, { onProgress: (n) => n % 500 === 0 && console.log(`  已生成 ${n}/${orgs} 个机构`) });
  copySite(site);
  console.log(
    `  生成 ${gen.files} 个文件（${mb(gen.bytes)}），用时 ${duration((performance.now() - t) / 1000)}` +
      (gen.skippedKinds.length ? `；尚未注册、未生成：${gen.skippedKinds.join('、')}` : ''),
  );
  const row: SizeRow = {
    size,
    orgs,
    sourceFiles: gen.files,
    sourceMB: gen.bytes / 1024 ** 2,
    pages: 0,
    ok: false,
    date,
  };

  console.log('  构建本站（node scripts/build.mjs：检查、astro build、pagefind）…');
  const log = join(tmp, 'site-build.log');
  let kills = oomKills();
  const ours = await measure('本站构建', process.execPath, ['scripts/build.mjs'], {
    cwd: site,
    env: envFor(site),
    log,
  });
  const { stages, failedStage } = buildStages(log);
  row.stages = stages;
  let dist: string | undefined;
  if (ours.code !== 0) {
    row.error = failed('本站构建', ours, log);
    row.oursFailed = {
      stage: failedStage ?? '?',
      seconds: ours.seconds,
      peakRss: ours.peakRss,
      killed: killedByOom(log, kills),
    };
    // When only the search index failed, the pages were built: still build the plain site to compare that step.
    if (stages.astro === undefined) return { row, tmp };
    row.pages = htmlPagesInLog(log);
  } else {
    dist = join(site, 'dist');
    row.pages = htmlFiles(dist).length;
    row.ours = {
      seconds: ours.seconds,
      peakRss: ours.peakRss,
      distBytes: folderBytes(dist),
      searchBytes: folderBytes(join(dist, 'pagefind')),
      searchBundles: searchBundles(dist),
    };
    console.log(
      `  ✓ 本站：${row.pages} 页，${duration(ours.seconds)}，峰值内存 ${gb(ours.peakRss)}，dist ${mb(row.ours.distBytes)}，搜索索引 ${mb(row.ours.searchBytes)}`,
    );
  }

  // The plain site gets the same number of pages, each with the average amount of text of ours.
  const plain = join(tmp, 'plain');
  t = performance.now();
  const chars = Math.max(200, Math.round(gen.bytes / 3 / Math.max(1, row.pages)));
  writePlainSite(plain, row.pages, chars);
  console.log(
    `  对照：普通 Astro markdown 网站，${row.pages} 页（每页约 ${chars} 字），写入用时 ${duration((performance.now() - t) / 1000)}`,
  );
  const plog = join(tmp, 'plain-build.log');
  const pa = await measure('对照 astro build', join(plain, 'node_modules/.bin/astro'), ['build'], {
    cwd: plain,
    env: envFor(plain),
    log: plog,
  });
  if (pa.code !== 0) {
    row.error = failed('对照 astro build', pa, plog);
    return { row, dist, tmp };
  }
  kills = oomKills();
  const pp = await measure('对照 pagefind', join(plain, 'node_modules/.bin/pagefind'), ['--site', 'dist', '--quiet'], {
    cwd: plain,
    env: envFor(plain),
    log: plog,
  });
  if (pp.code !== 0) {
    row.plainFailed = { seconds: pp.seconds, peakRss: pp.peakRss, killed: pp.code === 137 || killedByOom(plog, kills) };
    failed('对照 pagefind', pp, plog);
  }
  const pdist = join(plain, 'dist');
  row.plain = {
    seconds: pa.seconds + pp.seconds,
    astroSeconds: pa.seconds,
    pagefindSeconds: pp.seconds,
    peakRss: Math.max(pa.peakRss, pp.peakRss),
    distBytes: folderBytes(pdist),
    searchBytes: folderBytes(join(pdist, 'pagefind')),
  };
  row.ok = !row.oursFailed && !row.plainFailed;
  console.log(
    `  ${row.plainFailed ? '✗' : '✓'} 对照：${duration(row.plain.seconds)}（astro ${duration(pa.seconds)} + pagefind ${duration(pp.seconds)}），峰值内存 ${gb(row.plain.peakRss)}`,
  );
  if (row.ok) console.log(`  本站/对照 用时比：${(ours.seconds / row.plain.seconds).toFixed(2)}`);
  else if (row.stages?.astro !== undefined)
    console.log(`  本站/对照 astro 步骤用时比：${(row.stages.astro / pa.seconds).toFixed(2)}`);
  if (!keep) rmSync(plain, { recursive: true, force: true });
  return { row, dist, tmp };
}

function loadResults(): Results {
  if (existsSync(RESULTS)) return JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
  return { machine: machine(), sizes: {} };
}

const SIZE_ORDER = ['1', '10', '100', 'national'];

function writeReport(r: Results): void {
  const m = r.machine;
  const lines: string[] = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); do not edit by hand — the numbers come from',
    `\`${RESULTS}\`. Budgets and goals: \`../shared/reference/budgets.md\`. Byte budgets are enforced by`,
    '`tests/browser/budgets.test.ts` in `npm test`; the timings here are reported, never pass/fail.',
    '',
    '## Machine',
    '',
    `- CPU: ${m.cpu}, ${m.nproc} cores (nproc)`,
    `- Memory: ${m.memory}`,
    `- Node: ${m.node}; OS: ${m.os}`,
    `- Date of the run that wrote this header: ${m.date}`,
    '',
    '## Build at scale',
    '',
    `Generated content (seeded, synthetic Chinese text; never published) per organisation: ${PER_ORG.reports} annual reports`,
    `(3,000–7,000 characters each), one five-year plan with ${PER_ORG.indicators} indicators and three years of actuals,`,
    `${PER_ORG.datasets} datasets (CSV + metadata) and ${PER_ORG.guides} service guides. 1× is the real site's ${REAL_ORGS} organisations at that`,
    `density; national scale is ${NATIONAL_ORGS.toLocaleString('en')} organisations. Only kinds registered in`,
    '`src/lib/check/registry.ts` are generated, and pages exist only where the site has routes for them, so the page',
    'count grows as the site gains pages. Ours = `node scripts/build.mjs` (content check, `astro build`, pagefind) in a',
    'copy of `src/`; plain = a minimal Astro project (one layout, one content collection of markdown pages with the',
    'same average text length, one dynamic route) with the same page count, `astro build` + pagefind. Both store',
    "content in chunks (`experimental.collectionStorage: 'chunked'`; Astro's default single file does not build at national scale). Both with",
    `Node's default heap limit (${HEAP_MB.toLocaleString('en')} MB on this machine), as \`npm run build\` runs. Peak memory is the summed RSS of the build's process tree, polled from /proc.`,
    '',
    '| size | orgs | source files | pages | ours: build | pages/s | peak RSS | dist | search index | plain: build (astro + pagefind) | pages/s | peak RSS | dist | search index | ours ÷ plain | run |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const key of SIZE_ORDER) {
    const s = r.sizes[key];
    const name = key === 'national' ? 'national' : `${key}×`;
    if (!s) {
      lines.push(
        `| ${name} | ${key === 'national' ? NATIONAL_ORGS : REAL_ORGS * Number(key)} | — | — | not run | | | | | | | | | | | |`,
      );
      continue;
    }
    const o = s.ours;
    const p = s.plain;
    const cells = [
      name,
      String(s.orgs),
      String(s.sourceFiles),
      s.pages ? String(s.pages) : '—',
      o ? `${o.seconds.toFixed(1)} s` : oursFailure(s),
      o ? (s.pages / o.seconds).toFixed(1) : '',
      o ? gb(o.peakRss) : s.oursFailed ? gb(s.oursFailed.peakRss) : '',
      o ? mb(o.distBytes) : '',
      o ? `${mb(o.searchBytes)}${o.searchBundles && o.searchBundles > 1 ? ` (${o.searchBundles} bundles)` : ''}` : '',
      p
        ? s.plainFailed
          ? `astro ${p.astroSeconds.toFixed(1)} s; pagefind failed after ${p.pagefindSeconds.toFixed(1)} s${s.plainFailed.killed ? ' (killed: out of memory)' : ''}`
          : `${p.seconds.toFixed(1)} s (${p.astroSeconds.toFixed(1)} + ${p.pagefindSeconds.toFixed(1)})`
        : s.error && o
          ? `failed: ${s.error}`
          : '',
      p && !s.plainFailed ? (s.pages / p.seconds).toFixed(1) : '',
      p ? gb(p.peakRss) : '',
      p ? mb(p.distBytes) : '',
      p && !s.plainFailed ? mb(p.searchBytes) : '',
      o && p && !s.plainFailed
        ? `**${(o.seconds / p.seconds).toFixed(2)}**`
        : s.stages?.astro !== undefined && p
          ? `astro step only: **${(s.stages.astro / p.astroSeconds).toFixed(2)}**`
          : '',
      s.date,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    'Goals (national scale, this machine): under 15 minutes, under 8 GB, at most 1.5× the plain site per page.',
    '',
  );
  const nat = r.sizes.national;
  if (!nat)
    lines.push(
      '**National scale has not been run yet on this machine** (see the table); the goal is therefore not shown as met.',
      '',
    );
  else if (nat.ours && nat.plain) {
    const goals = [
      nat.ours.seconds < 15 * 60
        ? 'under 15 minutes: met'
        : `under 15 minutes: **not met** (${mins(nat.ours.seconds)})`,
      nat.ours.peakRss < 8 * 1024 ** 3 ? 'under 8 GB: met' : `under 8 GB: **not met** (${gb(nat.ours.peakRss)})`,
      ratioGoal(nat),
    ];
    lines.push(`National scale: ${goals.join('; ')}.`, '');
  } else if (nat.ours) {
    lines.push(
      `**National scale: our build completed but the plain site's did not** (${nat.error ?? 'see the table'}), so the ratio is unknown; our time ${mins(nat.ours.seconds)}, peak ${gb(nat.ours.peakRss)}.`,
      '',
    );
  } else {
    const astro = nat.stages?.astro;
    const f = nat.oursFailed;
    lines.push(
      `**National scale: our build did not complete**${f ? ` — it failed in the ${f.stage} step after ${mins(f.seconds)} at a peak of ${gb(f.peakRss)}${f.killed ? ', killed by the system for lack of memory' : ''}` : ` (${nat.error ?? 'see the table'})`}; the goals are **not met**.` +
        (astro !== undefined
          ? ` The pages themselves were built: the astro step took ${mins(astro)}` +
            (nat.plain
              ? ` against ${mins(nat.plain.astroSeconds)} for the plain site's \`astro build\` (${(astro / nat.plain.astroSeconds).toFixed(2)}×)`
              : '') +
            '.'
          : '') +
        (nat.plainFailed
          ? ` The plain site's pagefind failed too${nat.plainFailed.killed ? ' (killed: out of memory)' : ''}, after ${mins(nat.plainFailed.seconds)} at a peak of ${gb(nat.plainFailed.peakRss)}.`
          : ''),
      '',
    );
  }

  lines.push('## Lighthouse (real site, mobile emulation)', '');
  if (r.lighthouse) {
    lines.push(
      `Lighthouse ${lighthouseVersion()} with Debian's Chromium, default (mobile) settings, on \`${r.lighthouse.dist}\` (${r.lighthouse.date}). One page of each type that the site has.`,
      '',
      '| page type | page | performance | accessibility | best practices | SEO |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...r.lighthouse.rows.map(
        (x) =>
          `| ${x.type} | \`${x.path}\` | ${x.scores.performance} | ${x.scores.accessibility} | ${x.scores['best-practices']} | ${x.scores.seo} |`,
      ),
      '',
    );
    if (r.lighthouse.rows.some((x) => x.path.startsWith('/embed/')))
      lines.push(
        "Embed pages (`/embed/`, 嵌入) carry `noindex` on purpose: their SEO score is Lighthouse's weighted mean without `is-crawlable`, the one audit they fail by design (scripts/bench/lighthouse.ts checks that it does fail).",
        '',
      );
    const below = r.lighthouse.rows.filter((x) => x.failing.length);
    if (below.length) {
      lines.push('Below 100, and why (audits that cost points):', '');
      for (const x of below) lines.push(`- ${x.type} \`${x.path}\`: ${x.failing.join('; ')}`);
      lines.push('');
    } else lines.push('Every audited page scores 100 in all four categories.', '');
  } else lines.push('Not run yet (`npm run bench` without `--no-lighthouse`).', '');

  lines.push('## Search in the browser', '');
  if (r.search) {
    const s = r.search;
    lines.push(
      `Measured on the generated **${s.size === 'national' ? 'national-scale' : `${s.size}×`}** site (${s.pages.toLocaleString('en')} pages, search index ${mb(s.indexBytes)}${s.bundles && s.bundles > 1 ? ` in ${s.bundles} bundles merged by the search page` : ''}), ${s.date}, ` +
        `${s.queries} queries, Debian's Chromium through playwright-core, served from loopback without compression. ` +
        (s.mode === 'search-page'
          ? "Through the site's own `/search/?q=…` page: time from navigation (cold) or submit (warm) to the results and the status line being rendered."
          : "The site had no /search/ page at the time: measured with pagefind's JS API in a page (search, load the first 10 fragments, render a list)."),
      '',
      '| | median time to rendered results | median bytes fetched from /pagefind/ |',
      '| --- | ---: | ---: |',
      `| cold (fresh browser, runtime + wasm + index chunks + fragments) | ${s.coldMedianMs.toFixed(0)} ms | ${(s.coldMedianBytes / 1024).toFixed(0)} KB |`,
      `| warm (next query on the same page) | ${s.warmMedianMs.toFixed(0)} ms | ${(s.warmMedianBytes / 1024).toFixed(0)} KB |`,
      '',
      "Budget: runtime + index chunks ≤ 300 KB per query at national scale (pagefind's index chunks, fragments and wasm are",
      'already gzip-compressed files; its JS runtime is counted uncompressed here).',
      s.size === 'national'
        ? ''
        : '\n**Not measured at national scale yet** — the largest size built in the run was used.',
      '',
    );
  } else lines.push('Not run yet.', '');
  // Hand-written notes below the marker (what was slow and what was changed) survive a new run.
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at >= 0 ? previous.slice(at) : `${NOTES_MARKER}\n`;
  writeFileSync(
    REPORT,
    `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n\n${notes.trimEnd()}\n`,
  );
}

/** Bundles of the search index in `dist`: 1 + the bundles listed in pagefind/bundles.json (1 when it is absent). */
function searchBundles(dist: string): number {
  try {
    return (
      1 +
      (JSON.parse(readFileSync(join(dist, 'pagefind/bundles.json'), 'utf8')) as { bundles: unknown[] }).bundles.length
    );
  } catch {
    return 1;
  }
}

/**
 * The 1.5× goal. When the plain site's search index failed (pagefind out of memory at national scale) it has no
 * whole-build time, so the page step (`astro build`) is compared, and the sentence says so.
 */
function ratioGoal(nat: SizeRow): string {
  const verdict = (r: number) => (r <= 1.5 ? `met (${r.toFixed(2)}×)` : `**not met** (${r.toFixed(2)}×)`);
  if (!nat.ours || !nat.plain) return '≤ 1.5× plain: unknown';
  if (!nat.plainFailed) return `≤ 1.5× plain: ${verdict(nat.ours.seconds / nat.plain.seconds)}`;
  const astro = nat.stages?.astro;
  if (astro === undefined) return "≤ 1.5× plain: unknown (the plain site's search index failed)";
  return `≤ 1.5× plain, page step (\`astro build\`) only, because the plain site's search index failed: ${verdict(astro / nat.plain.astroSeconds)}`;
}

function lighthouseVersion(): string {
  try {
    return (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  let sizes = (option('--sizes') ?? '1,10,100,national')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (flag('--skip-national')) sizes = sizes.filter((s) => s !== 'national');
  for (const s of sizes) {
    if (s !== 'national' && !(Number(s) > 0))
      throw new Error(`--sizes 中的“${s}”不对：写 1,10,100,national 这样的倍数`);
  }
  if (flag('--report-only')) {
    writeReport(loadResults());
    console.log(`已按 ${RESULTS} 重写 ${REPORT}。`);
    return;
  }
  const keep = flag('--keep');
  mkdirSync('docs', { recursive: true });
  const results = loadResults();
  results.machine = machine();
  console.log(
    `机器：${results.machine.cpu}，${results.machine.nproc} 核，${results.machine.memory}，Node ${results.machine.node}`,
  );
  const started = performance.now();

  if (!flag('--no-lighthouse')) {
    console.log('\n=== Lighthouse：真实网站（dist/）每类页面一个 ===');
    if (!existsSync('dist/index.html'))
      console.log('  dist/ 中没有构建好的网站：先运行 flock /tmp/astro-build.lock npm run build；跳过。');
    else {
      const built = statSync('dist/index.html').mtime.toISOString().slice(0, 16).replace('T', ' ');
      results.lighthouse = {
        date: new Date().toISOString().slice(0, 10),
        dist: `dist/ built ${built}`,
        rows: await runLighthouse(resolve('dist')),
      };
      writeReport(results);
      writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    }
  }

  let largest: { size: string; dist: string; tmp: string; pages: number } | undefined;
  // --search-dist <folder> --search-size <size>: measure search on a site built earlier (kept with --keep).
  const searchDist = option('--search-dist');
  if (searchDist) {
    sizes = [];
    largest = {
      size: option('--search-size') ?? '?',
      dist: resolve(searchDist),
      tmp: '',
      pages: htmlFiles(resolve(searchDist)).length,
    };
  }
  const tmps: string[] = [];
  for (const size of sizes) {
    const { row, dist, tmp } = await benchSize(size, keep);
    tmps.push(tmp);
    results.sizes[size] = row;
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    writeReport(results);
    if (row.ours && dist) {
      if (largest?.tmp && !keep) rmSync(largest.tmp, { recursive: true, force: true });
      largest = { size, dist, tmp, pages: row.pages };
    } else if (!keep) rmSync(tmp, { recursive: true, force: true });
  }

  if (!flag('--no-search') && largest) {
    console.log(
      `\n=== 浏览器中的搜索：${largest.size === 'national' ? '全国规模' : `${largest.size}×`}（${largest.pages} 页）===`,
    );
    const s = await measureSearch(largest.dist);
    results.search = {
      ...s,
      date: new Date().toISOString().slice(0, 10),
      size: largest.size,
      pages: largest.pages,
      indexBytes: folderBytes(join(largest.dist, 'pagefind')),
      bundles: searchBundles(largest.dist),
    };
    console.log(
      `  冷启动中位数 ${s.coldMedianMs.toFixed(0)} ms / ${(s.coldMedianBytes / 1024).toFixed(0)} KB；再次搜索中位数 ${s.warmMedianMs.toFixed(0)} ms / ${(s.warmMedianBytes / 1024).toFixed(0)} KB（${s.mode}）`,
    );
  }
  if (largest?.tmp && !keep) rmSync(largest.tmp, { recursive: true, force: true });
  if (keep) console.log(`\n保留的临时文件夹：\n${tmps.join('\n')}`);

  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
  console.log(`\n完成，用时 ${duration((performance.now() - started) / 1000)}。结果已写入 ${REPORT}。`);
}

await main();
