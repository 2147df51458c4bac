import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildId, cleanUp, publish, publishedFolder, siteFolder, WORK_DIR } from './publish.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'canlian-publish-'));
  mkdirSync(join(root, WORK_DIR));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A finished build's folder with one page saying `text`. */
function site(id: string, text: string): string {
  const folder = siteFolder(id);
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, 'index.html'), text);
  return folder;
}

const page = () => readFileSync(join(root, 'dist/index.html'), 'utf8');

describe('publish', () => {
  it('makes dist a relative link to the new build, replacing the previous link', () => {
    const a = buildId(111, 1);
    publish(root, site(a, 'first'), a);
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'dist'))).toBe(`${WORK_DIR}/site-${a}`);
    expect(page()).toBe('first');
    const b = buildId(222, 2);
    publish(root, site(b, 'second'), b);
    expect(page()).toBe('second');
    expect(publishedFolder(root)).toBe(`${WORK_DIR}/site-${b}`);
    // No staging link is left behind.
    expect(existsSync(join(root, WORK_DIR, `link-${b}`))).toBe(false);
  });

  it('moves a real dist/ folder aside the first time', () => {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/index.html'), 'by hand');
    const a = buildId(333, 3);
    publish(root, site(a, 'built'), a);
    expect(page()).toBe('built');
    expect(readFileSync(join(root, WORK_DIR, `site-before-${a}`, 'index.html'), 'utf8')).toBe('by hand');
  });
});

describe('cleanUp', () => {
  it('removes what dead builds left, keeps the published site and running builds', () => {
    const published = buildId(444, 4);
    publish(root, site(published, 'online'), published);
    // A build killed half-way (its process is gone), an old-style leftover, and a build still running (us).
    site(buildId(2 ** 22 + 12345, 5), 'half');
    mkdirSync(join(root, WORK_DIR, 'dist-999999'));
    const running = site(buildId(process.ppid, 6), 'running');
    const removed = cleanUp(root);
    expect(removed.sort()).toEqual([`dist-999999`, `site-${buildId(2 ** 22 + 12345, 5)}`].sort());
    expect(page()).toBe('online');
    expect(existsSync(join(root, running))).toBe(true);
  });
});
