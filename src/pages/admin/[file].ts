import { pageInShard } from '../../site/shard.ts';
// The editor itself, served from the site's own origin: Decap CMS's prebuilt bundle and the chunks it loads on
// demand, copied from node_modules/decap-cms/dist (installed from npm, never from a CDN). Source maps are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(process.cwd(), 'node_modules', 'decap-cms', 'dist');

/** The bundle `decap-cms.js`, its chunks `<n>.decap-cms.js` and the WebAssembly they load. */
export function getStaticPaths() {
  // The editor belongs to the hub of a sharded build (docs/scaling.md §2).
  if (!pageInShard(undefined)) return [];
  return readdirSync(DIST)
    .filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'))
    .map((file) => ({ params: { file } }));
}

export function GET({ params }: { params: { file: string } }): Response {
  return new Response(readFileSync(join(DIST, params.file)));
}
