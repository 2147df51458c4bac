import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

// Vitest reads `.astro/data-store.json`, which only `astro dev` writes; `astro sync` writes the store to the
// cache folder, so it is copied where vitest looks (withastro/astro#12836).
export default function setup(): void {
  if (process.env.SKIP_ASTRO_SYNC) return;
  execFileSync('npx', ['astro', 'sync'], { stdio: 'ignore' });
  const store = 'node_modules/.astro/data-store.json';
  if (existsSync(store)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(store, '.astro/data-store.json');
  }
}
