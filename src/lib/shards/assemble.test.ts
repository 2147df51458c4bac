import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { filesUnder, mergeParts, partProblems, type ShardPart } from './assemble.ts';
import { readShardMark, writeShardMark } from './mark.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A shard's output folder with the given files and its mark. */
function part(shard: string, files: Record<string, string>, by: 'org' | 'province' = 'org'): ShardPart {
  const dir = mkdtempSync(join(tmpdir(), 'shard-'));
  dirs.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  writeShardMark(dir, { shard, by });
  return { dir, mark: readShardMark(dir) };
}

const out = () => {
  const d = mkdtempSync(join(tmpdir(), 'assembled-'));
  dirs.push(d);
  return d;
};
const texts = (ps: ReturnType<typeof partProblems>) => ps.map(formatProblem).join('\n');

describe('assembling shards', () => {
  const asset = { '_astro/site.abc.css': 'body{}' };

  it('joins a hub and every bucket into one site, shared assets once, marks left out', () => {
    const parts = [
      part('hub', { 'index.html': 'home', ...asset }),
      part('1/2', { 'orgs/a/index.html': 'a', ...asset }),
      part('2/2', { 'orgs/b/index.html': 'b', ...asset }),
    ];
    expect(partProblems(parts)).toEqual([]);
    const to = out();
    expect(mergeParts(parts, to)).toEqual({ problems: [], files: 4 });
    expect(filesUnder(to)).toEqual(['_astro/site.abc.css', 'index.html', 'orgs/a/index.html', 'orgs/b/index.html']);
    expect(readFileSync(join(to, 'orgs/b/index.html'), 'utf8')).toBe('b');
  });

  it('refuses a missing part, a part twice, mixed sizes or ways, and a folder that is not a shard', () => {
    expect(texts(partProblems([part('hub', {}), part('1/3', {}), part('3/3', {})]))).toContain('缺少分片 2/3');
    expect(texts(partProblems([part('1/1', {})]))).toContain('缺少 hub 分片');
    expect(texts(partProblems([part('hub', {}), part('1/1', {}), part('1/1', {})]))).toContain('是同一个分片 1/1');
    expect(texts(partProblems([part('hub', {}), part('1/2', {}), part('2/3', {})]))).toContain('份数不一致');
    expect(texts(partProblems([part('hub', {}), part('1/1', {}, 'province')]))).toContain('分法不一致');
    const plain = mkdtempSync(join(tmpdir(), 'plain-'));
    dirs.push(plain);
    expect(texts(partProblems([{ dir: plain, mark: readShardMark(plain) }]))).toContain('不是分片构建的结果');
  });

  it('refuses a path two parts wrote, naming both', () => {
    const parts = [part('hub', { 'orgs/a/index.html': 'x' }), part('1/1', { 'orgs/a/index.html': 'x' })];
    const r = mergeParts(parts, out());
    expect(r.problems).toHaveLength(1);
    expect(formatProblem(r.problems[0]!)).toMatch(/^orgs\/a\/index\.html: .* 都生成了这个文件 — /);
  });

  it('refuses shared assets that differ: parts built from different code', () => {
    const same = mergeParts([part('hub', { '_astro/x.1.js': 'a' }), part('1/1', { '_astro/x.1.js': 'b' })], out());
    expect(texts(same.problems)).toContain('内容不同');
    const renamed = mergeParts([part('hub', { '_astro/x.1.js': 'a' }), part('1/1', { '_astro/x.2.js': 'a' })], out());
    expect(texts(renamed.problems)).toContain('不是用同一份程序构建的');
  });
});
