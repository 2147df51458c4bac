import { z } from 'zod';

// The contract of the JSON endpoints under /api/ (issue 18, part 5). Each endpoint's response is described by a
// zod schema: the features build their items typed by it, the site publishes `z.toJSONSchema` of it beside the
// endpoint (`/api/<name>.schema.json`), and a test validates every response against the published JSON Schema
// with ajv. The same field has the same type in every endpoint: `org` is always one organisation id, `orgs`
// always a list of ids, `url` always an absolute address, `document` always a reference to a registered source
// document.

/** An absolute http(s) address on the web (the site's own pages are made absolute from `url` in data/site.yaml). */
export const absoluteUrlSchema = z
  .url({ protocol: /^https?$/ })
  // `format: uri` alone admits `urn:` and relative-looking forms; the published schema says http(s) too.
  .meta({ pattern: '^https?://' })
  .describe('绝对网址');

/** A date `YYYY-MM-DD`. */
export const apiDateSchema = z.iso.date().describe('日期，年-月-日');

/** The data licence every response carries: the SPDX id chosen by the publisher, its name and address. */
export const apiLicenceSchema = z
  .object({
    id: z.string().min(1).describe('SPDX 许可协议编号，如 CC-BY-4.0'),
    title: z.string().min(1).describe('许可协议名称'),
    url: absoluteUrlSchema.describe('许可协议全文的网址'),
    statement: z.string().min(1).describe('本站对转载和引用的说明'),
  })
  .strict();
export type ApiLicence = z.output<typeof apiLicenceSchema>;

/** A registered source document (`data/sources/<id>.yaml`) and its page on this site. */
export const documentRefSchema = z
  .object({
    id: z.string().min(1).describe('来源文件编号，如 003'),
    title: z.string().min(1).describe('来源文件标题，照录原文'),
    url: absoluteUrlSchema.optional().describe('本站介绍这份来源文件、列出取自它的全部数字的网页（文件已登记时才有）'),
  })
  .strict();
export type DocumentRef = z.output<typeof documentRefSchema>;

/** Where one figure comes from: the document and its sentence, as plain text (a table row is never a pipe row). */
export const figureSourceSchema = z
  .object({
    document: documentRefSchema,
    quote: z.string().min(1).describe('写明这个数字的原句，照录原文；出自表格的，写作“某表第几行，各栏依次为：……”'),
    location: z.string().min(1).optional().describe('在原文中的位置，如 主要指标表第4行'),
  })
  .strict();
export type FigureSource = z.output<typeof figureSourceSchema>;

/** What a feature needs to build its items: absolute addresses and registered documents. */
export interface ApiContext {
  /** The absolute address of a path on this site (`/plans/x/` → `https://…/plans/x/`). */
  abs(path: string): string;
  /** The register entry of a source document by id, as a reference; throws when the id is not registered. */
  document(id: string): DocumentRef;
  /** The registered document whose kept file has this name (a report's `source.file`), if any. */
  documentOfFile(fileName: string): DocumentRef | undefined;
}

/** The fields every response has before its list. */
export const envelopeShape = {
  $schema: absoluteUrlSchema.describe('本接口的 JSON Schema 的网址'),
  title: z.string().min(1).describe('本接口的中文名称'),
  publisher: z.string().min(1).describe('网站名称'),
  generated: z.iso
    .datetime({ offset: true })
    .describe('数据的日期：生成网站的代码库最后一次提交的时间（同一提交生成的文件完全相同，与构建时间无关）'),
  licence: apiLicenceSchema,
} as const;

/** The envelope of one endpoint: the common fields, any fields of its own (`extra`) and its list under `key`. */
export function apiResponseSchema<K extends string, T extends z.ZodType, E extends z.ZodRawShape = {}>(
  key: K,
  item: T,
  extra?: E,
) {
  return z
    .object({ ...envelopeShape, ...extra, [key]: z.array(item) } as typeof envelopeShape & E & Record<K, z.ZodArray<T>>)
    .strict();
}

/** The envelope's values, without `$schema` (which names the endpoint). */
export interface EnvelopeValues {
  publisher: string;
  generated: string;
  licence: ApiLicence;
}

/**
 * The JSON Schema published beside an endpoint, with its own address as `$id`. Everything in the response
 * schemas is representable (no transforms), so the conversion loses nothing.
 */
export function publishedJsonSchema(schema: z.ZodType, id: string, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, $id: id, title, ...rest };
}
