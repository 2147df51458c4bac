import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { WHOLE_FILE, type Problem } from '../core/problem.ts';
import { SHARD_MARK, type ShardMark } from './mark.ts';
import { parseShard } from './spec.ts';

/** A shard's output folder as the command line names it, and its mark. */
export interface ShardPart {
  dir: string;
  mark: ShardMark | undefined;
}

/** The shared assets: the same sources give the same hashed names and bytes in every shard. */
const ASSETS = '_astro/';

/**
 * Every part must be there exactly once: one hub and buckets 1…N of one N, all dealt the same way. A part
 * missing would publish a site without some organisations' pages; a part twice, pages written twice.
 */
export function partProblems(parts: readonly ShardPart[]): Problem[] {
  const problems: Problem[] = [];
  const at = (dir: string, problem: string, fix: string) =>
    problems.push({ file: dir, field: WHOLE_FILE, problem, fix });
  const seen = new Map<string, string>();
  const sizes = new Set<number>();
  const ways = new Set<string>();
  for (const { dir, mark } of parts) {
    if (!mark) {
      at(
        dir,
        `不是分片构建的结果（没有 ${SHARD_MARK}）`,
        '写用 CANLIAN_SHARD=hub 或 CANLIAN_SHARD=k/N 运行 npm run build 得到的 dist/ 文件夹',
      );
      continue;
    }
    const parsed = parseShard(mark.shard);
    if (!('shard' in parsed) || parsed.shard.kind === 'all') {
      at(dir, `分片标记“${mark.shard}”看不懂`, '重新构建这个分片');
      continue;
    }
    const other = seen.get(mark.shard);
    if (other !== undefined) at(dir, `和 ${other} 是同一个分片 ${mark.shard}`, '每个分片只给一次');
    seen.set(mark.shard, dir);
    if (parsed.shard.kind === 'bucket') sizes.add(parsed.shard.n);
    ways.add(mark.by);
  }
  if (problems.length) return problems;
  if (!seen.has('hub'))
    at('（命令行）', '缺少 hub 分片（首页、列表、接口等全站页面）', '加上用 CANLIAN_SHARD=hub 构建的文件夹');
  if (sizes.size > 1)
    at('（命令行）', `分片的份数不一致（${[...sizes].sort((a, b) => a - b).join('、')}）`, '所有分片用同一个 N 构建');
  if (ways.size > 1)
    at('（命令行）', '分片的分法不一致（CANLIAN_SHARD_BY 有的是 org，有的是 province）', '所有分片用同一种分法构建');
  const [n] = [...sizes];
  if (n !== undefined && sizes.size === 1) {
    const missing = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter((s) => !seen.has(s));
    if (missing.length) at('（命令行）', `缺少分片 ${missing.join('、')}`, '加上这些分片的构建结果，一个都不能少');
  }
  return problems;
}

/** Every file under `dir`, relative, with `/`. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

const sameBytes = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));

/**
 * Copies the parts into `out` (an empty folder) and returns what stops the merge: a path two parts both wrote (a
 * routing bug), and shared assets that differ (two parts built from different code). Each problem names the path
 * and both folders. Nothing is left half-merged for publishing: the caller publishes `out` only when none.
 */
export function mergeParts(parts: readonly ShardPart[], out: string): { problems: Problem[]; files: number } {
  const problems: Problem[] = [];
  const from = new Map<string, string>();
  const assetSets: { dir: string; assets: Set<string> }[] = [];
  for (const { dir } of parts) {
    const real = realpathSync(dir);
    const assets = new Set<string>();
    for (const file of filesUnder(real)) {
      if (file === SHARD_MARK) continue;
      const src = join(real, file);
      if (file.startsWith(ASSETS)) assets.add(file);
      const first = from.get(file);
      if (first !== undefined) {
        if (file.startsWith(ASSETS)) {
          if (!sameBytes(join(first, file), src))
            problems.push({
              file,
              field: WHOLE_FILE,
              problem: `${first} 和 ${dir} 中的这个文件内容不同：这两个分片不是用同一份程序构建的`,
              fix: '用同一次提交重新构建所有分片（改了 src/ 的提交要重建每个分片）',
            });
        } else {
          problems.push({
            file,
            field: WHOLE_FILE,
            problem: `${first} 和 ${dir} 都生成了这个文件`,
            fix: '每个页面只能属于一个分片：这是分片规则的错误（src/site/shard.ts），请报告网站维护人',
          });
        }
        continue;
      }
      from.set(file, real);
      mkdirSync(dirname(join(out, file)), { recursive: true });
      copyFileSync(src, join(out, file));
    }
    assetSets.push({ dir, assets });
  }
  const [first] = assetSets;
  for (const { dir, assets } of assetSets.slice(1)) {
    const differ = [...assets]
      .filter((a) => !first!.assets.has(a))
      .concat([...first!.assets].filter((a) => !assets.has(a)));
    if (differ.length)
      problems.push({
        file: dir,
        field: ASSETS,
        problem: `和 ${first!.dir} 的 ${ASSETS} 文件不同（如 ${differ[0]}）：这两个分片不是用同一份程序构建的`,
        fix: '用同一次提交重新构建所有分片',
      });
  }
  return { problems, files: from.size };
}
