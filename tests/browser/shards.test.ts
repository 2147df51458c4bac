// A sharded build (issue 20, part 1) gives the same site as one build: the real site is built as a hub and 2 and
// then 3 buckets of organisations (CANLIAN_SHARD), and `npm run assemble` of each split must be byte-identical,
// search index included, to dist/ of the same sources. A part missing or given twice stops the assembly before
// anything is written. No exception is allowed today (docs/scaling.md §2).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DIST } from './harness.ts';
import { buildEnv, cloneWithWorkingTree, NODE, ROOT } from '../setup/project-copy.ts';

function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split(sep).join('/'), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const SHARDS = ['hub', '1/2', '2/2', '1/3', '2/3', '3/3'];
const folderName = (shard: string) => shard.replace('/', '-of-');

describe('sharded build', () => {
  let tmp: string;
  const parts = new Map<string, string>();
  const logs = new Map<string, string>();
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'canlian-shards-'));
    const project = join(tmp, 'project');
    cloneWithWorkingTree(project);
    for (const shard of SHARDS) {
      const r = spawnSync(NODE, ['scripts/build.mjs'], {
        cwd: project,
        env: buildEnv({ CANLIAN_SHARD: shard }),
        encoding: 'utf8',
      });
      logs.set(shard, `${r.stdout}\n${r.stderr}`);
      if (r.status !== 0) continue;
      // The next build's clean-up removes earlier build folders: move this one out first.
      const to = join(tmp, folderName(shard));
      renameSync(realpathSync(join(project, 'dist')), to);
      parts.set(shard, to);
    }
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const assemble = (shards: string[], out: string) =>
    spawnSync(
      NODE,
      ['scripts/assemble.ts', ...shards.map((s) => parts.get(s) ?? join(tmp, folderName(s))), '--out', out],
      {
        cwd: ROOT,
        env: buildEnv(),
        encoding: 'utf8',
      },
    );

  it('builds each part', () => {
    for (const shard of SHARDS) assert.ok(parts.has(shard), `分片 ${shard} 构建失败：\n${logs.get(shard)}`);
    // A bucket holds its organisations' pages and the shared assets, nothing site-wide.
    const one = hashes(parts.get('1/2')!);
    assert.ok(!one.has('index.html') && !one.has('favicon.svg') && !one.has('pagefind/pagefind.js'));
    assert.ok([...one.keys()].some((f) => f.startsWith('orgs/')));
  });

  for (const n of [2, 3]) {
    it(`assembles the hub and ${n} buckets into exactly the single build`, () => {
      const out = join(tmp, `assembled-${n}`);
      const shards = ['hub', ...Array.from({ length: n }, (_, i) => `${i + 1}/${n}`)];
      const r = assemble(shards, out);
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      assert.match(r.stdout, new RegExp(`合并完成：${n + 1} 个分片`));
      const single = hashes(DIST);
      const joined = hashes(out);
      assert.ok(single.size > 100, 'dist/ 中没有完整的网站：请先运行 npm run build');
      const differing = [...new Set([...single.keys(), ...joined.keys()])].filter(
        (f) => single.get(f) !== joined.get(f),
      );
      assert.deepEqual(differing, []);
    });
  }

  it('refuses a split with a part missing or twice, and writes nothing', () => {
    const missing = join(tmp, 'missing');
    const r = assemble(['hub', '1/3', '3/3'], missing);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /缺少分片 2\/3/);
    assert.match(r.stderr, /合并没有完成/);
    assert.ok(!existsSync(missing));
    const twice = assemble(['hub', '1/2', '1/2', '2/2'], join(tmp, 'twice'));
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /是同一个分片 1\/2/);
  });
});
