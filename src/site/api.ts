// The JSON endpoints under /api/ (issue 18, part 5): each response is an envelope (its JSON Schema's address,
// title, publisher, a reproducible `generated` date and the data licence) around one list, built by the features
// against their zod schemas with absolute addresses from the site's public address.
import { execFileSync } from 'node:child_process';
import type { z } from 'zod';
import { publishedJsonSchema, type ApiContext, type DocumentRef } from '../lib/core/api.ts';
import { chinaDateTime } from '../lib/core/format.ts';
import { documentLabel } from '../lib/core/source-text.ts';
import { apiSchemaUrl, type ApiName } from '../lib/core/urls.ts';
import { datasetApiItem, datasetsApiSchema } from '../lib/datasets/api.ts';
import { sortDatasets } from '../lib/datasets/catalogue.ts';
import { guideApiItem, guidesApiSchema } from '../lib/guides/api.ts';
import { indicatorsApiSchema, planApiItem, progressMethod } from '../lib/plans/api.ts';
import { reportApiItem, reportsApiSchema } from '../lib/reports/api.ts';
import { reportDates } from '../lib/reports/feed.ts';
import { licenceRecord } from '../lib/settings/licence.ts';
import { siteConfig } from './config.ts';
import { loadDatasets } from './datasets.ts';
import { allGuides } from './guides.ts';
import { loadPlans } from './plans.ts';
import { allReports } from './reports.ts';
import { sourceDocument, sourceOfFile } from './sources.ts';

/** Each endpoint: its Chinese title and the schema of its whole response. */
export const API_ENDPOINTS = {
  reports: { title: '全部年度报告', schema: reportsApiSchema },
  indicators: { title: '全部规划指标', schema: indicatorsApiSchema },
  datasets: { title: '全部统计数据集', schema: datasetsApiSchema },
  guides: { title: '全部办事指南', schema: guidesApiSchema },
} as const satisfies Record<ApiName, { title: string; schema: z.ZodType }>;

type Body<N extends ApiName> = z.output<(typeof API_ENDPOINTS)[N]['schema']>;

/** Absolute addresses and registered documents for the features' builders. */
export function apiContext(): ApiContext {
  const { url } = siteConfig();
  const abs = (path: string) => new URL(path, url).href;
  const ref = (d: { id: string; title: string; href: string }): DocumentRef => ({
    id: d.id,
    title: d.title,
    url: abs(d.href),
  });
  return {
    abs,
    document: (id) => {
      const d = sourceDocument(id);
      // A site without a register (the check asks for one only where a register exists) names the document by
      // its number and has no page for it.
      return d ? ref(d) : { id, title: documentLabel(id) };
    },
    documentOfFile: (file) => {
      const d = sourceOfFile(file);
      return d && ref(d);
    },
  };
}

let generated: Promise<string> | undefined;

/**
 * The date every response carries: the time of the last commit of the project (so two builds of one commit give
 * the same bytes, and the date moves only when the content does). Outside a git checkout: `SOURCE_DATE_EPOCH`
 * (the reproducible-builds convention) when set, else the newest date a report states.
 */
export function generatedDate(root: string = process.cwd()): Promise<string> {
  generated ??= (async () => {
    try {
      const out = execFileSync('git', ['log', '-1', '--format=%cI'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (out) return chinaDateTime(new Date(out));
    } catch {
      // not a git checkout, or git is not installed: fall through
    }
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    if (Number.isInteger(epoch) && epoch > 0) return chinaDateTime(new Date(epoch * 1000));
    const newest = (await allReports())
      .map((r) => reportDates(r.data).updated)
      .sort()
      .at(-1);
    return `${newest ?? '1970-01-01'}T00:00:00+08:00`;
  })();
  return generated;
}

async function envelope(name: ApiName) {
  const config = siteConfig();
  return {
    $schema: new URL(apiSchemaUrl(name), config.url).href,
    title: API_ENDPOINTS[name].title,
    publisher: config.name,
    generated: await generatedDate(),
    licence: { ...licenceRecord(config.dataLicence), statement: config.licence },
  };
}

/** The whole response of endpoint `name`. */
export async function apiBody<N extends ApiName>(name: N): Promise<Body<N>> {
  const ctx = apiContext();
  const head = await envelope(name);
  const bodies: { [K in ApiName]: () => Promise<Body<K>> } = {
    reports: async () => ({ ...head, reports: (await allReports()).map((r) => reportApiItem(r.id, r.data, ctx)) }),
    indicators: async () => ({
      ...head,
      method: progressMethod(ctx),
      plans: loadPlans().map((p) => planApiItem(p, ctx)),
    }),
    datasets: async () => ({
      ...head,
      datasets: sortDatasets(loadDatasets().datasets).map((d) => datasetApiItem(d, ctx)),
    }),
    guides: async () => ({ ...head, guides: (await allGuides()).map((g) => guideApiItem(g, ctx)) }),
  };
  return bodies[name]() as Promise<Body<N>>;
}

/** The JSON Schema of endpoint `name`, as published beside it. */
export function apiJsonSchema(name: ApiName): Record<string, unknown> {
  const { url } = siteConfig();
  return publishedJsonSchema(
    API_ENDPOINTS[name].schema,
    new URL(apiSchemaUrl(name), url).href,
    `${API_ENDPOINTS[name].title}（${name}.json）的结构`,
  );
}

/** A JSON response, pretty-printed as every download is. */
export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
