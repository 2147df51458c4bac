/**
 * The facts a government article page states about itself: the 发布时间 / 来源 line under the title
 * (`发布时间：2021-12-16 来源：丽水市残联 浏览次数：…`), and the `<meta>` tags of the common CMSs (ArticleTitle, PubDate,
 * ContentSource in TRS/WCM, Hanweb and the 集约化 platforms). Both are read from text the DOM gives, one line at a time.
 */

/** What a page's info line or meta tags say. */
export interface PageFacts {
  title?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  publisher?: string;
}

const DATE_LABELS = ['发布时间', '发布日期', '发文日期', '成文日期', '更新时间', '日期', '时间'];
const SOURCE_LABELS = ['信息来源', '文章来源', '来源', '发布机构', '发布单位'];
const OTHER_LABELS = [
  '作者',
  '浏览次数',
  '阅读次数',
  '点击数',
  '点击次数',
  '访问量',
  '浏览量',
  '阅读量',
  '责任编辑',
  '编辑',
  '字号',
  '字体',
  '索引号',
  '分类',
];
// Longer labels first so that 发布时间 is not read as 时间.
const LABELS = [...DATE_LABELS, ...SOURCE_LABELS, ...OTHER_LABELS].sort((a, b) => b.length - a.length);
const LABEL = new RegExp(`(${LABELS.join('|')})\\s*[：:]`, 'g');
// A line that only says 日期： or 时间： is too common in article text (会议时间：…) to be the page's info line.
const STRONG = new Set(['发布时间', '发布日期', '发文日期', '信息来源', '文章来源', '来源', '发布机构', '发布单位']);
const MAX_INFO_LINE = 200;
const MAX_SINGLE_INFO = 60;

/** `2021-12-16`, `2021/12/16 09:30`, `2021年12月16日` → `2021-12-16`; undefined when it is not a real date. */
export function normalizeDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A publisher value ends at a bracketed widget (`【打印】`, `[大 中 小]`), the bracket closing its own field
 * (`【来源：某区残联】`), a separator (`来源：某区残联 | 2023-03-15`) or a wide gap.
 */
function cleanValue(value: string): string {
  return value.split(/[【[［】\]］|｜]|\s{2,}/)[0]!.trim();
}

// A date (and time) written without a label before the first label: `2023-03-15 09:30 来源：某区残联`.
const BARE_DATE =
  /^\s*[【[［]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*[】\]］]?\s*$/;

/**
 * Reads an info line. Returns undefined unless the line is one: at most 200 characters with two labels followed by
 * a colon (one of them a date or source label), or one date/source label on a line of at most 60 characters.
 */
export function parseInfoLine(text: string): PageFacts | undefined {
  if (text.length > MAX_INFO_LINE) return undefined;
  const hits = Array.from(text.matchAll(LABEL));
  const names = new Set(hits.map((h) => h[1]!));
  const strong = [...names].filter((n) => STRONG.has(n) || DATE_LABELS.includes(n));
  if (
    !(names.size >= 2 && strong.length >= 1) &&
    !(names.size === 1 && STRONG.has(hits[0]?.[1] ?? '') && text.length <= MAX_SINGLE_INFO)
  ) {
    return undefined;
  }
  // Only a line that starts with its first label, or with a bare date before it: `详见附件。来源：…` is a
  // sentence, not an info line.
  const lead = text.slice(0, hits[0]!.index);
  const bare = BARE_DATE.exec(lead);
  if (!bare && lead.replace(/[\s【[［]/g, '') !== '') return undefined;
  const facts: PageFacts = bare ? { published: normalizeDate(bare[1]!) } : {};
  hits.forEach((h, i) => {
    const value = text.slice(h.index! + h[0].length, hits[i + 1]?.index ?? text.length).trim();
    const label = h[1]!;
    if (DATE_LABELS.includes(label)) facts.published ??= normalizeDate(value);
    else if (SOURCE_LABELS.includes(label)) facts.publisher ??= cleanValue(value) || undefined;
  });
  return facts;
}

/** The `<meta name>` tags CMS templates write for the article (names compared without case). */
export function metaFacts(doc: Document): PageFacts {
  const meta = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]'))) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (name && content && !meta.has(name)) meta.set(name, content);
  }
  const first = (...names: string[]) => names.map((n) => meta.get(n)).find((v) => v);
  const date = first('pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time');
  return {
    title: first('articletitle', 'og:title'),
    published: date ? normalizeDate(date) : undefined,
    publisher: first('contentsource', 'source'),
  };
}
