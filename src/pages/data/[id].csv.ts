import { pageInShard } from '../../site/shard.ts';
import { soleOwner } from '../../lib/shards/spec.ts';
import type { APIRoute } from 'astro';
import { datasetToCsv } from '../../lib/datasets/export.ts';
import { loadDatasets } from '../../site/datasets.ts';
import type { Dataset } from '../../lib/datasets/types.ts';
import { documentTitle, orgNameOf } from '../../site/downloads.ts';

/** `/data/<id>.csv`: the dataset's figures in long form (the columns of /downloads/datasets-long.csv), UTF-8 with BOM. */
export function getStaticPaths() {
  return loadDatasets()
    .datasets.filter((d) => pageInShard(soleOwner(d.meta.org)))
    .map((d) => ({ params: { id: d.id }, props: { dataset: d } }));
}

// The dataset comes as a prop: finding it by id on every page is quadratic at national scale.
export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => {
  const d = props.dataset;
  return new Response(datasetToCsv(d, (id) => documentTitle(id), orgNameOf()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
