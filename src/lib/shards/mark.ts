import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShardGrouping } from './spec.ts';

/** The file a shard's build leaves in its output root, naming the part it is; `npm run assemble` removes it. */
export const SHARD_MARK = '.canlian-shard.json';

/** What a shard's output says it is. */
export interface ShardMark {
  /** `hub` or `k/N`. */
  shard: string;
  by: ShardGrouping;
}

/** Writes the mark into a shard's output folder. */
export function writeShardMark(dir: string, mark: ShardMark): void {
  writeFileSync(join(dir, SHARD_MARK), `${JSON.stringify(mark)}\n`);
}

/** The mark of a folder, or undefined when it has none (not a shard's output) or it cannot be read. */
export function readShardMark(dir: string): ShardMark | undefined {
  try {
    const v = JSON.parse(readFileSync(join(dir, SHARD_MARK), 'utf8')) as Partial<ShardMark>;
    if (typeof v.shard !== 'string' || (v.by !== 'org' && v.by !== 'province')) return undefined;
    return { shard: v.shard, by: v.by };
  } catch {
    return undefined;
  }
}
