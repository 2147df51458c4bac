// Symlinks with the names the check skips as notes (README.md, .gitkeep, .DS_Store) are still symlinks: git on
// Windows and macOS commits them as links, and the build would follow one into a file outside the repository.
// They cannot live in tests/fixtures/invalid/ (a committed link is checked out differently on Windows), so the
// site is built here in a temp dir from the valid fixture.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';
import { ROOT } from '../setup/project-copy.ts';

const LINK_FIX = '删除这个链接（git rm 加上它的路径）；要发布的文件请把文件本身复制到这里';
const outside = (file: string, target: string) =>
  `${file}: （整个文件） — 这是符号链接（快捷方式），指向“${target}”，在仓库之外：网站不会跟着链接去读别处的文件 — ${LINK_FIX}`;

describe('symlinks named like the notes the check skips', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'canlian-ignored-links-'));
    for (const sub of ['data', 'content'])
      cpSync(join(ROOT, 'tests/fixtures/valid', sub), join(root, sub), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the valid fixture passes before any link is added', () => {
    expect(checkSite(root).problems).toEqual([]);
  });

  it('rejects a README.md, a .DS_Store and a dangling .gitkeep that are links', () => {
    symlinkSync('/etc/passwd', join(root, 'content/reports/demo/README.md'));
    symlinkSync('/etc/hostname', join(root, 'data/.DS_Store'));
    symlinkSync('/nonexistent/keep', join(root, 'data/orgs/.gitkeep'));
    expect(checkSite(root).problems.map(formatProblem)).toEqual([
      outside('content/reports/demo/README.md', '/etc/passwd'),
      outside('data/.DS_Store', '/etc/hostname'),
      outside('data/orgs/.gitkeep', '/nonexistent/keep'),
    ]);
  });
});
