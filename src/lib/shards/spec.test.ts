import { describe, expect, it } from 'vitest';
import { bucketOf, inShard, parseGrouping, parseShard, shardName, soleOwner } from './spec.ts';

describe('CANLIAN_SHARD', () => {
  it('reads the whole site, the hub and k/N', () => {
    expect(parseShard(undefined)).toEqual({ shard: { kind: 'all' } });
    expect(parseShard(' ')).toEqual({ shard: { kind: 'all' } });
    expect(parseShard('hub')).toEqual({ shard: { kind: 'hub' } });
    expect(parseShard('3/8')).toEqual({ shard: { kind: 'bucket', k: 3, n: 8 } });
    expect(shardName({ kind: 'bucket', k: 3, n: 8 })).toBe('3/8');
  });

  it('refuses anything else with the fix, instead of building the whole site', () => {
    for (const bad of ['0/4', '5/4', '1/0', '1/257', 'Hub', '1-4', '1/4/2', 'all']) {
      const r = parseShard(bad);
      expect('error' in r, bad).toBe(true);
      if ('error' in r) expect(r.error).toContain('写 hub');
    }
    expect('error' in parseGrouping('city')).toBe(true);
    expect(parseGrouping(undefined)).toEqual({ grouping: 'org' });
    expect(parseGrouping('province')).toEqual({ grouping: 'province' });
  });
});

describe('buckets', () => {
  it('are FNV-1a of the UTF-8 id, so any CI script can compute them', () => {
    // FNV-1a 32 of "a" is 0xe40c292c (the published test vector): 3826002220 mod 2, 3 and 8.
    expect([bucketOf('a', 2), bucketOf('a', 3), bucketOf('a', 8)]).toEqual([1, 2, 5]);
    // Non-ASCII ids hash their UTF-8 bytes.
    expect(bucketOf('省', 8)).toBe(6);
  });

  it('spread many organisations evenly and never move one when others are added', () => {
    const ids = Array.from({ length: 3400 }, (_, i) => `org-${i}`);
    const counts = new Array(8).fill(0);
    for (const id of ids) counts[bucketOf(id, 8) - 1]++;
    for (const c of counts) expect(Math.abs(c - 3400 / 8)).toBeLessThan(3400 / 8 / 5);
    const before = ids.slice(0, 100).map((id) => bucketOf(id, 8));
    expect(ids.slice(0, 100).map((id) => bucketOf(id, 8))).toEqual(before);
  });

  it('put each page in exactly one shard: its organisation’s bucket, or the hub', () => {
    for (const owner of ['huzhou', 'ruian', 'xx-district', undefined]) {
      const holders = [
        { kind: 'hub' } as const,
        ...[1, 2, 3].map((k) => ({ kind: 'bucket', k, n: 3 }) as const),
      ].filter((s) => inShard(s, owner));
      expect(holders).toHaveLength(1);
      expect(inShard({ kind: 'all' }, owner)).toBe(true);
    }
  });

  it('deal by province when the key is the top of the tree', () => {
    const province = (org: string) => (org.startsWith('zj-') ? 'zj' : org);
    const shard = { kind: 'bucket', k: bucketOf('zj', 4), n: 4 } as const;
    expect(['zj-huzhou', 'zj-ruian', 'zj-lishui'].every((o) => inShard(shard, o, province))).toBe(true);
  });

  it('give a guide or dataset of one organisation to it, and of all or several to the hub', () => {
    expect(soleOwner('huzhou')).toBe('huzhou');
    expect(soleOwner(['huzhou'])).toBe('huzhou');
    expect(soleOwner(['huzhou', 'ruian'])).toBeUndefined();
    expect(soleOwner('all')).toBeUndefined();
    expect(soleOwner(undefined)).toBeUndefined();
  });
});
