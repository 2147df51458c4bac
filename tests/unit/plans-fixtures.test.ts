// Pins the exact messages an official sees for bad plan, indicator and actuals files: every fixture site under
// tests/fixtures/invalid/ whose name starts with plan-, indicator- or actuals- holds an expected.txt with the
// formatted problems (file:line: field — problem — fix), one per line, in the order `npm run check` prints them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';

const root = 'tests/fixtures/invalid';
const cases = readdirSync(root)
  .filter((d) => /^(plan|indicator|actuals)-/.test(d) && existsSync(`${root}/${d}/expected.txt`))
  .sort();

describe('plan fixture sites', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('%s', (name) => {
    const expected = readFileSync(`${root}/${name}/expected.txt`, 'utf8').trim().split('\n');
    expect(checkSite(`${root}/${name}`).problems.map(formatProblem)).toEqual(expected);
  });
});
