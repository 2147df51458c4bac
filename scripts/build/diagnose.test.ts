import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedStepMessage, fileOfError, isDiskFull, loggedErrorMessage } from './diagnose.ts';

describe('fileOfError', () => {
  it('finds the project file of a collection entry Astro could not render', () => {
    const root = mkdtempSync(join(tmpdir(), 'canlian-diagnose-'));
    try {
      mkdirSync(join(root, 'content/guides'), { recursive: true });
      writeFileSync(join(root, 'content/guides/disability-card.md'), '');
      const line =
        '05:50:20 [ERROR] [glob-loader] Error rendering disability-card.md: Maximum call stack size exceeded';
      expect(fileOfError(line, root)).toBe('content/guides/disability-card.md');
      expect(loggedErrorMessage([line], root)).toContain('content/guides/disability-card.md：Error rendering');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps a path that already names its folder, and says nothing when there is no file', () => {
    expect(fileOfError('[ERROR] [content] Error loading data/orgs/lishui.yaml: bad')).toBe('data/orgs/lishui.yaml');
    expect(fileOfError('[ERROR] [vite] something broke')).toBeUndefined();
  });
});

describe('failure messages', () => {
  it('recognises a full disk as Node, the OS and pagefind (Rust) report it', () => {
    expect(isDiskFull('Error: ENOSPC: no space left on device, write')).toBe(true);
    expect(
      isDiskFull(
        "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }'",
      ),
    ).toBe(true);
    expect(isDiskFull('Failed to write file (os error 28)')).toBe(true);
    expect(isDiskFull('Maximum call stack size exceeded')).toBe(false);
  });

  it('says in Chinese what to do', () => {
    const full = failedStepMessage(
      '网站生成（astro build）',
      { status: 1, signal: null, output: 'ENOSPC', errors: [] },
      tmpdir(),
    );
    expect(full).toMatch(/^构建失败：磁盘空间不足/);
    expect(full).toContain('腾出空间');
    expect(
      failedStepMessage('搜索索引', { status: null, signal: 'SIGKILL', output: '', errors: [] }, tmpdir()),
    ).toContain('内存不足');
    expect(failedStepMessage('搜索索引', { status: 3, signal: null, output: '', errors: [] }, tmpdir())).toContain(
      '退出码 3',
    );
  });

  it('counts and names at most ten failed pages', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `[ERROR] [glob-loader] Error rendering r${i}.md: x`);
    const text = loggedErrorMessage(lines, tmpdir());
    expect(text).toContain('报告了 12 个错误');
    expect(text).toContain('另有 2 条');
  });
});
