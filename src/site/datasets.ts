import { orgLabel } from '../lib/orgs/display.ts';
import { checkSite } from '../lib/check/check-site.ts';
import { indexBy } from '../lib/core/group.ts';
import { datasetsFromIndex } from '../lib/datasets/dataset-checks.ts';
import type { Dataset, OrgRef } from '../lib/datasets/types.ts';

/** Every dataset of a site, with the organisations they refer to. */
export interface DatasetCatalogue {
  datasets: Dataset[];
  orgs: OrgRef[];
  /** The same organisations by id. */
  orgsById: ReadonlyMap<string, OrgRef>;
}

const cache = new Map<string, DatasetCatalogue>();

/**
 * Reads and validates every dataset under `<root>/data/datasets` (the same code `npm run check` runs), once per
 * root and process: pages, downloads and the API all call it. The build stops on problems before pages render,
 * so here only datasets that could be read are returned.
 */
export function loadDatasets(root: string = process.cwd()): DatasetCatalogue {
  const hit = cache.get(root);
  if (hit) return hit;
  const { index } = checkSite(root, ['data/datasets']);
  const orgs = index.byKind('org').map((o) => {
    const d = o.data;
    // As pages show them: an anonymised name carries its mark (XX区残联（原文匿名）).
    return { id: o.id, name: orgLabel(d), shortName: orgLabel(d, 'shortName') };
  });
  const result = { datasets: datasetsFromIndex(index).datasets, orgs, orgsById: indexBy(orgs, (o) => o.id) };
  cache.set(root, result);
  return result;
}
