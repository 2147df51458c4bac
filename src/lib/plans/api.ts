import { z } from 'zod';
import {
  absoluteUrlSchema,
  apiResponseSchema,
  documentRefSchema,
  figureSourceSchema,
  type ApiContext,
  type FigureSource,
} from '../core/api.ts';
import { quoteAsText } from '../core/source-text.ts';
import {
  SECTION_URLS,
  embedIndicatorUrl,
  indicatorDownloadName,
  indicatorDownloadUrl,
  indicatorUrl,
  planUrl,
} from '../core/urls.ts';
import { COMPARATORS } from './comparator.ts';
import { ATTRIBUTES } from './indicator-schema.ts';
import { PROGRESS_STATUSES, PROGRESS_THRESHOLDS } from './progress-config.ts';
import { PLAN_KINDS, type PlanKind } from './schema.ts';
import type { SourceRef } from './source-ref.ts';
import type { IndicatorView, PlanView } from './view.ts';

// /api/indicators.json: every plan with its indicators, values, sources and progress (issue 18, part 5). An
// indicator's `id` is unique across the site (`<plan>_<indicator>`, the name of its download files); its id
// within the plan is `indicator`.

const text = () => z.string().min(1);
const year = () => z.number().int();
const kinds = Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]];

const baselineApiSchema = z
  .object({ year: year(), value: z.number(), text: text().optional(), source: figureSourceSchema })
  .strict();

const targetApiSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('numeric'),
      year: year(),
      text: text().describe('原文写法'),
      comparator: z.enum(COMPARATORS).describe('比较方式'),
      bare: z.boolean().describe('原文只写数值、没有写比较符号（比较方式由指标方向推定）'),
      value: z.number(),
      note: text().optional(),
      source: figureSourceSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('qualitative'),
      year: year(),
      text: text().describe('文字目标，照录原文'),
      note: text().optional(),
      source: figureSourceSchema,
    })
    .strict(),
]);

const actualApiSchema = z
  .object({
    year: year(),
    value: z.number(),
    text: text().optional(),
    note: text().optional(),
    source: figureSourceSchema,
  })
  .strict();

const yearValue = z.object({ year: year(), value: z.number() }).strict();

const progressApiSchema = z
  .object({
    status: z.enum(PROGRESS_STATUSES).describe('进展判断'),
    label: text().describe('进展判断的中文名称'),
    latest: yearValue.optional().describe('用来判断的实际值'),
    expected: z.number().optional().describe('按直线推算，这一年应达到的值'),
    ratio: z.number().optional().describe('进展比例 (实际 − 基期) / (应达 − 基期)'),
    completionPercent: z.number().optional().describe('完成率（没有基期的一年任务）'),
    steps: z.array(text()).describe('计算过程，每步一句'),
    explanation: text().describe('一句话说明'),
  })
  .strict();

/** One indicator as /api/indicators.json lists it. */
export const indicatorApiItemSchema = z
  .object({
    id: text().describe('指标编号，全站唯一：规划编号_规划内的指标编号'),
    indicator: text().describe('规划内的指标编号'),
    plan: text().describe('规划编号'),
    org: text().describe('机构编号'),
    name: text().describe('指标名称，照录原文'),
    unit: text().describe('单位'),
    category: text().optional().describe('类别'),
    attribute: z.enum(ATTRIBUTES).optional().describe('指标属性'),
    direction: z.enum(['higher', 'lower']).describe('越高越好（higher）或越低越好（lower）'),
    main: z.boolean().optional().describe('是否主要指标表中的指标'),
    cumulative: z.boolean().optional().describe('数值是否规划期累计数'),
    url: absoluteUrlSchema.describe('指标网页'),
    embed: absoluteUrlSchema.describe('可嵌入其他网页的图表'),
    downloads: z
      .object({ csv: absoluteUrlSchema, json: absoluteUrlSchema })
      .strict()
      .describe('这一项指标的 CSV 和 JSON 下载'),
    baseline: baselineApiSchema.nullable().describe('基期值；没有基期时为 null'),
    target: targetApiSchema,
    actuals: z.array(actualApiSchema).describe('实际值，从早到晚'),
    progress: progressApiSchema,
    source: figureSourceSchema.describe('指标出自的原文'),
    note: text().optional(),
  })
  .strict();

/** One plan as /api/indicators.json lists it. */
export const planApiItemSchema = z
  .object({
    id: text().describe('规划编号，全站唯一'),
    org: text().describe('机构编号'),
    title: text(),
    kind: z.enum(kinds),
    kindLabel: text(),
    period: z.object({ startYear: year(), endYear: year() }).strict(),
    baseYear: year().optional(),
    targetYear: year(),
    url: absoluteUrlSchema.describe('规划网页'),
    document: documentRefSchema.describe('规划的原文件'),
    indicators: z.array(indicatorApiItemSchema),
  })
  .strict();

