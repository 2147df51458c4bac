import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/schemas/guide.ts';
import { parseMarkdownSource } from '../../src/lib/validation/frontmatter.ts';

// Every sentence a guide quotes must occur verbatim in the document it names: the seed documents and the
// reference files live outside the project (../shared), so this test only runs where they are present.
const ROOT = join(import.meta.dirname, '../..');
const SHARED = join(ROOT, '../shared');
const GUIDES = join(ROOT, 'content/guides');

/** Whitespace (line wrapping in the reference files) does not count. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function documentText(document: string): string | undefined {
  if (/^\d{3}$/.test(document)) {
    const dir = join(SHARED, 'seeds');
    const name = readdirSync(dir).find((f) => f.startsWith(`${document}_`));
    return name ? readFileSync(join(dir, name), 'utf8') : undefined;
  }
  const path = join(SHARED, document);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const files = existsSync(GUIDES) ? readdirSync(GUIDES).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];

describe.skipIf(!existsSync(join(SHARED, 'seeds')))('guide sources are verbatim', () => {
  it.each(files)('%s', (file) => {
    const src = parseMarkdownSource(readFileSync(join(GUIDES, file), 'utf8'), file);
    const guide = guideSchema.parse(src.data);
    const missing = guide.sources
      .filter((s) => {
        const text = documentText(s.document);
        return text === undefined || !squash(text).includes(squash(s.quote));
      })
      .map((s) => `${s.document}: ${s.quote}`);
    expect(missing).toEqual([]);
  });
});
