import type { APIRoute } from 'astro';
import { datasetToCsv } from '../../lib/datasets/export.ts';
import { loadDatasets } from '../../site/datasets.ts';
import type { Dataset } from '../../lib/datasets/types.ts';

/** `/data/<id>.csv`: the dataset in UTF-8 with BOM (opens correctly in Excel), the same numbers as the page. */
export function getStaticPaths() {
  return loadDatasets().datasets.map((d) => ({ params: { id: d.id }, props: { dataset: d } }));
}

// The dataset comes as a prop: finding it by id on every page is quadratic at national scale.
export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) => {
  const d = props.dataset;
  return new Response(datasetToCsv(d), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
