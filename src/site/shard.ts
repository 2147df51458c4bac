// Which pages this build renders (`CANLIAN_SHARD`, docs/scaling.md §2). Every route with getStaticPaths asks
// `pageInShard(owner)` for each page; the whole site (the variable unset) keeps every page.
import { checkSite } from '../lib/check/check-site.ts';
import { ancestorsOf } from '../lib/orgs/tree.ts';
import { inShard, parseGrouping, parseShard, type Shard } from '../lib/shards/spec.ts';

let state: { shard: Shard; key: (org: string) => string } | undefined;

function current() {
  if (state) return state;
  const parsed = parseShard(process.env.CANLIAN_SHARD);
  if ('error' in parsed) throw new Error(parsed.error);
  const grouping = parseGrouping(process.env.CANLIAN_SHARD_BY);
  if ('error' in grouping) throw new Error(grouping.error);
  let key = (org: string) => org;
  if (grouping.grouping === 'province' && parsed.shard.kind === 'bucket') {
    // The tree from the check the build has just run (memoised): an organisation is dealt by its top ancestor.
    const byId = new Map(
      checkSite(process.cwd())
        .index.byKind('org')
        .map((e) => [e.id, { id: e.id, data: e.data }]),
    );
    key = (org) => ancestorsOf(byId, org).at(-1)?.id ?? org;
  }
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
