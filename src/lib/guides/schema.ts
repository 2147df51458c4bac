import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { ALL_ORGS, meansAllOrgs } from '../orgs/all-orgs.ts';
import { changesSchema, idSchema, isoDateSchema, rejectInvisible, textSchema } from '../core/schema-common.ts';
import {
  basisSchema,
  channelsSchema,
  contactSchema,
  faqSchema,
  guideSourceSchema,
  materialSchema,
  stepSchema,
} from './schema-parts.ts';

/** Categories of service guides: the id is used in URLs (/guides/category/<id>/), the label on pages. */
export const GUIDE_CATEGORIES = {
  certificate: '证件',
  subsidy: '补贴',
  rehabilitation: '康复',
  education: '教育',
  employment: '就业',
  accessibility: '无障碍',
  rights: '维权',
  other: '其他',
} as const;
export type GuideCategory = keyof typeof GUIDE_CATEGORIES;

/** Who a guide is for (服务对象): the id is used in URLs (/guides/audience/<id>/), the label on pages. */
export const GUIDE_AUDIENCES = { person: '个人', family: '家属', employer: '用人单位' } as const;
export type GuideAudience = keyof typeof GUIDE_AUDIENCES;

/** Lists `id（label）` pairs for error messages. */
function choices(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([id, label]) => `${id}（${label}）`)
    .join('、');
}

/**
 * A closed list of values written either as the English id or as its Chinese label (officials may write
 * 补贴 or subsidy); the result is always the id.
 */
function labelledEnum<K extends string>(labels: Record<K, string>, field: string, example: string) {
  const ids = Object.keys(labels) as [K, ...K[]];
  const byLabel = new Map<string, string>(Object.entries(labels).map(([id, label]) => [label as string, id]));
  const list = choices(labels);
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? msg('缺少必填字段', `请添加 ${field}，例如 ${field}: ${example}；可选：${list}`)
          : msg(`${field} 应为文字`, `只能填写以下之一：${list}`),
    })
    .superRefine(rejectInvisible)
    .transform((v) => byLabel.get(v.trim()) ?? v.trim())
    .pipe(
      z.enum(ids, {
        error: (iss) => msg(`${field} 的取值“${String(iss.input)}”不在允许的列表中`, `只能填写以下之一：${list}`),
      }),
    );
}

/** Required text whose "missing" message says what to write, e.g. 请添加 fee：收费情况. */
function requiredText(field: string, what: string) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? msg('缺少必填字段', `请添加 ${field}：${what}`)
          : msg('应为文字', `把 ${field} 改为文字：${what}`),
    })
    .superRefine(rejectInvisible)
    .trim()
    .min(1, msg('不能为空', `请填写 ${field}：${what}`));
}

/** Top-level fields a source may name in `fields`. */
export const GUIDE_FIELDS = [
  'title',
  'summary',
  'aliases',
  'category',
  'audience',
  'provider',
  'eligibility',
  'materials',
  'materialsNote',
  'benefit',
  'steps',
  'timeLimit',
  'fee',
  'channels',
  'contact',
  'basis',
  'faq',
  'orgs',
  'related',
] as const;

/**
 * Front matter of a service guide (办事指南): `content/guides/<id>.md`. Fields follow the national exchange schema
 * for 政务服务事项 (see sources/reference/service-guides.md). Every fact comes from a document named in `basis`
 * (with `fields`) or a seed sentence quoted in `sources`; where neither gives a local detail, the list is left empty or the text says whom to ask (`contact.ask`).
 */
/**
 * 适用地区: `all`, or the ids of the organisations (data/orgs/) whose area the guide covers. A list of only `all`
 * (`[all]`) means `all` too: the browser editor's choice list always writes a list, with 全国各地 as one choice.
 */
export const guideOrgsSchema = z.preprocess(
  (v) => (meansAllOrgs(v) ? ALL_ORGS : v),
  z.union(
    [
      z.literal('all'),
      z
        .array(idSchema)
        .min(1, msg('机构列表是空的', '写 orgs: all，或列出机构编号'))
        .refine((ids) => !ids.includes('all'), {
          error: msg('all 和机构编号写在了一起', '适用于所有地区就只写 all；只适用于某些地区就只列机构编号'),
        }),
    ],
    { error: msg('orgs 写法不对', '适用于所有地区写 orgs: all；只适用于某些地区就列出机构编号，如 - huzhou') },
  ),
);

