import type { APIRoute } from 'astro';
import { sortDatasets } from '../../lib/datasets/catalogue.ts';
import { datasetMetaJson } from '../../lib/datasets/export.ts';
import { loadDatasets } from '../../site/datasets.ts';

/** Every dataset's metadata with its page and download URLs. */
export const GET: APIRoute = () => {
  const datasets = sortDatasets(loadDatasets().datasets).map(datasetMetaJson);
  return new Response(JSON.stringify({ datasets }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
