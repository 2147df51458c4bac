// The rights check (issue 16, part 4) on a real git repository: a small site is committed as the base, a change is
// made on a branch, and `npm run check -- --changes-for <org> --base main` must fail for another organisation's
// report and for the site's settings, naming the file and its owner, and pass for one's own report.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/check/run-check.ts';
import { runCodeowners } from '../../src/lib/check/run-codeowners.ts';
import { GIT_ENV } from '../setup/git-env.ts';
import { NODE, ROOT } from '../setup/project-copy.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
}

const REPORT = readFileSync(join(ROOT, 'tests/fixtures/valid/content/reports/demo/2023-summary.md'), 'utf8');

/** The valid fixture site, a second organisation with a report, maintainers for both and the site, committed on main. */
function siteRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rights-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'tests/fixtures/valid/data'), join(dir, 'data'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/valid/content'), join(dir, 'content'), { recursive: true });
  appendFileSync(join(dir, 'data/orgs/demo.yaml'), 'maintainers:\n  - "@demo-canlian"\n');
  writeFileSync(
    join(dir, 'data/orgs/other.yaml'),
    [
      'id: other',
      'name: 另一市残疾人联合会',
      'shortName: 另一市残联',
      'level: city',
      'region: 另一市',
      'parentRegion: 示例省',
      'source: 测试用的虚构机构，只用于测试，不会发布。',
      'maintainers:',
      '  - "@other-canlian"',
      '  - "@canlian/other-team"',
      '',
    ].join('\n'),
  );
  cpSync(join(dir, 'content/reports/demo'), join(dir, 'content/reports/other'), { recursive: true });
  writeFileSync(
    join(dir, 'content/reports/other/2023-summary.md'),
    REPORT.replace('org: demo', 'org: other').replaceAll('示例市', '另一市'),
  );
  writeFileSync(
    join(dir, 'data/site.yaml'),
    `${readFileSync(join(ROOT, 'data/site.yaml'), 'utf8')}maintainers:\n  - "@canlian/site-team"\n`,
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  git(dir, 'checkout', '-qb', 'change');
  return dir;
}

function check(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(argv, { root: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const edit = (dir: string, file: string) => appendFileSync(join(dir, file), '\n补充一段测试正文。\n');

describe('npm run check -- --changes-for <org> --base <ref>', () => {
  it('the base site passes the content check', () => {
    const dir = siteRepo();
    expect(check(dir).code, check(dir).err.join('\n')).toBe(0);
  });

  it('fails for a change to another organisation’s report, naming the file and its maintainers', () => {
    const dir = siteRepo();
    edit(dir, 'content/reports/other/2023-summary.md');
    git(dir, 'commit', '-qam', 'edit other');
    const r = check(dir, '--changes-for', 'demo', '--base', 'main');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      'content/reports/other/2023-summary.md: （整个文件） — 这个文件属于另一市残联（维护人 @other-canlian、@canlian/other-team），不属于示例市残联 — 把这处改动交给另一市残联的维护人提交，或从本次提交中去掉',
    );
    expect(r.err).toHaveLength(2);
    // The same change is the other organisation's own.
    expect(check(dir, '--changes-for', 'other', '--base', 'main').code).toBe(0);
  });

  it('passes for a change to one’s own report, committed and not yet committed', () => {
    const dir = siteRepo();
    edit(dir, 'content/reports/demo/2023-summary.md');
    git(dir, 'commit', '-qam', 'edit own');
    writeFileSync(join(dir, 'content/reports/demo/2022-summary.md'), REPORT.replaceAll('2023', '2022'));
    const r = check(dir, '--changes-for', 'demo', '--base', 'main');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      '检查通过：已检查 6 个文件，没有发现问题。',
      '权限检查通过：自 main 以来改动的 2 个文件都属于示例市残联。',
    ]);
  });

  it('fails for a change to the site settings, which belong to the site’s maintainers', () => {
    const dir = siteRepo();
    appendFileSync(join(dir, 'data/site.yaml'), '# 注释\n');
    const r = check(dir, '--changes-for', 'demo', '--base', 'main');
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe(
      'data/site.yaml: （整个文件） — 这个文件是网站设置，属于网站维护人（维护人 @canlian/site-team），不属于示例市残联 — 把这处改动交给网站维护人提交，或从本次提交中去掉',
    );
  });

  it('counts an uncommitted change to another organisation’s file, and a new file in its folder', () => {
    const dir = siteRepo();
    writeFileSync(join(dir, 'content/reports/other/2022-summary.md'), REPORT.replace('org: demo', 'org: other'));
    const r = check(dir, '--changes-for', 'demo', '--base', 'main');
    expect(r.code).toBe(1);
    expect(
      r.err.some((l) => l.startsWith('content/reports/other/2022-summary.md: （整个文件） — 这个文件属于另一市残联')),
    ).toBe(true);
  });

  it('says in Chinese when the organisation, the base or its value is wrong', () => {
    const dir = siteRepo();
    expect(check(dir, '--changes-for', 'nobody', '--base', 'main').err[0]).toBe(
      '（命令行）: --changes-for — 没有编号为“nobody”的机构 — 写 data/orgs/ 中的机构编号之一（demo、other）',
    );
    expect(check(dir, '--changes-for', 'demo').err[0]).toBe(
      '（命令行）: --base — 缺少 --base：不知道从哪次提交算起 — 写成 --changes-for demo --base 目标分支，如 --base origin/main',
    );
    expect(check(dir, '--changes-for', 'demo', '--base', 'no-such-branch').err[0]).toMatch(
      /^（命令行）: --base — git 不认识“no-such-branch” — /,
    );
    expect(check(dir, '--changes-for', 'demo', '--base', '--oops').code).toBe(1);
  });

  it('runs as the npm script from the project folder', () => {
    const dir = siteRepo();
    edit(dir, 'content/reports/other/2023-summary.md');
    git(dir, 'commit', '-qam', 'edit other');
    const r = spawnSync(NODE, [join(ROOT, 'scripts/check.ts'), '--changes-for', 'demo', '--base', 'main'], {
      cwd: dir,
      env: GIT_ENV,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('content/reports/other/2023-summary.md: （整个文件） — 这个文件属于另一市残联');
  });
});

describe('npm run check -- --changes-by <account> --base <ref> (CI knows the author, not the organisation)', () => {
  it('passes for the maintainer’s own organisation and fails for another’s, naming the owner', () => {
    const dir = siteRepo();
    edit(dir, 'content/reports/demo/2023-summary.md');
    const own = check(dir, '--changes-by', 'Demo-Canlian', '--base', 'main');
    expect(own.err).toEqual([]);
    expect(own.out[1]).toBe('权限检查通过：自 main 以来改动的 1 个文件都属于 Demo-Canlian 维护的机构（示例市残联）。');
    edit(dir, 'content/reports/other/2023-summary.md');
    const r = check(dir, '--changes-by', '@demo-canlian', '--base', 'main');
    expect(r.code).toBe(1);
    expect(r.err[0]).toContain('content/reports/other/2023-summary.md: （整个文件） — 这个文件属于另一市残联');
  });

  it('lets a site maintainer change every file, and stops an account that maintains nothing', () => {
    const dir = siteRepo();
    appendFileSync(join(dir, 'data/site.yaml'), '# 注释\n');
    edit(dir, 'content/reports/other/2023-summary.md');
    const site = check(dir, '--changes-by', '@canlian/site-team', '--base', 'main');
    expect(site.code).toBe(0);
    expect(site.out[1]).toContain('是网站维护人，可以改动所有文件');
    const nobody = check(dir, '--changes-by', 'stranger', '--base', 'main');
    expect(nobody.code).toBe(1);
    expect(nobody.err[0]).toBe(
      '（命令行）: --changes-by — 账号 @stranger 不是任何机构的维护人，也不是网站维护人 — 请网站维护人在 data/orgs/机构编号.yaml 的 maintainers 中写上 @stranger，或把改动交给维护人提交',
    );
    expect(check(dir, '--changes-by', 'x', '--changes-for', 'demo', '--base', 'main').err[0]).toContain('只能写一个');
    expect(check(dir, '--changes-by', 'x').err[0]).toContain('缺少 --base');
  });
});

describe('npm run codeowners', () => {
  it('writes CODEOWNERS from the maintainers, and --check fails once a file is added', () => {
    const dir = siteRepo();
    const out: string[] = [];
    const io = { root: dir, out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    expect(runCodeowners([], io)).toBe(0);
    const text = readFileSync(join(dir, 'CODEOWNERS'), 'utf8');
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '* @canlian/site-team',
      '/content/reports/demo/ @demo-canlian',
      '/data/orgs/demo.yaml @demo-canlian',
      '/inbox/demo/ @demo-canlian',
      '/content/reports/other/ @other-canlian @canlian/other-team',
      '/data/orgs/other.yaml @other-canlian @canlian/other-team',
      '/inbox/other/ @other-canlian @canlian/other-team',
    ]);
    expect(runCodeowners(['--check'], io)).toBe(0);
    writeFileSync(
      join(dir, 'data/orgs/demo.yaml'),
      readFileSync(join(dir, 'data/orgs/demo.yaml'), 'utf8').replace('@demo-canlian', '@demo-new'),
    );
    out.length = 0;
    expect(runCodeowners(['--check'], io)).toBe(1);
    expect(out[0]).toBe(
      'CODEOWNERS: （整个文件） — CODEOWNERS 与机构文件和网站设置中的维护人或文件不一致（已过时） — 运行 npm run codeowners 重新生成，并把它和这次改动一起提交',
    );
  });
});
