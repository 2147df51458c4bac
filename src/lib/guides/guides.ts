import { GUIDE_AUDIENCES, GUIDE_CATEGORIES, type Guide, type GuideAudience, type GuideCategory } from './schema.ts';
import { indexBy, oncePer } from '../core/group.ts';
import * as urls from '../core/urls.ts';

/** A guide as the pages see it: the collection entry's id and its validated front matter. */
export interface GuideRef {
  id: string;
  data: Guide;
}

/** Categories in the order pages list them. */
export const CATEGORY_ORDER = Object.keys(GUIDE_CATEGORIES) as GuideCategory[];
/** Audiences in the order pages list them. */
export const AUDIENCE_ORDER = Object.keys(GUIDE_AUDIENCES) as GuideAudience[];

/** `/guides/<id>/`. */
export function guideUrl(id: string): string {
  return urls.guideUrl(id);
}

/** `/guides/category/<cat>/`. */
export function categoryUrl(category: GuideCategory): string {
  return urls.guideCategoryUrl(category);
}

/** `/guides/audience/<aud>/`. */
export function audienceUrl(audience: GuideAudience): string {
  return urls.guideAudienceUrl(audience);
}

const byTitle = new Intl.Collator('zh-CN');

/** Sorts guides by category (in CATEGORY_ORDER), then by title in Chinese collation. */
export function sortGuides<T extends GuideRef>(guides: T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      CATEGORY_ORDER.indexOf(a.data.category) - CATEGORY_ORDER.indexOf(b.data.category) ||
      byTitle.compare(a.data.title, b.data.title),
  );
}

/** Guides grouped by category, in category order; empty categories are left out. */
export function groupByCategory<T extends GuideRef>(
  guides: T[],
): { category: GuideCategory; label: string; guides: T[] }[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    label: GUIDE_CATEGORIES[category],
    guides: sortGuides(guides.filter((g) => g.data.category === category)),
  })).filter((group) => group.guides.length > 0);
}

/** Guides for one audience, sorted. */
export function guidesForAudience<T extends GuideRef>(guides: T[], audience: GuideAudience): T[] {
  return sortGuides(guides.filter((g) => g.data.audience.includes(audience)));
}

// Every guide page asks for its related guides over the same list: sorting that list's category again for each
// page is quadratic (minutes at national scale, ~34,000 guides), so each list is grouped and sorted once.
const sortedCache = new WeakMap<readonly GuideRef[], Map<string, GuideRef[]>>();

function sortedByCategory(all: readonly GuideRef[]): Map<string, GuideRef[]> {
  let byCategory = sortedCache.get(all);
  if (!byCategory) {
    byCategory = new Map();
    for (const g of sortGuides([...all])) {
      const list = byCategory.get(g.data.category);
      if (list) list.push(g);
      else byCategory.set(g.data.category, [g]);
    }
    sortedCache.set(all, byCategory);
  }
  return byCategory;
}

/**
 * Related guides: those the guide names in `related` first (in its order), then others of the same category,
 * without the guide itself and without repeats, at most `limit`.
 */
export function relatedGuides<T extends GuideRef>(guide: GuideRef, all: T[], limit = 6): T[] {
  const byId = oncePer(all, 'id', (l) => indexBy(l, (g) => g.id));
  const named = guide.data.related.map((id) => byId.get(id)).filter((g): g is T => g !== undefined);
  const sameCategory = (sortedByCategory(all).get(guide.data.category) ?? []) as T[];
  const seen = new Set<string>([guide.id]);
  const out: T[] = [];
  for (const list of [named, sameCategory]) {
    for (const g of list) {
      if (out.length >= limit) return out;
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      out.push(g);
    }
  }
  return out;
}

/** Labels of a guide's audiences, e.g. 个人、家属. */
export function audienceLabel(audience: readonly GuideAudience[]): string {
  return audience.map((a) => GUIDE_AUDIENCES[a]).join('、');
}

/**
 * Where a guide applies: 各地通用 for `all`, otherwise the organisations' names (unknown ids, which the check
 * rejects, fall back to the id).
 */
export function orgsLabel(orgs: Guide['orgs'], names: Record<string, string>): string {
  if (orgs === 'all') return '各地通用（地方做法在正文中注明地区）';
  return orgs.map((id) => names[id] ?? id).join('、');
}

/** The answer to “能网上办吗？”, from the online channels; says whom to ask when the sources are silent. */
export function onlineAnswer(guide: Guide): string {
  const online = guide.channels.online;
  const yes = online.filter((c) => c.available);
  if (yes.length) return `可以：${yes.map((c) => c.name).join('、')}（见“办理渠道”）`;
  if (online.length) return '不能网上办理';
  return `来源文件没有写明能否网上办理，请咨询${guide.contact.ask}`;
}

/** The answer to “谁可以办？”: the first condition (with a pointer when there are more) or whom to ask. */
export function whoAnswer(guide: Guide): string {
  const [first, ...rest] = guide.eligibility;
  if (first === undefined) return `${audienceLabel(guide.audience)}；申请条件请咨询${guide.contact.ask}`;
  return rest.length ? `${first}（共 ${guide.eligibility.length} 条，见“申请条件”）` : first;
}

/** One row of the summary box shown first on a guide page. */
export interface SummaryRow {
  label: string;
  value: string;
}

/** The summary box: who can apply, cost, time, trips, online, and what you get where the sources say. */
export function summaryRows(guide: Guide): SummaryRow[] {
  const rows: SummaryRow[] = [
    { label: '谁可以办', value: whoAnswer(guide) },
    { label: '办理单位', value: guide.provider },
    { label: '收费', value: guide.fee },
    { label: '办理时间', value: guide.timeLimit },
    { label: '跑几次', value: guide.channels.trips },
    { label: '能否网上办', value: onlineAnswer(guide) },
  ];
  if (guide.benefit) rows.push({ label: '待遇标准', value: guide.benefit });
  return rows;
}

/** A piece of text, linked when it names another guide. */
export interface TextPart {
  text: string;
  href?: string;
}

/**
 * Splits text so that every mention of another guide by its title in Chinese quotes (“残疾人证换领”) becomes a
 * link to that guide; FAQ answers use this to point to related guides.
 */
export function linkGuideTitles(text: string, guides: readonly GuideRef[]): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /“([^”]+)”/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const target = guides.find((g) => g.data.title === m[1]);
    if (!target || m.index === undefined) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index + 1) });
    parts.push({ text: m[1] ?? '', href: guideUrl(target.id) });
    last = m.index + m[0].length - 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * The organisations a guide's search filter 机构 lists, as their short names, in the site's order of organisations:
 * a guide for everyone (`orgs: all`) is listed under every organisation; ids that name no organisation are skipped.
 * `order` maps each organisation's id to its position in `orgs` (worked out once per build by the caller).
 */
export function guideOrgFilters<O extends { id: string; data: { shortName: string } }>(
  guideOrgs: 'all' | readonly string[],
  orgs: readonly O[],
  order: ReadonlyMap<string, number>,
): string[] {
  const listed =
    guideOrgs === 'all'
      ? orgs
      : [...new Set(guideOrgs)]
          .map((id) => order.get(id))
          .filter((i): i is number => i !== undefined)
          .sort((a, b) => a - b)
          .map((i) => orgs[i]!);
  return listed.map((o) => o.data.shortName);
}
