import { describe, expect, it } from 'vitest';
import { wordAltChunkDocx } from '../../../tests/fixtures/import/word/word-altchunk.ts';
import { DocumentError } from './document-error.ts';
import { readDocx } from './docx.ts';

describe('readDocx: a body with imported content (w:altChunk)', () => {
  it('is refused with how to fix it, not read without the merged part', async () => {
    const e = await readDocx(await wordAltChunkDocx(), 'export.docx').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).problem).toContain('altChunk');
    expect((e as DocumentError).fix).toContain('另存为 .docx');
    expect((e as DocumentError).file).toBe('export.docx');
  });
});
