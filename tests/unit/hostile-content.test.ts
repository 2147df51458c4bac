// Hostile raw HTML in a report and a guide (tests/fixtures/hostile/) is built into a copy of the project; the
// pages must come out clean. Every payload carries the marker “pwned” in a place that runs code, loads another
// origin or restyles the page, so the marker must not survive anywhere.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { buildEnv, copyWorkingTree, NODE, ROOT } from '../setup/project-copy.ts';

const PAGES = {
  report: 'reports/hostile-test/2023-summary/index.html',
  guide: 'guides/hostile-test-guide/index.html',
};

describe('hostile content in reports and guides', () => {
  let dir: string;
  let status: number | null;
  let output: string;
  const html: Record<string, string> = {};
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'canlian-hostile-'));
    copyWorkingTree(dir);
    for (const sub of ['data', 'content'])
      cpSync(join(ROOT, 'tests/fixtures/hostile', sub), join(dir, sub), { recursive: true });
    // The content check rejects these pages (their links and images, see the test below); in the copy it is
    // switched off, so that the build shows the sanitiser, the second line, cleaning what a check might miss.
    const integration = join(dir, 'src/integrations/content-check.ts');
    const check = readFileSync(integration, 'utf8');
    const off = check.replace("if (command !== 'build' && command !== 'dev') return;", 'return;');
    if (off === check) throw new Error('the content check could not be switched off in the copy');
    writeFileSync(integration, off);
    const r = spawnSync(NODE, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env: buildEnv() });
    status = r.status;
    output = r.stdout + r.stderr;
    if (status === 0) for (const [k, p] of Object.entries(PAGES)) html[k] = readFileSync(join(dir, 'dist', p), 'utf8');
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }), 60_000);

  it('is rejected by the content check, the first line, at the lines of its links and images', () => {
    const lines = checkSite(join(ROOT, 'tests/fixtures/hostile'))
      .problems.filter((p) => /(网址不能发布|地址不在本站)/.test(p.problem))
      .map((p) => `${p.file}:${p.line}`);
    expect(lines).toContain('content/reports/hostile-test/2023-summary.md:31');
    expect(lines).toContain('content/guides/hostile-test-guide.md:52');
  });

  it('builds', () => {
    expect(status, output).toBe(0);
  });

  describe.each(Object.keys(PAGES))('the %s page', (kind) => {
    const page = () => html[kind] ?? '';

    it('keeps none of the payloads', () => {
      expect(page()).toContain('带事件的段落');
      expect(page()).not.toContain('pwned');
    });

    it('has no inline script, event handler, inline style or dangerous address', () => {
      for (const tag of page().match(/<script\b[^>]*>/g) ?? []) {
        // Only the site's own files (settings boot, bundled modules) or JSON data blocks.
        expect(tag).toMatch(/\ssrc="\/[^/]|type="application\/json"/);
      }
      expect(page()).not.toMatch(/<script\b(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>\s*\S/);
      expect(page()).not.toMatch(/\son[a-z]+\s*=/i);
      expect(page()).not.toMatch(/\sstyle\s*=/i);
      expect(page()).not.toMatch(/javascript:|vbscript:|data:text/i);
      expect(page()).not.toMatch(/<(iframe|object|embed|form action="https|base|meta http-equiv="refresh)/i);
      expect(page()).not.toContain('x.invalid');
    });

    it('cannot take over the main landmark’s id, and headings keep their anchors', () => {
      expect(page().match(/\sid="main"/g)).toHaveLength(1);
      expect(page()).toContain('id="user-content-main"');
      expect(page()).toContain('<h2 id="一总体情况"');
      expect(page()).toContain('href="#一总体情况"');
    });
  });
});
