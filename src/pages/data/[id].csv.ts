import type { APIRoute } from 'astro';
import { datasetToCsv } from '../../lib/datasets/export.ts';
import { loadDatasets } from '../../lib/datasets/load.ts';

/** `/data/<id>.csv`: the dataset in UTF-8 with BOM (opens correctly in Excel), the same numbers as the page. */
export function getStaticPaths() {
  return loadDatasets().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const d = loadDatasets().datasets.find((x) => x.id === params.id);
  if (!d) return new Response('Not found', { status: 404 });
  return new Response(datasetToCsv(d), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
