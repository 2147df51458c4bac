import { z } from 'zod';
import { absoluteUrlSchema, apiDateSchema, apiResponseSchema, type ApiContext } from '../core/api.ts';
import { guideUrl, type GuideRef } from './guides.ts';
import { GUIDE_AUDIENCES, GUIDE_CATEGORIES, type GuideAudience, type GuideCategory } from './schema.ts';

// /api/guides.json: every service guide (issue 18, part 5). A guide's front matter says `orgs: all` or lists
// organisations; the API gives one type for one field: `orgs` is always a list, and `national` says whether the
// guide applies everywhere (then `orgs` is empty).

const categories = Object.keys(GUIDE_CATEGORIES) as [GuideCategory, ...GuideCategory[]];
const audiences = Object.keys(GUIDE_AUDIENCES) as [GuideAudience, ...GuideAudience[]];

/** One guide as /api/guides.json lists it. */
export const guideApiItemSchema = z
  .object({
    id: z.string().min(1).describe('指南编号，全站唯一'),
    title: z.string().min(1).describe('事项名称'),
    summary: z.string().min(1).describe('一句话说明'),
    aliases: z.array(z.string().min(1)).describe('群众常用的叫法'),
    category: z.enum(categories).describe('类别'),
    categoryLabel: z.string().min(1).describe('类别的中文名称'),
    audience: z.array(z.enum(audiences)).describe('服务对象'),
    audienceLabels: z.array(z.string().min(1)).describe('服务对象的中文名称'),
    national: z.boolean().describe('是否各地通用；为 true 时 orgs 为空列表'),
    orgs: z.array(z.string().min(1)).describe('只适用于某些地区时，这些地区残联的机构编号'),
    url: absoluteUrlSchema.describe('指南网页'),
    lastChecked: apiDateSchema.describe('最近一次与来源文件核对的日期'),
  })
  .strict();

/** The whole response of /api/guides.json. */
export const guidesApiSchema = apiResponseSchema('guides', guideApiItemSchema);

/** A guide as the API lists it. */
export function guideApiItem(guide: GuideRef, ctx: ApiContext): z.output<typeof guideApiItemSchema> {
  const d = guide.data;
  return {
    id: guide.id,
    title: d.title,
    summary: d.summary,
    aliases: d.aliases,
    category: d.category,
    categoryLabel: GUIDE_CATEGORIES[d.category],
    audience: d.audience,
    audienceLabels: d.audience.map((a) => GUIDE_AUDIENCES[a]),
    national: d.orgs === 'all',
    orgs: d.orgs === 'all' ? [] : d.orgs,
    url: ctx.abs(guideUrl(guide.id)),
    lastChecked: d.lastChecked,
  };
}
