import { z } from 'zod';
import { hoursSchema, phoneSchema } from '../core/contact-fields.ts';
import { msg } from '../core/problem.ts';
import { textSchema } from '../core/schema-common.ts';
import { sourceRefSchema } from '../core/source-ref.ts';

// 联系方式 of an organisation (issue 17, part 1). Every item carries its own source, because a phone number or an
// address that nobody can trace back to a document must never reach a citizen: a wrong number wastes a trip.

/** The contact items, with the Chinese label used in messages and on pages, in the order pages show them. */
export const CONTACT_LABELS = {
  address: '地址',
  phone: '电话',
  hours: '办公时间',
  online: '网上办事入口',
} as const;
export type ContactField = keyof typeof CONTACT_LABELS;

const EXAMPLES: Record<ContactField, string> = {
  address: '某市某路1号',
  phone: '0578-1234567',
  hours: '周一至周五 8:30-12:00，14:00-17:30',
  online: '浙里办 App 搜索“某某残联”',
};

/** How to write an item with its source, for fixes. */
function sourcedFix(field: ContactField): string {
  return `在 ${field}: 下面缩进写 value: ${EXAMPLES[field]} 和 source:，source 下再写 document: "001" 和 quote: 原文中写明${CONTACT_LABELS[field]}的句子；找不到出处的${CONTACT_LABELS[field]}不能发布，请删除这一项`;
}

/**
 * One contact item: `{ value, source: { document, quote } }`. A bare value (the form an official writes first)
 * is reported as unsourced rather than as a type error, so the message says what is missing.
 */
function sourced<T extends z.ZodType<unknown, string>>(field: ContactField, value: T) {
  const label = CONTACT_LABELS[field];
  return z
    .unknown()
    .superRefine((v, ctx) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        ctx.addIssue({ code: 'custom', message: msg(`写了${label}，但没有注明出处`, sourcedFix(field)) });
      } else if (!('source' in v) || (v as { source?: unknown }).source == null) {
        ctx.addIssue({
          code: 'custom',
          path: ['source'],
          message: msg(`${label}没有注明出处`, sourcedFix(field)),
        });
      }
    })
    .pipe(
      z
        .object({
          value: value,
          source: sourceRefSchema,
        })
        .strict(),
    );
}

/** 联系方式: each item only with the seed sentence that states it. Left out entirely when no source gives one. */
export const orgContactSchema = z
  .object(
    {
      /** 办公地址 as the source writes it. */
      address: sourced('address', textSchema).optional(),
      /** 咨询电话: 区号-号码 or a service line such as 12385. */
      phone: sourced('phone', phoneSchema).optional(),
      /** 办公时间 with real times of day, e.g. 周一至周五 8:30-12:00，14:00-17:30. */
      hours: sourced('hours', hoursSchema).optional(),
      /** 政务服务网 / 浙里办 entry, in words: where to search and for what. */
      online: sourced('online', textSchema).optional(),
    },
    msg('contact 写法不对', '在 contact 下分行写 address、phone、hours、online，每项带 value 和 source'),
  )
  .strict();

export type OrgContact = z.output<typeof orgContactSchema>;
