// Which pages this build renders (`CANLIAN_SHARD`, docs/scaling.md §2). Every route with getStaticPaths asks
// `pageInShard(owner)` for each page; the whole site (the variable unset) keeps every page.
import { inShard, parseGrouping, parseShard, type Shard } from '../lib/shards/spec.ts';
import { provinceOf } from './provinces.ts';

let state: { shard: Shard; key: (org: string) => string } | undefined;

function current() {
  if (state) return state;
  const parsed = parseShard(process.env.CANLIAN_SHARD);
  if ('error' in parsed) throw new Error(parsed.error);
  const grouping = parseGrouping(process.env.CANLIAN_SHARD_BY);
  if ('error' in grouping) throw new Error(grouping.error);
  // By province, an organisation is dealt by the top of the tree above it.
  const key = grouping.grouping === 'province' ? provinceOf : (org: string) => org;
  state = { shard: parsed.shard, key };
  return state;
}

/** The part of the site this build renders. */
export function currentShard(): Shard {
  return current().shard;
}

/**
 * Whether this build renders a page of organisation `owner` (undefined: a site-wide page, which the hub builds).
 * Give `soleOwner(orgs)` for a page of a guide or dataset that may cover several organisations.
 */
export function pageInShard(owner: string | undefined): boolean {
  const { shard, key } = current();
  return inShard(shard, owner, key);
}
