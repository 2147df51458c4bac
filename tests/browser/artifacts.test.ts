// No conversion artifact of the source documents reaches the built site (Word bookmarks, scraping markers,
// web-page chrome), anonymised names stay anonymised, and every feed and JSON file parses with a real parser.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
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
  it('every page that shows the anonymised name says it is anonymised in the source', () => {
    // Issue 17: a reader who meets “XX区” must be told the source anonymised it, not left to think it a bug.
    const silent = files.filter((f) => {
      const text = new JSDOM(readFileSync(f, 'utf8')).window.document.body.textContent ?? '';
      return text.includes('XX区') && !text.includes('原文匿名');
    });
    assert.deepEqual(
      silent.map((f) => f.slice(DIST.length)),
      [],
    );
  });
});

/** Every built file whose name ends with `ext`, outside the search index. */
function builtFiles(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : builtFiles(p, ext);
    return name.endsWith(ext) ? [p] : [];
  });
}

describe('built feeds and data files are well-formed', () => {
  // A control character in a title (ESC, NUL) makes feed.xml ill-formed for every subscriber; the content check
  // rejects them, and this proves what was built: jsdom's XML parser (saxes) is strict and reports any
  // character XML 1.0 forbids as a parsererror document.
  const { DOMParser } = new JSDOM().window;
  const xml = builtFiles(DIST, '.xml');
  const json = builtFiles(DIST, '.json');
  it('finds the feed and the JSON files', () => {
    assert.ok(
      xml.some((f) => f.endsWith(join('reports', 'feed.xml'))),
      'reports/feed.xml was built',
    );
    assert.ok(json.length > 5, 'the JSON exports were built');
  });
  it('every XML file parses as XML', () => {
    const bad = xml.filter((f) => {
      const doc = new DOMParser().parseFromString(readFileSync(f, 'utf8'), 'application/xml');
      return doc.getElementsByTagName('parsererror').length > 0;
    });
    assert.deepEqual(
      bad.map((f) => f.slice(DIST.length)),
      [],
    );
  });
  it('every JSON file parses as JSON', () => {
    const bad = json.filter((f) => {
      try {
        JSON.parse(readFileSync(f, 'utf8'));
        return false;
      } catch {
        return true;
      }
    });
    assert.deepEqual(
      bad.map((f) => f.slice(DIST.length)),
      [],
    );
  });
});
