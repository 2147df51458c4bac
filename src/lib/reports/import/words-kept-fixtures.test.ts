// Point 4 of issue 15 over every document the repo has: the seeds and every file under tests/fixtures/import/
// whose extension is a document's. A fixture of a format with no reader in readers.ts fails here, so a new
// format's fixtures are checked as soon as they are merged. Files under an `unreadable/` folder are documents a
// reader must refuse with a message (a scanned or encrypted PDF); their own tests check that.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../../../tests/fixtures/import/seeds.ts';
import { renderBody } from './render-markdown.ts';
import { convertDocument } from './convert-document.ts';
import { DOCUMENT_EXTENSIONS, readerFor } from '../../documents/readers.ts';
import { checkWordsKept, wordsKeptProblems } from '../../documents/words-kept.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/import');

function documents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .filter((e) => !e.parentPath.split(/[\\/]/).includes('unreadable'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const files = [...documents(join(SOURCES_DIR, 'seeds')), ...documents(FIXTURES)].map((f) => relative(ROOT, f));

describe('every import fixture keeps its words', () => {
  it('finds the seeds and the text fixtures', () => {
    expect(files.filter((f) => f.startsWith('sources/seeds/'))).toHaveLength(5);
    expect(files.filter((f) => f.startsWith('tests/fixtures/import/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s', async (file) => {
    const read = readerFor(file);
    expect(read, `没有读取 ${extname(file)} 的程序：在 src/lib/documents/readers.ts 登记`).toBeDefined();
    const doc = await read!(readFileSync(join(ROOT, file)), file);
    const c = convertDocument(doc);
    const result = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
    expect(wordsKeptProblems(result, file)).toEqual([]);
    expect(result.sourceChars).toBeGreaterThan(50);
    // The removals account for exactly the characters of what was listed, nothing more.
    expect(result.removedChars).toBeLessThanOrEqual(c.removed.reduce((n, r) => n + [...r.text].length, 0));
  });
});
