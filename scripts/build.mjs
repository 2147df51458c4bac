// `npm run build`: check, build into a temporary folder, index for search, then replace dist/ in one step.
// A failed build leaves the previous dist/ untouched, so what is online is never half-written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const tmp = `.build-tmp/dist-${process.pid}`;
const old = `.build-tmp/old-${process.pid}`;
mkdirSync('.build-tmp', { recursive: true });

// Each step prints `[阶段] <name> <seconds> 秒` (also when it fails): npm run bench reads these lines.
function run(name, cmd, args) {
  const started = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`[阶段] ${name} ${((performance.now() - started) / 1000).toFixed(1)} 秒${r.status === 0 ? '' : ' 失败'}`);
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    const killed = r.signal === 'SIGKILL' ? '（进程被系统终止，多半是内存不足）' : r.signal ? `（进程收到 ${r.signal}）` : '';
    console.error(`\n构建失败：${[cmd, ...args].join(' ')} 未成功${killed}。dist/ 中原有的网站保持不变。`);
    process.exit(r.status ?? 1);
  }
}

run('astro', 'astro', ['build', '--outDir', tmp]);
// One pagefind index, or several bundles when the site is too large for one run's memory (scripts/search-index.ts).
if (existsSync('node_modules/.bin/pagefind')) run('pagefind', process.execPath, ['scripts/search-index.ts', tmp]);

if (existsSync('dist')) renameSync('dist', old);
renameSync(tmp, 'dist');
rmSync(old, { recursive: true, force: true });
console.log('构建完成：网站已写入 dist/。');
