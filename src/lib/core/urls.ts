// Every page address of the site, in one place: pages and features link through these, never by writing
// `/orgs/…` by hand, so a route that moves is changed here and the link check (tests/browser/links.test.ts)
// finds any page that was missed. All end in `/` (trailingSlash: 'always') except downloads.

/** Section indexes. */
export const SECTION_URLS = {
  home: '/',
  orgs: '/orgs/',
  /** 按地区找残联: every organisation by region, with its contact details or what to do without them. */
  contacts: '/contacts/',
  reports: '/reports/',
  guides: '/guides/',
  plans: '/plans/',
  plansMethod: '/plans/method/',
  plansCompare: '/plans/compare/',
  data: '/data/',
  api: '/api/',
  search: '/search/',
  publish: '/publish/',
  /** 资料来源: the register of source documents. */
  sources: '/sources/',
  feed: '/reports/feed.xml',
} as const;

/** `/orgs/<id>/`. */
export const orgUrl = (id: string): string => `/orgs/${id}/`;
/** `/reports/<org>/<year>-<kind>/`. */
export const reportUrl = (id: string): string => `/reports/${id}/`;
/** `/reports/<by>/<value>/`, a filtered report list (by org, year or kind). */
export const reportFilterUrl = (by: string, value: string | number): string => `/reports/${by}/${value}/`;
/** `/guides/<id>/`. */
export const guideUrl = (id: string): string => `/guides/${id}/`;
/** `/guides/category/<cat>/`. */
export const guideCategoryUrl = (category: string): string => `/guides/category/${category}/`;
/** `/guides/audience/<aud>/`. */
export const guideAudienceUrl = (audience: string): string => `/guides/audience/${audience}/`;
/** `/plans/<plan>/`. */
export const planUrl = (planId: string): string => `/plans/${planId}/`;
/** `/plans/<plan>/<indicator>/`. */
export const indicatorUrl = (planId: string, indicatorId: string): string => `/plans/${planId}/${indicatorId}/`;
/** `/data/<id>/`. */
export const datasetUrl = (id: string): string => `/data/${id}/`;
/** `/data/<id>.csv`. */
export const datasetCsvUrl = (id: string): string => `/data/${id}.csv`;
/** `/data/<id>.json`. */
export const datasetJsonUrl = (id: string): string => `/data/${id}.json`;
/** `/data/<by>/<value>/`, a filtered dataset list (by topic, org or year). */
export const datasetFilterUrl = (by: string, value: string | number): string => `/data/${by}/${value}/`;
/**
 * `/plans/<plan>/<plan>_<indicator>.csv` or `.json`: an indicator's values as a download. The file name carries
 * the plan, so two plans' `home-adaptations` downloads do not overwrite each other in a downloads folder; `_`
 * never occurs in an id, so the name is unique site-wide (and never a dataset's `/data/<id>.csv` name).
 */
export const indicatorDownloadUrl = (planId: string, indicatorId: string, ext: 'csv' | 'json'): string =>
  `/plans/${planId}/${indicatorDownloadName(planId, indicatorId)}.${ext}`;
/** The file name (without extension) of an indicator's download: `<plan>_<indicator>`. */
export const indicatorDownloadName = (planId: string, indicatorId: string): string => `${planId}_${indicatorId}`;

/** File names of the bulk downloads, all in `/downloads/` beside datapackage.json (which names them relatively). */
export const DOWNLOAD_FILES = {
  indicatorsCsv: 'indicators.csv',
  indicatorsJson: 'indicators.json',
  datasetsCsv: 'datasets-long.csv',
  datasetsJson: 'datasets-long.json',
  dataPackage: 'datapackage.json',
  indicatorsSchema: 'indicators.schema.json',
  datasetsSchema: 'datasets-long.schema.json',
} as const;

/** `/downloads/<file>`: a bulk download. */
export const downloadUrl = (file: keyof typeof DOWNLOAD_FILES): string => `/downloads/${DOWNLOAD_FILES[file]}`;
/**
 * Every embed page (a chart for other sites' frames) lives under this folder: it is the only address the HTTP
 * headers allow in a frame (security/csp.ts), so an embed route outside it would not show on other sites.
 */
export const EMBED_PREFIX = '/embed/';
/** The browser editor (Decap CMS) for officials: not a public page, linked only from /publish/. */
export const ADMIN_PREFIX = '/admin/';
/** `/embed/plans/<plan>/<indicator>/`: the indicator's chart, summary and table, for other sites' frames. */
export const embedIndicatorUrl = (planId: string, indicatorId: string): string =>
  `${EMBED_PREFIX}plans/${planId}/${indicatorId}/`;
/** `/embed/data/<id>/`: the dataset's chart, summary and table, for other sites' frames. */
export const embedDatasetUrl = (id: string): string => `${EMBED_PREFIX}data/${id}/`;
/** `/api/<name>.json`. */
/** The JSON endpoints under /api/. */
export const API_NAMES = ['reports', 'indicators', 'datasets', 'guides'] as const;
export type ApiName = (typeof API_NAMES)[number];
export const apiUrl = (name: ApiName): string => `/api/${name}.json`;
/** The JSON Schema published beside an endpoint. */
export const apiSchemaUrl = (name: ApiName): string => `/api/${name}.schema.json`;
/** `/sources/<id>/`: one source document and every figure the site takes from it. */
export const sourceUrl = (id: string): string => `/sources/${id}/`;
/** `/sources/<id>/#<figure>`: one figure's entry on its source document's page. */
export const sourceFigureUrl = (id: string, figure: string): string => `${sourceUrl(id)}#${figure}`;

/**
 * The anchor of each kind of sourced figure on its source page. Made from ids that are already ASCII (dataset,
 * plan, indicator, guide and organisation ids), so the anchors are stable across builds and need no escaping.
 */
export const figureAnchor = {
  /** The row at (0-based) position `row` of a dataset. */
  datasetRow: (datasetId: string, row: number): string => `d-${datasetId}-${row + 1}`,
  /** An indicator's baseline, actual (one per year) or target. */
  indicatorValue: (planId: string, indicatorId: string, kind: string, year: number): string =>
    `i-${planId}-${indicatorId}-${kind}-${year}`,
  /** The (0-based) `n`th quoted source sentence of a guide. */
  guideFact: (guideId: string, n: number): string => `g-${guideId}-${n + 1}`,
  /** One contact item of an organisation. */
  orgFact: (orgId: string, field: string): string => `o-${orgId}-${field}`,
};
