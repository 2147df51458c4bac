// The build runs the same check as `npm run check`, stops with the same message, and leaves the previous
// output in place. Runs a real build in a copy of the project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, copyWorkingTree } from '../setup/project-copy.ts';

const root = resolve('.');
let dir: string;

function build() {
  return spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/build.mjs'], {
    cwd: dir,
    encoding: 'utf8',
    // Without vitest's markers: the content check stands aside when it sees VITEST.
    env: buildEnv(),
  });
}

describe('a broken file stops the build', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'canlian-build-'));
    // Its own Astro cache: a shared node_modules/.astro lets one build read another's content.
    copyWorkingTree(dir);
    // A previously published site that must survive a failed build.
    cpSync('tests/fixtures/previous-dist', join(dir, 'dist'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails with file, line, field and fix, and keeps the previous dist/', () => {
    const org = join(dir, 'data/orgs/lishui.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('level: city', 'level: 地级市'));
    const r = build();
    expect(r.status).not.toBe(0);
    expect(r.stderr + r.stdout).toContain(
      'data/orgs/lishui.yaml:4: level — 层级写法不对 — 只能填写 province（省级）、city（地市级）、county（县（市）级）、district（区级） 之一',
    );
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toContain('previous good build');
  }, 120_000);
});
