import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitHistory, lastUpdated, parseGitLog } from './git-history.ts';

describe('parseGitLog', () => {
  it('maps each file to its commits, newest first', () => {
    const out =
      '\u001eaaa\u001f2024-03-02T10:00:00+08:00\u001f更新数据\n\ncontent/reports/a.md\ncontent/reports/b.md\n' +
      '\u001ebbb\u001f2023-01-05T09:00:00+08:00\u001f首次发布\n\ncontent/reports/a.md\n';
    const h = parseGitLog(out);
    expect(h.get('content/reports/a.md')).toEqual([
      { hash: 'aaa', date: '2024-03-02', subject: '更新数据' },
      { hash: 'bbb', date: '2023-01-05', subject: '首次发布' },
    ]);
    expect(h.get('content/reports/b.md')?.length).toBe(1);
  });
});

describe('gitHistory', () => {
  it('reads a real repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-history-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/x.md'), 'a');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', '发布报告');
    const h = gitHistory(dir, ['content']);
    expect(h.get('content/x.md')?.[0]?.subject).toBe('发布报告');
  });

  it('returns an empty history outside a repository instead of failing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(gitHistory(dir, ['content']).size).toBe(0);
  });
});

describe('lastUpdated', () => {
  it('prefers the newest commit, then the front-matter dates', () => {
    expect(lastUpdated([{ hash: 'a', date: '2024-01-02', subject: '' }], '2020-01-01')).toBe('2024-01-02');
    expect(lastUpdated(undefined, undefined, '2021-12-16')).toBe('2021-12-16');
    expect(lastUpdated([], undefined)).toBeUndefined();
  });
});
