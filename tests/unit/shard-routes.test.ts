// Every route with parameters says which shard its pages belong to (src/site/shard.ts): a route that forgot would
// render its pages in every bucket of a sharded build, and `npm run assemble` would refuse the parts (a path
// written twice). Found so once, when the editor's /admin/ files were added.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function routes(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? routes(p) : /\.(astro|ts)$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('sharded routes', () => {
  it('every route with getStaticPaths asks pageInShard', () => {
    const dynamic = routes('src/pages').filter((f) => readFileSync(f, 'utf8').includes('getStaticPaths'));
    expect(dynamic.length).toBeGreaterThan(15);
    expect(dynamic.filter((f) => !readFileSync(f, 'utf8').includes('pageInShard('))).toEqual([]);
  });
});
