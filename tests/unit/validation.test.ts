// checkSite on whole sites: the valid fixture and the real site pass, a path filter limits the report. The
// messages for bad organisation and report files are pinned in tests/fixtures/invalid/*/expected.txt
// (bad-input-corpus.test.ts); only the cases not pinned there yet are checked here.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const messages = (fixture: string) => checkSite(`tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('checkSite on fixture sites', () => {
  it('accepts the valid fixture', () => {
    expect(messages('valid')).toEqual([]);
  });

  it.each([
    // Not in an expected.txt yet: the message is waiting for a fix (AWAITING_FIX in bad-input-corpus.test.ts).
    [
      'invalid/org-bad-yaml',
      'data/orgs/demo.yaml:2: （格式） — 字段名后的内容格式不对 — 检查这一行及上一行的冒号和缩进',
    ],
  ])('%s', (fixture, expected) => {
    expect(messages(fixture)).toEqual([expected]);
  });

  it('reports an unknown organisation with the known ids and the fix', () => {
    expect(messages('invalid/report-unknown-org')).toContain(
      'content/reports/demo/2023-summary.md:3: org — 机构“demoo”不存在 — 改为 data/orgs/ 中已有的机构编号（demo），或先在 data/orgs/ 添加该机构',
    );
  });

  it('limits the report to the given paths but still resolves references', () => {
    const only = checkSite('tests/fixtures/invalid/report-unknown-org', ['data/orgs']).problems;
    expect(only).toEqual([]);
  });

  it('checks the real site without problems', () => {
    expect(checkSite('.').problems.map(formatProblem)).toEqual([]);
  });
});
