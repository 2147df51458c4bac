// Two builds of the same sources are byte-identical: the repository (for its git history) with the working
// tree laid over it, in two different folders on two kinds of filesystem (the normal disk and a tmpfs, which lists
// a folder's files in another order), built with different time zones and locales: every file in dist/ has the
// same bytes. Dates come from git and front matter, never
// from the build clock (a clock date differs between UTC+14 and UTC−10 at any hour). docs/publishing.md
// (section 6) lists what may vary: nothing, today.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, cloneWithWorkingTree, NODE } from '../setup/project-copy.ts';
import { hashes } from '../setup/tree-hashes.ts';

/** Files allowed to differ between two builds of the same sources (docs/publishing.md, section 6). */
const MAY_VARY: RegExp[] = [];

/** Linux's magic number for tmpfs (statfs(2)). */
const TMPFS_MAGIC = 0x01021994;
/** A tmpfs to build the second copy on: /dev/shm, which every Linux machine of ours mounts as tmpfs. */
const SHM = '/dev/shm';
const onTmpfs = (dir: string) => existsSync(dir) && statfsSync(dir).type === TMPFS_MAGIC;

describe('reproducible build', () => {
  let tmp: string;
  let shm: string;
  const builds: { dir: string; status: number | null; output: string }[] = [];
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'canlian-repro-'));
    shm = mkdtempSync(join(SHM, 'canlian-repro-'));
    const envs = [
      { TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      { TZ: 'Pacific/Honolulu', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
    ];
    // Both at once: separate folders with separate caches.
    builds.push(
      ...(await Promise.all(
        envs.map((env, i) => {
          const dir = join(i === 0 ? tmp : shm, `build-${i}`);
          cloneWithWorkingTree(dir);
          return new Promise<(typeof builds)[number]>((done) => {
            const child = spawn(NODE, ['scripts/build.mjs'], { cwd: dir, env: buildEnv(env) });
            let output = '';
            child.stdout.on('data', (d) => (output += d));
            child.stderr.on('data', (d) => (output += d));
            child.on('close', (status) => done({ dir, status, output }));
          });
        }),
      )),
    );
  }, 600_000);
  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(shm, { recursive: true, force: true });
  }, 120_000);

  it('builds on two kinds of filesystem', () => {
    expect(onTmpfs(shm), `${SHM} is not a tmpfs on this machine`).toBe(true);
    expect(onTmpfs(tmp), `${tmpdir()} is a tmpfs too: both builds would be on the same kind`).toBe(false);
  });

  it('builds twice', () => {
    for (const b of builds) expect(b.status, b.output).toBe(0);
  });

  it('writes byte-identical files', () => {
    const [a, b] = builds.map((x) => hashes(join(x.dir, 'dist')));
    const differing = [...new Set([...a!.keys(), ...b!.keys()])]
      .filter((f) => a!.get(f) !== b!.get(f))
      .filter((f) => !MAY_VARY.some((re) => re.test(f)));
    expect(a!.size).toBeGreaterThan(10);
    expect(differing).toEqual([]);
  });

  it('does not write the folder it was built in into any file', () => {
    const dir = builds[0]!.dir;
    const leaking = [...hashes(join(dir, 'dist')).keys()].filter((f) =>
      readFileSync(join(dir, 'dist', f)).includes(dir),
    );
    expect(leaking).toEqual([]);
  });
});
