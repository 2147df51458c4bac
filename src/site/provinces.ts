// Where each organisation sits in the tree, read synchronously from the check the build has just run (memoised):
// sharded builds deal organisations by province (CANLIAN_SHARD_BY=province) and the search index is grouped by it.
import { checkSite } from '../lib/check/check-site.ts';
import { orgLabel } from '../lib/orgs/display.ts';
import { ancestorsOf } from '../lib/orgs/tree.ts';

const load = () =>
  new Map(
    checkSite(process.cwd())
      .index.byKind('org')
      .map((e) => [e.id, { id: e.id, data: e.data }]),
  );
let byId: ReturnType<typeof load> | undefined;

function orgs() {
  byId ??= load();
  return byId;
}

/**
 * The top of the tree above `org` — its province at national scale — or `org` itself when it has no parent on the
 * site (then it is the top of its own area, as every seed organisation is today).
 */
export function provinceOf(org: string): string {
  return ancestorsOf(orgs(), org).at(-1)?.id ?? org;
}

/** One search area: a top organisation of the tree and how the search page names it. */
export interface SearchArea {
  id: string;
  /** 湖州市残联及其下级残联, or 湖州市残联 when it has none. */
  label: string;
}

/** Every search area of the site, in Chinese order of the names. */
export function searchAreas(): SearchArea[] {
  const all = [...orgs().values()];
  const withChildren = new Set(all.flatMap((o) => (o.data.parent ? [provinceOf(o.id)] : [])));
  return all
    .filter((o) => provinceOf(o.id) === o.id)
    .map((o) => {
      const name = orgLabel(o.data, 'shortName');
      return { id: o.id, label: withChildren.has(o.id) ? `${name}及其下级残联` : name };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
