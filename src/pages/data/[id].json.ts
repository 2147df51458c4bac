import type { APIRoute } from 'astro';
import { datasetToJson } from '../../lib/datasets/export.ts';
import { loadDatasets } from '../../lib/datasets/load.ts';

/** `/data/<id>.json`: metadata, typed rows (null for figures the source does not give) and each row's source. */
export function getStaticPaths() {
  return loadDatasets().datasets.map((d) => ({ params: { id: d.id } }));
}

export const GET: APIRoute = ({ params }) => {
  const d = loadDatasets().datasets.find((x) => x.id === params.id);
  if (!d) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(datasetToJson(d), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
