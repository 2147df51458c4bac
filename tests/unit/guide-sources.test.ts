import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/guides/schema.ts';
import { parseMarkdownSource } from '../../src/lib/core/frontmatter.ts';
import { readSource } from '../fixtures/import/seeds.ts';

// Every sentence a guide quotes must occur verbatim in the document it names (a seed or a reference file, both
// committed under sources/).
const ROOT = join(import.meta.dirname, '../..');
const GUIDES = join(ROOT, 'content/guides');

/** Whitespace (line wrapping in the reference files) does not count. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const files = existsSync(GUIDES) ? readdirSync(GUIDES).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];

describe('guide sources are verbatim', () => {
  it('finds the committed guides', () => expect(files.length).toBeGreaterThanOrEqual(12));

  it.each(files)('%s', (file) => {
    const src = parseMarkdownSource(readFileSync(join(GUIDES, file), 'utf8'), file);
    const guide = guideSchema.parse(src.data);
    const missing = guide.sources
      .filter((s) => {
        const text = readSource(s.document);
        return text === undefined || !squash(text).includes(squash(s.quote));
      })
      .map((s) => `${s.document}: ${s.quote}`);
    expect(missing).toEqual([]);
  });
});
