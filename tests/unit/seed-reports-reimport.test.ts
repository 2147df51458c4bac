// The five committed reports are the importer's output, not hand edits: replaying the commands written in
// docs/importing-seeds.md on the committed sources gives the committed files byte for byte.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/lib/reports/import/run-import.ts';

const ROOT = join(import.meta.dirname, '../..');

/** The `npm run import -- …` lines of the guide, split into arguments (double quotes group words). */
function commands(): string[][] {
  const doc = readFileSync(join(ROOT, 'docs/importing-seeds.md'), 'utf8');
  return [...doc.matchAll(/^npm run import -- (.+)$/gm)].map((m) =>
    [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => a[1] ?? a[2]!),
  );
}

describe('docs/importing-seeds.md', () => {
  const cmds = commands();

  it('lists one import command per seed', () => {
    expect(cmds.map((c) => c[0])).toEqual(
      [0, 1, 2, 3, 4].map((n) => expect.stringMatching(new RegExp(`^sources/seeds/00${n}_`))),
    );
  });

  it.each(cmds.map((c) => [c[0]!, c] as const))('%s re-imports to the committed report', async (_file, argv) => {
    const root = mkdtempSync(join(tmpdir(), 'reimport-'));
    cpSync(join(ROOT, 'data/orgs'), join(root, 'data/orgs'), { recursive: true });
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImport(
      argv.map((a, i) => (i === 0 ? join(ROOT, a) : a)),
      { root, out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const written = out.join('\n').match(/content\/reports\/[^\s：:]+\.md/)?.[0];
    expect(written, out.join('\n')).toBeDefined();
    expect(readFileSync(join(root, written!), 'utf8')).toBe(readFileSync(join(ROOT, written!), 'utf8'));
  });
});
