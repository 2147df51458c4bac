import { z } from 'zod';
import { phoneSchema } from '../core/contact-fields.ts';
import { msg } from '../core/problem.ts';
import { isoDateSchema, plainString, textSchema } from '../core/schema-common.ts';

// Parts of a service guide (办事指南) that are lists of small records. The guide itself is in guide.ts.

/** How a material is handed in, with the label shown on pages. */
export const MATERIAL_FORMS = { original: '原件', copy: '复印件', both: '原件和复印件' } as const;
export type MaterialForm = keyof typeof MATERIAL_FORMS;

const formIds = Object.keys(MATERIAL_FORMS) as [MaterialForm, ...MaterialForm[]];
const formByLabel = new Map<string, string>(Object.entries(MATERIAL_FORMS).map(([id, label]) => [label, id]));
const formList = Object.entries(MATERIAL_FORMS)
  .map(([id, label]) => `${id}（${label}）`)
  .join('、');

/** One item of 申请材料. */
export const materialSchema = z
  .object({
    /** 材料名称, e.g. 居民身份证. */
    name: textSchema,
    /**
     * 原件 / 复印件: `original`, `copy` or `both` (the Chinese labels are accepted too). Only where a source says
     * so; left out, the page says to ask the office.
     */
    form: plainString()
      .transform((v) => formByLabel.get(v.trim()) ?? v.trim())
      .pipe(
        z.enum(formIds, {
          error: (iss) =>
            msg(`材料形式“${String(iss.input)}”不认识`, `只能填写以下之一：${formList}；不知道就删掉这一行`),
        }),
      )
      .optional(),
    /** 份数, only where a source gives it (e.g. 3 photos). */
    copies: z
      .number(msg('份数应为数字', '写成 3 这样的数字；不知道就删掉这一行'))
      .int(msg('份数应为整数', '写成 3 这样的整数'))
      .min(1, msg('份数至少为 1', '写成 1 或更大的整数；不知道就删掉这一行'))
      .optional(),
    /** 必要性: true when every applicant must bring it, false when only some must. */
    required: z.boolean(msg('required 应为 true（必须）或 false（视情况）', '写 required: true 或 required: false')),
    /** 填报须知 or who needs it, in plain words. */
    note: textSchema.optional(),
  })
  .strict();

/** One step of 办理流程. The order in the list is the step's number. */
export const stepSchema = z
  .object({
    /** Short name of the step, e.g. 申请, 评定, 公示. */
    title: textSchema,
    /** Who acts in this step, e.g. 申请人, 县级残联, 乡镇（街道）. */
    who: textSchema,
    /** What happens, in one or two plain sentences. */
    what: textSchema,
    /** The step's time limit as the source states it, e.g. 5个工作日. Left out when no source gives one. */
    timeLimit: textSchema.optional(),
  })
  .strict();

/** An online way to apply (是否网办). */
export const onlineChannelSchema = z
  .object({
    /** Name of the app or site, e.g. 浙里办. */
    name: textSchema,
    /** Whether the matter can be handled there. */
    available: z.boolean(msg('available 应为 true 或 false', '能网上办理写 true，不能写 false')),
    /** Where or since when, e.g. which county piloted it. */
    note: textSchema.optional(),
  })
  .strict();

/** An in-person place to apply (办理地点), named by kind of office unless a source gives the address. */
export const offlineChannelSchema = z
  .object({
    /** The office, e.g. 户籍所在地县级残联. */
    where: textSchema,
    note: textSchema.optional(),
  })
  .strict();

/** 办理渠道: online, in person and how many trips (到办事现场次数). */
export const channelsSchema = z
  .object({
    /** Online channels; an empty list means no source says whether it can be done online. */
    online: z.array(
      onlineChannelSchema,
      msg('online 应为列表', '每个网上渠道写一项，以“- name:”开头；没有来源就写 online: []'),
    ),
    /** Places to apply in person. */
    offline: z.array(offlineChannelSchema, msg('offline 应为列表', '每个办理地点写一项，以“- where:”开头')),
    /** 跑动次数 as the source states it, or whom to ask. */
    trips: textSchema,
  })
  .strict();

