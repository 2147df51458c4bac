// Symlinks cannot live in the bad-input corpus (git would store them, but the corpus test reads every named file),
// so each case is built here in a temp dir: file and folder links, inside and outside the site, dangling, loops.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { checkSite } from './check-site.ts';
import { listContentFiles } from './list-files.ts';

const ORG =
  'id: demo\nname: 示例市残疾人联合会\nshortName: 示例市残联\nlevel: city\nregion: 示例市\nparentRegion: 示例省\nsource: 测试用的虚构机构。\n';
const FIX = '删除这个链接（git rm 加上它的路径）；要发布的文件请把文件本身复制到这里';
const link = (file: string, target: string, outside = false) =>
  `${file}: （整个文件） — 这是符号链接（快捷方式），指向“${target}”${outside ? '，在仓库之外' : ''}：网站不会跟着链接去读别处的文件 — ${FIX}`;

describe('files that are not plain files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'canlian-links-'));
    mkdirSync(join(root, 'data/orgs'), { recursive: true });
    mkdirSync(join(root, 'content/reports/demo'), { recursive: true });
    writeFileSync(join(root, 'data/orgs/demo.yaml'), ORG);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('rejects every symlink with one message and follows none', () => {
    symlinkSync('/etc/passwd', join(root, 'data/orgs/passwd.yaml'));
    symlinkSync('../../../data/orgs/demo.yaml', join(root, 'content/reports/demo/2023-summary.md'));
    symlinkSync('missing.csv', join(root, 'data/orgs/gone.yaml'));
    symlinkSync('loop.yaml', join(root, 'data/orgs/loop.yaml'));
    symlinkSync('/etc', join(root, 'content/guides'));
    symlinkSync('..', join(root, 'data/orgs/up'));
    const problems = checkSite(root).problems.map(formatProblem);
    expect(problems).toEqual([
      link('content/guides', '/etc', true),
      link('content/reports/demo/2023-summary.md', '../../../data/orgs/demo.yaml'),
      link('data/orgs/gone.yaml', 'missing.csv'),
      link('data/orgs/loop.yaml', 'loop.yaml'),
      link('data/orgs/passwd.yaml', '/etc/passwd', true),
      link('data/orgs/up', '..'),
    ]);
  });

  it('rejects a content folder that is itself a link', () => {
    rmSync(join(root, 'content'), { recursive: true });
    const elsewhere = mkdtempSync(join(tmpdir(), 'canlian-elsewhere-'));
    try {
      mkdirSync(join(elsewhere, 'guides'));
      symlinkSync(elsewhere, join(root, 'content'));
      expect(checkSite(root).problems.map(formatProblem)).toEqual([link('content', elsewhere, true)]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('rejects a named pipe instead of waiting on it', () => {
    const made = spawnSync('mkfifo', [join(root, 'data/orgs/pipe.yaml')]);
    expect(made.status, 'mkfifo is needed for this test').toBe(0);
    expect(listContentFiles(root, ['data', 'content'])).toEqual({
      files: ['data/orgs/demo.yaml'],
      problems: [
        {
          file: 'data/orgs/pipe.yaml',
          field: '（整个文件）',
          problem: '这不是普通文件（是管道、设备或套接字等特殊文件），不能发布',
          fix: '删除它；要发布的内容请存成普通的文字文件',
        },
      ],
    });
  });

  it('still reads the plain files beside them', () => {
    symlinkSync('/etc/hostname', join(root, 'data/site.yaml'));
    const result = checkSite(root);
    expect(result.index.get('org', 'demo')?.data.name).toBe('示例市残疾人联合会');
    expect(result.problems).toHaveLength(1);
  });
});
