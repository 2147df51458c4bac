import type { APIRoute } from 'astro';
import { downloadsPackage } from '../../site/downloads.ts';

/** `/downloads/datapackage.json`: the Frictionless Data Package of the bulk downloads (schemas, licence, sources). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(downloadsPackage(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