export const guideSchema = z
  .object({
    /** 事项名称, e.g. 残疾人证首次申领. */
    title: requiredText('title', '事项名称，如 残疾人证首次申领'),
    /** One plain sentence for lists and search results. */
    summary: requiredText('summary', '一句话说明这项服务是什么'),
    /** Everyday names people search with (残疾证, 补贴, 轮椅…); indexed by search. */
    aliases: z
      .array(textSchema, msg('aliases 应为列表', '每个常用叫法写一行，以“- ”开头'))
      .min(1, msg('至少要写一个常用叫法', '在 aliases 下写群众常用的叫法，如 - 残疾证')),
    /** One of GUIDE_CATEGORIES (id or Chinese label). */
    category: labelledEnum(GUIDE_CATEGORIES, 'category', 'subsidy'),
    /** 服务对象: person, family, employer (ids or Chinese labels). */
    audience: z
      .array(
        labelledEnum(GUIDE_AUDIENCES, 'audience', 'person'),
        msg('audience 应为列表', '每类对象写一行，如 - person'),
      )
      .min(1, msg('至少要写一类服务对象', `在 audience 下写一行，可选：${choices(GUIDE_AUDIENCES)}`)),
    /** 实施主体, e.g. 户籍所在地县级残联. */
    provider: requiredText('provider', '实施主体，如 户籍所在地县级残联'),
    /** 受理条件; an empty list means the sources give none (the page then says whom to ask). */
    eligibility: z.array(
      textSchema,
      msg('eligibility 应为列表', '每个条件写一行，以“- ”开头；没有来源就写 eligibility: []'),
    ),
    /** 申请材料; an empty list means the sources list none. */
    materials: z.array(
      materialSchema,
      msg('materials 应为列表', '每份材料写一项，以“- name:”开头；没有来源就写 materials: []'),
    ),
    /** Shown with the materials, e.g. that no material is needed in one place (免申即享). */
    materialsNote: textSchema.optional(),
    /** 待遇标准 (amount or what is provided) as the sources state it, with the place and year. */
    benefit: textSchema.optional(),
    /** 办理流程, in order. */
    steps: z
      .array(stepSchema, msg('steps 应为列表', '每个步骤写一项，以“- title:”开头'))
      .min(1, msg('至少要写一个办理步骤', '在 steps 下写步骤；不清楚时写“向某单位咨询并申请”')),
    /** 办结时限 as the sources state it, or whom to ask. */
    timeLimit: requiredText('timeLimit', '办结时限；来源没有写明时，写明向哪个单位咨询'),
    /** 收费 as the sources state it, or whom to ask. */
    fee: requiredText('fee', '是否收费；来源没有写明时，写明向哪个单位咨询'),
    channels: channelsSchema,
    contact: contactSchema,
    /** 设定依据; an empty list means the sources name none. */
    basis: z.array(basisSchema, msg('basis 应为列表', '每份文件写一项，以“- title:”开头；没有来源就写 basis: []')),
    faq: z.array(faqSchema, msg('faq 应为列表', '每个问题写一项，以“- q:”开头')).default([]),
    /** `all`, or the ids of the organisations (data/orgs/) whose area the guide covers. */
    orgs: guideOrgsSchema,
    /** Ids of other guides to show under 相关事项. */
    related: z.array(idSchema, msg('related 应为列表', '每个相关指南的编号写一行，如 - care-allowance')).default([]),
    /** Sentences quoted word for word from the source documents (seeds), with the fields they support. */
    sources: z.array(guideSourceSchema, msg('sources 应为列表', '每条来源写一项，以“- document:”开头')).default([]),
    /** The date someone last compared the guide with its sources. */
    lastChecked: isoDateSchema,
    /** 页面历史: major changes, each with its date and a note for readers. */
    changes: changesSchema,
  })
  .strict()
  .superRefine((g, ctx) => {
    const supporters = [...g.sources, ...g.basis.filter((b) => b.fields !== undefined)];
    if (supporters.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: msg(
          '没有写来源',
          '在 sources 下照录来源文件的原句（document、quote、fields），或在 basis 的文件下写 fields 说明它支持哪些内容',
        ),
      });
    }
    const hasContact =
      g.contact.phone !== undefined || g.contact.address !== undefined || g.contact.hours !== undefined;
    if (hasContact && !supporters.some((s) => s.fields?.includes('contact'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['contact'],
        message: msg(
          '写了电话、地址或办公时间，但没有注明出处',
          '在 sources 中加一条来源，并写 fields: [contact]；没有来源的电话、地址不能发布，请删除并只保留 ask',
        ),
      });
    }
    const lists = [
      ['sources', g.sources],
      ['basis', g.basis],
    ] as const;
    for (const [list, items] of lists)
      items.forEach((s, i) =>
        s.fields?.forEach((f, j) => {
          const top = f.split(/[.[]/)[0] ?? f;
          if (!(GUIDE_FIELDS as readonly string[]).includes(top)) {
            ctx.addIssue({
              code: 'custom',
              path: [list, i, 'fields', j],
              message: msg(
                `没有名为“${f}”的字段`,
                `写本指南中的字段名，如 ${['eligibility', 'materials', 'steps', 'fee', 'contact'].join('、')}`,
              ),
            });
          }
        }),
      );
  });

export type Guide = z.output<typeof guideSchema>;
export type GuideMaterial = Guide['materials'][number];
export type GuideStep = Guide['steps'][number];
