import type { APIRoute } from 'astro';
import { downloadsPackage } from '../../site/downloads.ts';
import { siteConfig } from '../../site/config.ts';

/** `/downloads/datapackage.json`: the Frictionless Data Package of the bulk downloads (schemas, licence, sources). */
export const GET: APIRoute = ({ site }) => {
  // astro.config.mjs always sets `site` (SITE_URL or its placeholder address), as the feed needs too.
  if (!site) throw new Error('astro.config.mjs 没有设置 site：数据包中的来源网页需要网站地址');
  const config = siteConfig();
  const body = downloadsPackage(site, config.name, config.licence);
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
