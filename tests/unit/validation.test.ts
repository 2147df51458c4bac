// checkSite on whole sites: the valid fixture and the real site pass, a path filter limits the report. The
// messages for bad organisation and report files are pinned in tests/fixtures/invalid/*/expected.txt
// (bad-input-corpus.test.ts), not here.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const messages = (fixture: string) => checkSite(`tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('checkSite on fixture sites', () => {
  it('accepts the valid fixture', () => {
    expect(messages('valid')).toEqual([]);
  });

  it('limits the report to the given paths but still resolves references', () => {
    const only = checkSite('tests/fixtures/invalid/report-unknown-org', ['data/orgs']).problems;
    expect(only).toEqual([]);
  });

  it('checks the real site without problems', () => {
    expect(checkSite('.').problems.map(formatProblem)).toEqual([]);
  });
});
