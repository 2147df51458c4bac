import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite } from '../check/check-site.ts';
import { formatProblem } from '../core/problem.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The valid mini site with its organisation file replaced by `text`, and a report, a plan and a dataset naming it. */
function siteWithBrokenOrg(text: string): string[] {
  dir = mkdtempSync(join(tmpdir(), 'canlian-broken-org-'));
  cpSync('tests/fixtures/invalid/report-missing-source', dir, { recursive: true });
  rmSync(join(dir, 'expected.txt'));
  writeFileSync(join(dir, 'data/orgs/demo.yaml'), text);
  return checkSite(dir).problems.map(formatProblem);
}

describe('an organisation file with a slip', () => {
  it.each([
    [
      'an empty name',
      'id: demo\nname: ""\nshortName: 示例\nlevel: city\nregion: 示例市\nparentRegion: 示例省\nsource: 测试\n',
    ],
    ['binary bytes', '\u0000\u0001\u0002PNG'],
    ['a YAML slip', 'id: demo\nname: 示例市残联\n  shortName: 示例\n'],
  ])('with %s is reported once, in its own file, not as missing from the files that name it', (_what, text) => {
    const messages = siteWithBrokenOrg(text);
    expect(messages.some((m) => m.startsWith('data/orgs/demo.yaml'))).toBe(true);
    expect(messages.filter((m) => m.includes('机构“demo”不存在'))).toEqual([]);
  });

  it('while a name with no file at all is still reported, saying when there are no organisations yet', () => {
    dir = mkdtempSync(join(tmpdir(), 'canlian-broken-org-'));
    cpSync('tests/fixtures/invalid/report-unknown-org', dir, { recursive: true });
    rmSync(join(dir, 'data/orgs/demo.yaml'));
    const messages = checkSite(dir).problems.map(formatProblem);
    expect(messages).toContainEqual(
      expect.stringContaining('机构“demoo”不存在 — 改为 data/orgs/ 中已有的机构编号（data/orgs/ 中还没有任何机构）'),
    );
  });
});
