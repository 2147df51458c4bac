import { describe, expect, it } from 'vitest';
import { conflictProblems, findConflicts } from './conflict-markers.ts';

describe('merge conflict markers', () => {
  it('finds each conflict with its marker lines, CRLF or not', () => {
    const text = [
      'a',
      '<<<<<<< HEAD',
      'x: 1',
      '=======',
      'x: 2',
      '>>>>>>> main',
      'b',
      '<<<<<<< HEAD',
      'y',
      '||||||| base',
      'z',
      '=======',
      'w',
      '>>>>>>> 1a2b3c4 (message)',
    ].join('\r\n');
    expect(findConflicts(text)).toEqual([
      { start: 2, middle: 4, end: 6 },
      { start: 8, base: 10, middle: 12, end: 14 },
    ]);
  });

  it('finds a half-resolved conflict (one marker left)', () => {
    expect(findConflicts('a\n<<<<<<< HEAD\nb\n')).toEqual([{ start: 2 }]);
    expect(findConflicts('a\n>>>>>>> theirs\n')).toEqual([{ end: 2 }]);
  });

  it('leaves setext headings, rules and quotes alone', () => {
    const markdown = '标题\n=======\n\n正文\n\n> 引用\n\n<<<<<<<< eight is not a marker\n=========\n';
    expect(findConflicts(markdown)).toEqual([]);
    expect(conflictProblems('a.md', markdown)).toEqual([]);
  });

  it('reports one problem per conflict at its first line', () => {
    const problems = conflictProblems(
      'data/orgs/a.yaml',
      'id: a\n<<<<<<< HEAD\nname: 甲\n=======\nname: 乙\n>>>>>>> b\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/orgs/a.yaml', line: 2, field: '（合并冲突）' });
    expect(problems[0]?.problem).toContain('第 2 行 <<<<<<<、第 4 行 =======、第 6 行 >>>>>>>');
  });
});
