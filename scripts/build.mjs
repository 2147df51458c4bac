// `npm run build`: check, build into a temporary folder, index for search, then replace dist/ in one step.
// A failed build leaves the previous dist/ untouched, so what is online is never half-written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const tmp = `.build-tmp/dist-${process.pid}`;
const old = `.build-tmp/old-${process.pid}`;
mkdirSync('.build-tmp', { recursive: true });

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`\n构建失败：${[cmd, ...args].join(' ')} 未成功。dist/ 中原有的网站保持不变。`);
    process.exit(r.status ?? 1);
  }
}

run('astro', ['build', '--outDir', tmp]);
if (existsSync('node_modules/.bin/pagefind')) run('pagefind', ['--site', tmp, '--quiet']);

if (existsSync('dist')) renameSync('dist', old);
renameSync(tmp, 'dist');
rmSync(old, { recursive: true, force: true });
console.log('构建完成：网站已写入 dist/。');
