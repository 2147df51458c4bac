import { pageInShard } from '../../site/shard.ts';
import { soleOwner } from '../../lib/shards/spec.ts';
import type { APIRoute } from 'astro';
import { datasetToJson } from '../../lib/datasets/export.ts';
import { apiContext, jsonResponse } from '../../site/api.ts';
import { loadDatasets } from '../../site/datasets.ts';
import type { Dataset } from '../../lib/datasets/types.ts';

/** `/data/<id>.json`: metadata, typed rows (null for figures the source does not give) and each row's source. */
export function getStaticPaths() {
  return loadDatasets()
    .datasets.filter((d) => pageInShard(soleOwner(d.meta.org)))
    .map((d) => ({ params: { id: d.id }, props: { dataset: d } }));
}

// The dataset comes as a prop: finding it by id on every page is quadratic at national scale.
export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => jsonResponse(datasetToJson(props.dataset, apiContext()));
