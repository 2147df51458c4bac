// `npm run affected` (issue 20, part 2) on a real git repository: a small tree of organisations is committed as
// the base, files are changed, and the shards printed must be exactly those the change needs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAffected } from '../../src/lib/check/run-affected.ts';
import { bucketOf } from '../../src/lib/shards/spec.ts';
import { GIT_ENV } from '../setup/git-env.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  delete process.env.CANLIAN_SHARD_BY;
});

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
const put = (dir: string, file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

/** A province, a city under it and a county under the city, another city, each with a report; committed on main. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'affected-'));
  dirs.push(dir);
  put(dir, 'data/site.yaml', 'title: 测试\n');
  put(dir, 'data/orgs/prov.yaml', 'id: prov\nlevel: province\n');
  put(dir, 'data/orgs/city.yaml', 'id: city\nlevel: city\nparent: prov\n');
  put(dir, 'data/orgs/county.yaml', 'id: county\nlevel: county\nparent: city\n');
  put(dir, 'data/orgs/other.yaml', 'id: other\nlevel: city\n');
  for (const org of ['prov', 'city', 'county', 'other'])
    put(dir, `content/reports/${org}/2023-summary.md`, `---\norg: ${org}\n---\n`);
  put(dir, 'docs/notes.md', '说明\n');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  return dir;
}

function affected(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAffected(argv, { root: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}
const b = (org: string, n = 4) => `${bucketOf(org, n)}/${n}`;
const set = (xs: string[]) => new Set(xs);

describe('npm run affected', () => {
  it('a county’s new report needs its bucket and the hub, and says why', () => {
    const dir = repo();
    put(dir, 'content/reports/county/2024-annual.md', '---\norg: county\n---\n');
    const r = affected(dir, '--base', 'main', '--shards', '4');
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['hub', b('county')]);
    expect(r.err).toContain('content/reports/county/2024-annual.md: county：分片');
    expect(affected(dir, '--base', 'main', '--shards', '4', '--json').out).toEqual([
      JSON.stringify(['hub', b('county')]),
    ]);
    expect(affected(dir, '--base', 'main', '--shards', '4', '--shard', 'hub').out).toEqual(['true']);
    const other = [1, 2, 3, 4].map((k) => `${k}/4`).find((s) => s !== b('county'))!;
    expect(affected(dir, '--base', 'main', '--shards', '4', '--shard', other).out).toEqual(['false']);
  });

  it('an organisation’s own file needs the buckets of everything above and below it', () => {
    const dir = repo();
    appendFileSync(join(dir, 'data/orgs/city.yaml'), 'name: 改名\n');
    git(dir, 'commit', '--quiet', '-am', 'rename');
    expect(set(affected(dir, '--base', 'main~1', '--shards', '8').out)).toEqual(
      set(['hub', b('city', 8), b('prov', 8), b('county', 8)]),
    );
  });

  it('moving an organisation to a new parent rebuilds the old parent’s bucket too', () => {
    const dir = repo();
    put(dir, 'data/orgs/county.yaml', 'id: county\nlevel: county\nparent: other\n');
    expect(set(affected(dir, '--base', 'main', '--shards', '8').out)).toEqual(
      set(['hub', b('county', 8), b('other', 8), b('city', 8), b('prov', 8)]),
    );
  });

  it('shared settings need every shard; docs need none', () => {
    const dir = repo();
    put(dir, 'docs/notes.md', '新说明\n');
    expect(affected(dir, '--base', 'main', '--shards', '3')).toMatchObject({ code: 0, out: [] });
    put(dir, 'data/site.yaml', 'title: 新\n');
    expect(affected(dir, '--base', 'main', '--shards', '3').out).toEqual(['hub', '1/3', '2/3', '3/3']);
  });

  it('deals by province as the build does with CANLIAN_SHARD_BY=province', () => {
    const dir = repo();
    put(dir, 'content/reports/county/2024-annual.md', '---\norg: county\n---\n');
    process.env.CANLIAN_SHARD_BY = 'province';
    expect(affected(dir, '--base', 'main', '--shards', '8').out).toEqual(['hub', b('prov', 8)]);
  });

  it('says what is missing or wrong on the command line', () => {
    const dir = repo();
    expect(affected(dir, '--base', 'main')).toMatchObject({ code: 1 });
    expect(affected(dir, '--base', 'main').err).toContain('（命令行）: --shards — 缺少 --shards');
    expect(affected(dir, '--base', 'nope', '--shards', '2').err).toContain('git 不认识“nope”');
    expect(affected(dir, '--base', 'main', '--shards', '2', '--shard', '3/4').err).toContain(
      '不是这次分法中的一个分片',
    );
  });
});