/** The whole response of /api/indicators.json: the progress method, then every plan. */
export const indicatorsApiSchema = apiResponseSchema('plans', planApiItemSchema, {
  method: z
    .object({
      url: absoluteUrlSchema.describe('进展判断方法的说明'),
      thresholds: z.object({ onTrack: z.number(), needsAcceleration: z.number() }).strict(),
    })
    .strict(),
});

/** Where a figure comes from, as the API says it: the registered document and the quote as plain text. */
function figureSource(ref: SourceRef, ctx: ApiContext): FigureSource {
  return {
    document: ctx.document(ref.document),
    quote: quoteAsText(ref.quote, ref.location),
    ...(ref.location ? { location: ref.location } : {}),
  };
}

/** One indicator as the API lists it. */
export function indicatorApiItem(
  planView: PlanView,
  v: IndicatorView,
  ctx: ApiContext,
): z.output<typeof indicatorApiItemSchema> {
  const { plan } = planView;
  const { indicator: i, progress: p } = v;
  const t = i.target;
  const opt = <K extends string, V>(k: K, value: V | undefined) =>
    (value === undefined ? {} : { [k]: value }) as Partial<Record<K, V>>;
  const target =
    t.kind === 'numeric'
      ? {
          kind: t.kind,
          year: t.year,
          text: t.text,
          comparator: t.comparator,
          bare: t.bare,
          value: t.value,
          ...opt('note', t.note),
          source: figureSource(t.source ?? i.source, ctx),
        }
      : {
          kind: t.kind,
          year: t.year,
          text: t.text,
          ...opt('note', t.note),
          source: figureSource(t.source ?? i.source, ctx),
        };
  return {
    id: indicatorDownloadName(plan.id, i.id),
    indicator: i.id,
    plan: plan.id,
    org: plan.org,
    name: i.name,
    unit: i.unit,
    ...opt('category', i.category),
    ...opt('attribute', i.attribute),
    direction: i.direction,
    ...opt('main', i.main),
    ...opt('cumulative', i.cumulative),
    url: ctx.abs(indicatorUrl(plan.id, i.id)),
    embed: ctx.abs(embedIndicatorUrl(plan.id, i.id)),
    downloads: {
      csv: ctx.abs(indicatorDownloadUrl(plan.id, i.id, 'csv')),
      json: ctx.abs(indicatorDownloadUrl(plan.id, i.id, 'json')),
    },
    baseline: i.baseline
      ? {
          year: i.baseline.year,
          value: i.baseline.value,
          ...opt('text', i.baseline.text),
          source: figureSource(i.baseline.source ?? i.source, ctx),
        }
      : null,
    target,
    actuals: v.actuals.map((a) => ({
      year: a.year,
      value: a.value,
      ...opt('text', a.text),
      ...opt('note', a.note),
      source: figureSource(a.source, ctx),
    })),
    progress: {
      status: p.status,
      label: p.label,
      ...opt('latest', p.latest && { year: p.latest.year, value: p.latest.value }),
      ...opt('expected', p.expected),
      ...opt('ratio', p.ratio),
      ...opt('completionPercent', p.completionPercent),
      steps: p.steps,
      explanation: p.explanation,
    },
    source: figureSource(i.source, ctx),
    ...opt('note', i.note),
  };
}

/** One plan with its indicators as the API lists it. */
export function planApiItem(planView: PlanView, ctx: ApiContext): z.output<typeof planApiItemSchema> {
  const { plan } = planView;
  return {
    id: plan.id,
    org: plan.org,
    title: plan.title,
    kind: plan.kind,
    kindLabel: PLAN_KINDS[plan.kind],
    period: plan.period,
    ...(plan.baseYear !== undefined ? { baseYear: plan.baseYear } : {}),
    targetYear: plan.targetYear,
    url: ctx.abs(planUrl(plan.id)),
    document: ctx.document(plan.source.document),
    indicators: planView.indicators.map((v) => indicatorApiItem(planView, v, ctx)),
  };
}

/** The endpoint's own fields: where the progress method is explained and its thresholds. */
export function progressMethod(ctx: ApiContext): z.output<typeof indicatorsApiSchema>['method'] {
  return { url: ctx.abs(SECTION_URLS.plansMethod), thresholds: { ...PROGRESS_THRESHOLDS } };
}
