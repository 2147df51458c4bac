// No conversion artifact of the source documents reaches the built site (Word bookmarks, scraping markers,
// web-page chrome), and anonymised names stay anonymised.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST } from './harness.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(p);
    return name.endsWith('.html') ? [p] : [];
  });
}

const ARTIFACTS = [/\[bookmark:/i, /_Toc\d+/, /##paid(begin|end)##/i, /欢迎您访问/, /浏览次数/, /今天是\d{4}年/];

describe('built site has no conversion artifacts', () => {
  const files = htmlFiles(DIST);
  it('finds the built pages', () => assert.ok(files.length > 10));
  it('no page contains a bookmark, scraping marker or web-page chrome', () => {
    const hits: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const re of ARTIFACTS) if (re.test(text)) hits.push(`${f.slice(DIST.length)}: ${re}`);
    }
    assert.deepEqual(hits, []);
  });
  it('the anonymised district keeps its XX name', () => {
    const page = readFileSync(join(DIST, 'reports/xx-district/2023-summary-and-plan/index.html'), 'utf8');
    assert.ok(page.includes('XX区残联2023年工作总结'));
    assert.ok(page.includes('X万元'), 'anonymised amounts stay as written');
  });
});