/** 咨询方式: whom to ask, and a phone, address or hours only where a source gives them. */
export const contactSchema = z
  .object({
    /** Whom to ask when a local detail is not in the sources, e.g. 户籍所在地县级残联. Always required. */
    ask: textSchema,
    /** Area code–number, e.g. 0578-1234567; only with a source listed for `contact`. */
    phone: phoneSchema.optional(),
    address: textSchema.optional(),
    hours: textSchema.optional(),
  })
  .strict();

/**
 * 设定依据: a law, regulation, standard or policy, named by its title, its document number, or both, with its issuer
 * and date where known. The page names these documents; it never quotes the project's research notes.
 */
export const basisSchema = z
  .object({
    /** Title as published, with 《》; left out when a source gives only the number. */
    title: textSchema.optional(),
    /** 文号 or standard number, e.g. 国发〔2015〕52号, GB/T 26341-2010; only where a source gives it. */
    number: textSchema.optional(),
    /** 发文机关, e.g. 国务院, 中国残联. */
    issuer: textSchema.optional(),
    /** 印发日期 (the day it was issued), `YYYY-MM-DD`; only where a source gives it. */
    date: isoDateSchema.optional(),
    /** Scope or dates in words, e.g. 2018年1月1日起施行. */
    note: textSchema.optional(),
    /**
     * What the guide takes from this document, in plain Chinese (shown under the document as 要点, not as a
     * quote). Each point is copied from the research notes (sources/reference/), which the tests hold it to.
     */
    points: z
      .array(textSchema, msg('points 应为列表', '每条要点写一行，以“- ”开头，照录调研笔记中的中文句子'))
      .optional(),
    /** Which fields of the guide this document supports, e.g. `eligibility`, `steps`. */
    fields: z.array(textSchema, msg('fields 应为列表', '写成 fields: [eligibility, steps] 这样')).optional(),
  })
  .strict()
  .refine((b) => b.title !== undefined || b.number !== undefined, {
    message: msg('设定依据既没有名称也没有文号', '至少写 title（文件名称）或 number（文号）其中之一'),
  });

/** 常见问题. */
export const faqSchema = z.object({ q: textSchema, a: textSchema }).strict();

/** Seed documents are named by their three-digit number (see sources/README.md). */
export const SOURCE_DOCUMENT_PATTERN = /^\d{3}$/;

/** The project's research notes: they are not a source a page may quote (see basisSchema). */
const NOTES_PATTERN = /^reference\//;

/** Where a fact in the guide comes from: a sentence quoted word for word from a source document (a seed). */
export const guideSourceSchema = z
  .object({
    /** A seed document id such as `001`. */
    document: z
      .union([z.string(), z.number()], msg('document 应为文字', '写来源文件的三位编号，如 "001"'))
      // YAML reads an unquoted 001 as the number 1; the three digits are restored.
      .transform((v) => (typeof v === 'number' ? String(v).padStart(3, '0') : v.trim()))
      .pipe(
        plainString()
          .refine(
            (v) => !NOTES_PATTERN.test(v),
            msg(
              '调研笔记不是来源文件，网页上不能引用它',
              '删去这一条；笔记里提到的正式文件写到 basis 下（title、issuer、number、date），要点写在 points，支持的字段写在 fields',
            ),
          )
          .refine(
            (v) => NOTES_PATTERN.test(v) || SOURCE_DOCUMENT_PATTERN.test(v),
            msg('来源文件写法不对', '写三位文件编号，如 "001"'),
          ),
      ),
    /** The sentence or fact, verbatim from the document. */
    quote: textSchema,
    /** Which fields of the guide it supports, e.g. `materials`, `steps`, `contact`. */
    fields: z.array(textSchema).optional(),
  })
  .strict();
