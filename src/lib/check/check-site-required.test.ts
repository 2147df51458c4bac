import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite } from './check-site.ts';
import { formatProblem } from '../core/problem.ts';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function project(withPackageJson: boolean): string {
  dir = mkdtempSync(join(tmpdir(), 'canlian-required-'));
  cpSync('tests/fixtures/valid', dir, { recursive: true });
  if (withPackageJson) writeFileSync(join(dir, 'package.json'), '{}\n');
  return dir;
}

describe('files every site must have', () => {
  it('a project without data/site.yaml fails the check (the build would stop on it with no line to fix)', () => {
    expect(checkSite(project(true)).problems.map(formatProblem)).toEqual([
      'data/site.yaml: （整个文件） — 缺少网站设置文件，网站无法生成 — 按模板添加 data/site.yaml（可以从 git 历史中恢复原来的文件）；这个文件不能删除',
    ]);
  });

  it('an empty data/site.yaml is not to be deleted', () => {
    const root = project(true);
    writeFileSync(join(root, 'data/site.yaml'), '\n');
    expect(checkSite(root).problems.map(formatProblem)).toEqual([
      'data/site.yaml: （整个文件） — 文件是空的 — 按网站设置的模板填写内容（网站必须有这个文件，不能删除）',
    ]);
  });

  it('a folder that is not a project (a test site, one folder checked alone) is not held to it', () => {
    expect(checkSite(project(false)).problems).toEqual([]);
  });
});
