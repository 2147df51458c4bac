import { describe, expect, it } from 'vitest';
import { affectedShards, allShards, type OwnedChange } from './affected.ts';
import { bucketOf } from './spec.ts';

const run = (changes: OwnedChange[], relatives: Record<string, string[]> = {}) =>
  affectedShards({ changes, n: 8, groupKey: (o) => o, relatives: (o) => relatives[o] ?? [] });
const b = (org: string) => `${bucketOf(org, 8)}/8`;

describe('affected shards', () => {
  it('a county’s new report: its bucket and the hub only', () => {
    const r = run([{ file: 'content/reports/xx-district/2024-annual.md', owners: [{ org: 'xx-district' }] }]);
    expect(r).toMatchObject({ all: false, shards: ['hub', b('xx-district')] });
    expect(r.reasons[0]!.why).toContain('xx-district');
  });

  it('an organisation’s own file also rebuilds the buckets of its relatives in the tree', () => {
    const r = run([{ file: 'data/orgs/huzhou.yaml', owners: [{ org: 'huzhou' }] }], { huzhou: ['zj', 'wuxing'] });
    const want = new Set(['hub', b('huzhou'), b('zj'), b('wuxing')]);
    expect(new Set(r.shards)).toEqual(want);
  });

  it('a file moved between organisations rebuilds both', () => {
    const r = run([{ file: 'data/plans/p.yaml', owners: [{ org: 'huzhou' }, { org: 'ruian' }] }]);
    expect(new Set(r.shards)).toEqual(new Set(['hub', b('huzhou'), b('ruian')]));
  });

  it('shared files, the code and guides rebuild everything', () => {
    for (const file of ['data/site.yaml', 'src/pages/index.astro', 'package-lock.json', 'data/sources/001.yaml']) {
      expect(run([{ file, owners: [{ site: '共用' }] }]).shards, file).toEqual(allShards(8));
    }
    // Even a guide of one organisation: 相关事项 links guides of the same category everywhere.
    expect(run([{ file: 'content/guides/huzhou-x.md', owners: [{ org: 'huzhou' }] }]).all).toBe(true);
  });

  it('files the build does not read rebuild nothing', () => {
    const r = run(
      ['README.md', 'docs/scaling.md', 'tests/unit/x.test.ts', 'src/lib/core/format.test.ts', 'deploy/nginx.conf'].map(
        (file) => ({ file, owners: [{ site: '共用' }] }),
      ),
    );
    expect(r.shards).toEqual([]);
    expect(r.reasons.every((x) => x.why.includes('不用重建'))).toBe(true);
  });

  it('an inbox upload rebuilds its organisation’s bucket and the hub', () => {
    expect(run([{ file: 'inbox/ruian/2024-annual.docx', owners: [{ site: '共用' }] }]).shards).toEqual([
      'hub',
      b('ruian'),
    ]);
  });

  it('lists every shard of a split', () => {
    expect(allShards(3)).toEqual(['hub', '1/3', '2/3', '3/3']);
  });
});
