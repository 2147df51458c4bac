import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/shards/assemble.ts';
import { writeShardMark } from '../lib/shards/mark.ts';
import { parseGrouping, parseShard, shardName } from '../lib/shards/spec.ts';

/**
 * A build of one bucket of organisations (`CANLIAN_SHARD=k/N`) writes only their pages and the shared `/_astro/`
 * assets: pages of routes without parameters (the home page, lists, `/api/*.json`, the feed, 404) and the files
 * of `public/` belong to the hub (`CANLIAN_SHARD=hub`), so they are removed from the bucket's output once Astro
 * has written it, and `npm run assemble` finds every other path exactly once. A wrong value stops the build
 * before any work, with the fix.
 */
export function shardOutput(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'canlian:shard-output',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        publicDir = fileURLToPath(config.publicDir);
        if (command !== 'build') return;
        const shard = parseShard(process.env.CANLIAN_SHARD);
        const grouping = parseGrouping(process.env.CANLIAN_SHARD_BY);
        const error = 'error' in shard ? shard.error : 'error' in grouping ? grouping.error : undefined;
        if (error) {
          logger.error(`构建没有开始：${error}。`);
          process.exit(1);
        }
        if ('shard' in shard && shard.shard.kind !== 'all') logger.info(`分片构建：${shardName(shard.shard)}`);
      },
      'astro:build:done': ({ dir, assets }) => {
        const parsed = parseShard(process.env.CANLIAN_SHARD);
        if (!('shard' in parsed) || parsed.shard.kind === 'all') return;
        const out = fileURLToPath(dir);
        const grouping = parseGrouping(process.env.CANLIAN_SHARD_BY);
        // What this output is, for npm run assemble to see that every part is there once (it removes the file).
        writeShardMark(out, { shard: shardName(parsed.shard), by: 'grouping' in grouping ? grouping.grouping : 'org' });
        if (parsed.shard.kind !== 'bucket') return;
        for (const [route, urls] of assets) {
          // `/orgs/[id]`, `/reports/[...id]`: pages of organisations. Everything else is site-wide.
          if (route.includes('[')) continue;
          for (const url of urls) rmSync(fileURLToPath(url), { force: true });
        }
        if (existsSync(publicDir)) for (const file of filesUnder(publicDir)) rmSync(join(out, file), { force: true });
        removeEmptyFolders(out);
      },
    },
  };
}

/** Folders left empty by the removals (a route's folder), so the bucket's output names only what it built. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory() && removeEmptyFolders(p)) rmSync(p, { recursive: true });
    else empty = false;
  }
  return empty;
}
