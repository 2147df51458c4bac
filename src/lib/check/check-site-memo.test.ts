import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from './check-site.ts';

// The build and the page loaders check the same site in one process; the second check reuses the first.
const dir = mkdtempSync(join(tmpdir(), 'check-memo-'));
cpSync('tests/fixtures/valid', dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkSite memo', () => {
  it('reuses the result while no file changed, also with a trailing slash on the root', () => {
    const a = checkSite(dir);
    const b = checkSite(`${dir}/`, ['data/orgs']);
    expect(b.index).toBe(a.index);
  });

  it('keeps no parsed file in the index, yet still finds a field’s line (it re-reads the file when asked)', () => {
    const org = checkSite(dir).index.get('org', 'demo');
    expect(org?.lineOf(['level'])).toBe(4);
    expect(org?.lineOf(['parentRegion'])).toBe(6);
  });

  it('checks again when a file changes', () => {
    const a = checkSite(dir);
    writeFileSync(join(dir, 'data/orgs/demo.yaml'), 'id: demo\n');
    const b = checkSite(dir);
    expect(b.index).not.toBe(a.index);
    expect(b.problems.some((p) => p.file === 'data/orgs/demo.yaml')).toBe(true);
  });
});
