// The committed source documents are evidence: a changed byte would let a quote "match" an edited text. Their
// hashes are pinned as received (see sources/README.md).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEEDS, SOURCES_DIR, seedPath } from '../fixtures/import/seeds.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('sources/', () => {
  it('holds the five seeds and the reference file unchanged', () => {
    expect(
      Object.fromEntries(Object.keys(SEEDS).map((id) => [id, sha256(seedPath(id as keyof typeof SEEDS))])),
    ).toEqual({
      '000': '05657b43301af00b3572a02ef5d34d95f3059dd8aa6b137036333462e4b0443b',
      '001': 'c0f2b95dada4a4547ddc37232dbb6dc02545fbc1b9419aaab82e57660008cde4',
      '002': '18c257850b54f56b6eca41cbc1b2219644e2fa681f10b1cd3ff3f5b702b3c913',
      '003': '2ac4776352c46d4c437011f167a070dfd1ada6095426bf1c31901e7e76fd720a',
      '004': '2e9400431cb3efb02d25c5eb01928c6264cacf1fcb0f647b6b09569dbcd9d982',
    });
    expect(sha256(`${SOURCES_DIR}reference/service-guides.md`)).toBe(
      'd7b89c67c8f8bac7aaf7a847a38e0c3ecb583d84a3160674a9dd5e06c0b8bc78',
    );
  });

  it('holds nothing else unlisted', () => {
    expect(readdirSync(`${SOURCES_DIR}seeds`).sort()).toEqual(Object.values(SEEDS).sort());
  });
});
