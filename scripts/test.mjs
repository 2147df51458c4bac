// `npm test`: every test, in the order a failure is cheapest to find. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const steps = [
  ['代码格式 (prettier --check)', 'prettier', ['--check', '.', '--log-level', 'warn']],
  ['类型检查 (astro check)', 'astro', ['check']],
  ['单元测试 (vitest)', 'vitest', ['run']],
  ['内容检查 (npm run check)', 'node', ['scripts/check.ts']],
  ['生产构建 (npm run build)', 'node', ['scripts/build.mjs']],
  ['浏览器测试 (Chromium + axe-core)', 'node', ['--test', '--test-concurrency=1', 'tests/browser/*.test.ts']],
];

const only = process.argv[2];
const started = Date.now();
for (const [label, cmd, args] of steps) {
  if (only && !label.includes(only)) continue;
  console.log(`\n=== ${label} ===`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(
      `\n✗ ${label} 未通过（退出码 ${r.status}）。${cmd === 'prettier' ? '运行 npm run format 整理上面列出的文件。' : ''}`,
    );
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label}（${((Date.now() - t) / 1000).toFixed(0)} 秒）`);
}
console.log(`\n全部测试通过，用时 ${((Date.now() - started) / 1000).toFixed(0)} 秒。`);
