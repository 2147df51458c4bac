/**
 * Which part of the site one build renders (`CANLIAN_SHARD`, docs/scaling.md §2): the whole site (unset), the
 * site-wide pages (`hub`), or the pages of the organisations in bucket k of N (`k/N`). Pure: the build reads the
 * variable and the organisation tree and asks here.
 */

/** The whole site, the hub, or one bucket of organisations. */
export type Shard = { kind: 'all' } | { kind: 'hub' } | { kind: 'bucket'; k: number; n: number };

/** How organisations are dealt into buckets: each by its own id, or with every organisation of its province. */
export type ShardGrouping = 'org' | 'province';

/** The most buckets a build may be split into (far more than any CI matrix runs at once). */
export const MAX_SHARDS = 256;

/** A problem with the variable, said as an instruction, or the shard it names. */
export type ShardParse = { shard: Shard } | { error: string };

/**
 * Reads `CANLIAN_SHARD`: unset or empty → the whole site; `hub`; `k/N` with 1 ≤ k ≤ N ≤ 256. Anything else is an
 * error, never a silent whole-site build (a CI matrix with a typo would otherwise publish every page N times).
 */
export function parseShard(value: string | undefined): ShardParse {
  const v = (value ?? '').trim();
  if (v === '') return { shard: { kind: 'all' } };
  if (v === 'hub') return { shard: { kind: 'hub' } };
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(v);
  if (m) {
    const k = Number(m[1]);
    const n = Number(m[2]);
    if (n >= 1 && n <= MAX_SHARDS && k >= 1 && k <= n) return { shard: { kind: 'bucket', k, n } };
  }
  return {
    error: `CANLIAN_SHARD=“${v}”看不懂：写 hub（全站共用的页面），或 k/N（把各机构分成 N 份，构建第 k 份，1 ≤ k ≤ N ≤ ${MAX_SHARDS}，如 2/8）；不分片时不设这个变量`,
  };
}

/** Reads `CANLIAN_SHARD_BY`: unset → `org` (each organisation by its id); `province`. */
export function parseGrouping(value: string | undefined): { grouping: ShardGrouping } | { error: string } {
  const v = (value ?? '').trim();
  if (v === '' || v === 'org') return { grouping: 'org' };
  if (v === 'province') return { grouping: 'province' };
  return {
    error: `CANLIAN_SHARD_BY=“${v}”看不懂：写 org（每个机构按自己的编号分，默认）或 province（同一省的机构分在同一份）`,
  };
}

/** The shard's name as CI and the messages write it: `hub` or `k/N`. */
export function shardName(shard: Shard): string {
  return shard.kind === 'bucket' ? `${shard.k}/${shard.n}` : shard.kind;
}

/**
 * The bucket (1…n) of a key: FNV-1a over its UTF-8 bytes, so it is the same on every machine and in every
 * language a CI script might use, and adding an organisation never moves another one.
 */
export function bucketOf(key: string, n: number): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % n) + 1;
}

/**
 * Whether a page belongs in this shard's output. `owner` is the organisation a page belongs to, or undefined for
 * a site-wide page (lists, filters, national guides, pages of several organisations), which the hub builds.
 * `groupKey` maps an organisation to the key it is dealt by (itself, or its province).
 */
export function inShard(
  shard: Shard,
  owner: string | undefined,
  groupKey: (org: string) => string = (o) => o,
): boolean {
  if (shard.kind === 'all') return true;
  if (shard.kind === 'hub') return owner === undefined;
  return owner !== undefined && bucketOf(groupKey(owner), shard.n) === shard.k;
}

/**
 * The organisation a page of several possible organisations belongs to: the one, when there is exactly one;
 * otherwise (`all`, several, none) the hub's.
 */
export function soleOwner(orgs: string | readonly string[] | undefined): string | undefined {
  if (typeof orgs === 'string') return orgs === 'all' ? undefined : orgs;
  return orgs && orgs.length === 1 ? orgs[0] : undefined;
}
