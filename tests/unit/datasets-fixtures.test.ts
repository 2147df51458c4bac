// Dataset fixture sites the check must accept. The messages for bad dataset files (CSV + metadata) are pinned in
// tests/fixtures/invalid/dataset-*/expected.txt and checked by bad-input-corpus.test.ts.
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const messages = (fixture: string) => checkSite(`tests/fixtures/${fixture}`).problems.map(formatProblem);

describe('dataset fixture sites', () => {
  it.each(['valid/dataset-gb18030', 'valid/dataset-bom'])('accepts %s', (fixture) => {
    expect(messages(fixture)).toEqual([]);
  });
});
