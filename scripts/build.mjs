// `npm run build`: check, build into a new folder, index for search, then publish it as dist/ in one atomic step.
// A failed or interrupted build leaves the previous dist/ untouched, so what is online is never half-written:
// - a step that exits non-zero, or logs an `[ERROR]` and exits 0 (Astro does so for a page it cannot render),
//   fails the build with a Chinese message naming the file (scripts/build/diagnose.ts);
// - the search index is a required step: a missing pagefind is a failure, not a site without search;
// - `dist` is a link replaced with one rename (scripts/build/publish.ts), and a signal to `npm run build` stops
//   the step it started and removes this build's folder.
import { existsSync, rmSync } from 'node:fs';
import { buildId, cleanUp, publish, siteFolder } from './build/publish.ts';
import { runStep, runningStep } from './build/run-step.ts';
import { failedStepMessage, loggedErrorMessage } from './build/diagnose.ts';

const id = buildId();
const site = siteFolder(id);
const KEPT = 'dist/ 中原有的网站保持不变。';

// Folders of builds that were killed (their process is gone) are removed before this one starts.
cleanUp('.');

function fail(message, code = 1) {
  rmSync(site, { recursive: true, force: true });
  console.error(`\n${message}\n${KEPT}`);
  process.exit(code);
}

// npm passes SIGINT/SIGTERM on to this process; the child would otherwise go on writing after we are gone.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    runningStep()?.kill(signal);
    fail(`构建已中止（收到 ${signal}）。`, 128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
  });
}

// Each step prints `[阶段] <name> <seconds> 秒` (also when it fails): npm run bench reads these lines.
async function run(name, label, cmd, args) {
  const started = performance.now();
  const r = await runStep(cmd, args);
  const ok = r.status === 0 && r.errors.length === 0;
  console.log(`[阶段] ${name} ${((performance.now() - started) / 1000).toFixed(1)} 秒${ok ? '' : ' 失败'}`);
  if (r.status !== 0) fail(failedStepMessage(label, r, '.build-tmp'), r.status || 1);
  if (r.errors.length) {
    // Astro keeps the rendered (empty) entry in its content cache, and would not render the file again, nor
    // log the error, in the next build: drop the cache so the next build fails the same way until it is fixed.
    rmSync('node_modules/.astro', { recursive: true, force: true });
    fail(loggedErrorMessage(r.errors));
  }
}

// The search page is part of the site: without pagefind (e.g. installed with --omit=dev) the build fails, before any work.
if (!existsSync('node_modules/pagefind/package.json')) {
  fail('构建失败：找不到生成搜索索引的 pagefind（网站的搜索页要用它）。请在项目文件夹中运行 npm install 后重试。');
}
// A shard (CANLIAN_SHARD=hub or k/N, docs/scaling.md §2) is one part of the site: npm run assemble joins the parts
// and builds the search index over the whole; the variable itself is checked by src/integrations/shard-output.ts.
const shard = (process.env.CANLIAN_SHARD ?? '').trim();
await run('astro', '网站生成（astro build）', 'astro', ['build', '--outDir', site]);
// One pagefind index, or several bundles when the site is too large for one run's memory (scripts/search-index.ts).
if (!shard) await run('pagefind', '搜索索引（pagefind）', process.execPath, ['scripts/search-index.ts', site]);

publish('.', site, id);
cleanUp('.');
console.log(
  shard
    ? `构建完成：分片 ${shard} 已写入 dist/（还没有搜索索引：把各分片交给 npm run assemble 合并）。`
    : '构建完成：网站已写入 dist/。',
);
