// Files and folders named like Windows devices (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with any extension and
// in any case) cannot be checked out by git for Windows. They cannot live in tests/fixtures/invalid/ for the same
// reason (every Windows checkout of this repository would break), so the site is built here in a temp dir from the
// valid fixture.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';
import { ROOT } from '../setup/project-copy.ts';

const RESERVED =
  'Windows 保留的名字（CON、PRN、AUX、NUL、COM1 至 COM9、LPT1 至 LPT9），在 Windows 电脑上无法取出这个文件';

describe('Windows reserved names', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'canlian-reserved-names-'));
    for (const sub of ['data', 'content'])
      cpSync(join(ROOT, 'tests/fixtures/valid', sub), join(root, sub), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the valid fixture passes before any file is added', () => {
    expect(checkSite(root).problems).toEqual([]);
  });

  it('rejects reserved file names with any extension and in any case, and reserved folder names', () => {
    const org = join(ROOT, 'tests/fixtures/valid/data/orgs/demo.yaml');
    cpSync(org, join(root, 'data/orgs/con.yaml'));
    cpSync(org, join(root, 'data/orgs/Nul.yaml'));
    mkdirSync(join(root, 'data/datasets'), { recursive: true });
    cpSync(org, join(root, 'data/datasets/LPT1.backup.csv'));
    mkdirSync(join(root, 'content/reports/aux'), { recursive: true });
    cpSync(
      join(ROOT, 'tests/fixtures/valid/content/reports/demo/2023-summary.md'),
      join(root, 'content/reports/aux/2023-summary.md'),
    );
    expect(checkSite(root).problems.map(formatProblem)).toEqual([
      `content/reports/aux/2023-summary.md: （文件夹名） — 文件夹名“aux”用了 ${RESERVED} — 换一个文件夹名：机构的文件夹用机构编号，例如 content/reports/lishui/`,
      `data/datasets/LPT1.backup.csv: （文件名） — 文件名“LPT1.backup.csv”用了 ${RESERVED} — 换一个文件名，例如 actuals.csv；这些名字加上扩展名也不能用`,
      `data/orgs/con.yaml: （文件名） — 文件名“con.yaml”用了 ${RESERVED} — 换一个文件名，例如 lishui.yaml；这些名字加上扩展名也不能用`,
      `data/orgs/Nul.yaml: （文件名） — 文件名“Nul.yaml”用了 ${RESERVED} — 换一个文件名，例如 lishui.yaml；这些名字加上扩展名也不能用`,
    ]);
  });

  it('keeps names that only start like a reserved one', () => {
    const org = join(ROOT, 'tests/fixtures/valid/data/orgs/demo.yaml');
    cpSync(org, join(root, 'data/orgs/console.yaml'));
    cpSync(org, join(root, 'data/orgs/com10.yaml'));
    const names = checkSite(root).problems.map((p) => p.problem);
    expect(names.filter((p) => p.includes('保留'))).toEqual([]);
  });
});
