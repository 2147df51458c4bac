import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/guides/schema.ts';
import { parseMarkdownSource } from '../../src/lib/core/frontmatter.ts';
import { formatDate } from '../../src/lib/core/format.ts';
import { readSource } from '../fixtures/import/seeds.ts';

// Every sentence a guide quotes must occur verbatim in the seed it names, and every point and issue date of a
// basis document must occur in the research notes (sources/reference/service-guides.md) that name that document.
// The notes are never quoted on a page; this keeps the points the page shows honest to what the notes record.
const ROOT = join(import.meta.dirname, '../..');
const GUIDES = join(ROOT, 'content/guides');
const NOTES = readSource('reference/service-guides.md') ?? '';

/** Whitespace does not count: the notes wrap lines in the middle of Chinese sentences. */
const squash = (s: string) => s.replace(/\s+/g, '');

const files = existsSync(GUIDES) ? readdirSync(GUIDES).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];

const parse = (file: string) =>
  guideSchema.parse(parseMarkdownSource(readFileSync(join(GUIDES, file), 'utf8'), file).data);

describe('guide sources are verbatim', () => {
  it('finds the committed guides and the notes', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(NOTES).toContain('设定依据');
  });

  it.each(files)('%s quotes its seeds word for word', (file) => {
    const missing = parse(file)
      .sources.filter((s) => {
        const text = readSource(s.document);
        return text === undefined || !squash(text).includes(squash(s.quote));
      })
      .map((s) => `${s.document}: ${s.quote}`);
    expect(missing).toEqual([]);
  });

  it.each(files)('%s takes its basis points and dates from the notes', (file) => {
    const notes = squash(NOTES);
    const missing = parse(file).basis.flatMap((b) => [
      ...(b.points ?? []).filter((p) => !notes.includes(squash(p))),
      ...(b.date && !notes.includes(squash(formatDate(b.date))) ? [b.date] : []),
      ...(b.number && !notes.includes(squash(b.number)) && (b.points ?? []).length > 0 ? [b.number] : []),
    ]);
    expect(missing).toEqual([]);
  });
});
