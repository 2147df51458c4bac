import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

// Vitest reads the content store from `.astro/`, which only `astro dev` writes; `astro sync` writes it to the cache
// folder, so it is copied where vitest looks (withastro/astro#12836). With `collectionStorage: 'chunked'` the store
// is a folder of chunks, `data-store/`; the single-file form is copied too in case the flag is ever turned off.
export default function setup(): void {
  if (process.env.SKIP_ASTRO_SYNC) return;
  execFileSync('npx', ['astro', 'sync'], { stdio: 'ignore' });
  for (const name of ['data-store', 'data-store.json']) {
    const from = `node_modules/.astro/${name}`;
    if (!existsSync(from)) continue;
    rmSync(`.astro/${name}`, { recursive: true, force: true });
    cpSync(from, `.astro/${name}`, { recursive: true });
  }
}
