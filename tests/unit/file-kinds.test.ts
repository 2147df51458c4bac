// Files the check accepts but the site ignores (issue 14, class 4). Each kind declares its files once
// (`files: { base, pattern }`); the check lists them with it and content.config.ts hands the same object to the
// collection's glob() loader. These tests pin that: the loaders get exactly the kinds' declarations, every kind
// reaches the site either as a collection or through the check's index, and on a temporary site every spelling
// a kind accepts (.yml, nested folders) is listed for that kind while upper-case extensions and hidden files are
// reported rather than dropped. tests/browser/artifacts-reach.test.ts checks the built site end to end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkSite, kindsOfFiles } from '../../src/lib/check/check-site.ts';
import { FILE_KINDS } from '../../src/lib/check/registry.ts';
import { listGlob } from '../../src/lib/core/file-glob.ts';

vi.mock('astro/loaders', () => ({ glob: (options: unknown) => ({ name: 'glob-under-test', options }) }));
const { collections, COLLECTION_KINDS } = await import('../../src/content.config.ts');

/** Kinds the site reads from checkSite's index instead of a collection (src/site/*.ts), by kind name. */
const FROM_INDEX = {
  site: 'src/site/config.ts',
  plan: 'src/site/plans.ts',
  indicator: 'src/site/plans.ts',
  actual: 'src/site/plans.ts',
  dataset: 'src/site/datasets.ts',
  'dataset-csv': 'src/site/datasets.ts',
  source: 'src/site/sources.ts',
};

describe('one declaration of files per kind', () => {
  it('each collection loader gets exactly its kind’s declaration', () => {
    expect(Object.keys(collections).sort()).toEqual(Object.keys(COLLECTION_KINDS).sort());
    for (const [name, kind] of Object.entries(COLLECTION_KINDS)) {
      const loader = (collections as unknown as Record<string, { loader: { options: Record<string, unknown> } }>)[name]!
        .loader;
      const { retainBody: _keep, ...options } = loader.options;
      expect(options, name).toEqual(kind.files);
    }
  });

  it('every kind reaches the site: as a collection, or through the check index', () => {
    const collectionKinds = Object.values(COLLECTION_KINDS).map((k) => k.name);
    expect(FILE_KINDS.map((k) => k.name).sort()).toEqual([...collectionKinds, ...Object.keys(FROM_INDEX)].sort());
  });
});

// One accepted file per spelling each kind allows, and spellings that must be reported instead of dropped.
const ACCEPTED: Record<string, string[]> = {
  site: ['data/site.yaml'],
  org: ['data/orgs/a.yaml', 'data/orgs/b.yml'],
  report: ['content/reports/a/2023-summary.md', 'content/reports/b/deep/2023-plan.md'],
  guide: ['content/guides/a.md', 'content/guides/sub/b.md'],
  plan: ['data/plans/p.yaml', 'data/plans/q.yml'],
  indicator: ['data/plans/p/indicators.yaml', 'data/plans/q/indicators.yml'],
  actual: ['data/plans/p/actuals.csv'],
  dataset: ['data/datasets/d.yaml', 'data/datasets/e.yml'],
  'dataset-csv': ['data/datasets/d.csv'],
  source: ['data/sources/001.yaml', 'data/sources/002.yml'],
};
const REPORTED = [
  'data/orgs/c.YAML',
  'data/orgs/d.Yaml',
  'data/orgs/e.YML',
  'data/orgs/.hidden.yaml',
  'data/orgs/sub/f.yaml',
  'content/reports/a/2024-summary.MD',
  'content/reports/.drafts/2023-summary.md',
  'content/guides/c.Md',
  'data/datasets/f.CSV',
  'data/plans/p/ACTUALS.csv',
  'data/plans/p/indicators.json',
];

describe('on a temporary site', () => {
  const root = mkdtempSync(join(tmpdir(), 'canlian-kinds-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const f of [
    ...Object.values(ACCEPTED).flat(),
    ...REPORTED,
    'content/reports/README.md',
    'content/guides/sub/README.md',
  ]) {
    mkdirSync(join(root, dirname(f)), { recursive: true });
    writeFileSync(join(root, f), 'x: 1\n');
  }
  const kinds = kindsOfFiles(root);

  it.each(FILE_KINDS.map((k) => [k.name, k] as const))(
    '%s: lists every accepted spelling, and only those',
    (name, kind) => {
      expect(listGlob(root, kind.files), 'the collection glob lists the same files').toEqual(
        [...ACCEPTED[name]!].sort(),
      );
      expect(
        [...kinds]
          .filter(([, k]) => k === kind)
          .map(([f]) => f)
          .sort(),
      ).toEqual([...ACCEPTED[name]!].sort());
    },
  );

  it('no file is listed by two kinds', () => {
    const counts = new Map<string, number>();
    for (const k of FILE_KINDS) for (const f of listGlob(root, k.files)) counts.set(f, (counts.get(f) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('reports every other file instead of dropping it silently', () => {
    const { problems } = checkSite(root);
    const reported = new Set(problems.map((p) => p.file));
    expect(REPORTED.filter((f) => !reported.has(f))).toEqual([]);
    // READMEs are notes for officials: neither read as content nor reported.
    expect(reported.has('content/reports/README.md')).toBe(false);
    expect(kinds.has('content/reports/README.md')).toBe(false);
  });
});
