import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { idSchema, isoDateSchema, textSchema, yearSchema } from '../core/schema-common.ts';
import { documentIdSchema } from './source-ref.ts';

/** Kinds of plan, with their Chinese labels. */
export const PLAN_KINDS = { 'five-year-plan': '五年规划', 'annual-plan': '年度计划' } as const;
export type PlanKind = keyof typeof PLAN_KINDS;

/** The document a plan comes from. */
export const planSourceSchema = z
  .object({
    /** Id of the source document, e.g. `003`. */
    document: documentIdSchema,
    /** The document's title, verbatim. */
    title: textSchema,
    /** File name of the document as received. */
    file: textSchema,
    /** Publication date, only where the document gives it. */
    published: isoDateSchema.optional(),
  })
  .strict();

/** A plan with indicators and targets: `data/plans/<plan-id>.yaml`. */
export const planSchema = z
  .object({
    /** Same as the file name, e.g. `lishui-2021-2025`; used in addresses. */
    id: idSchema,
    /** Id of the organisation (a file in data/orgs/). */
    org: idSchema,
    /** Title shown on the site. */
    title: textSchema,
    /** five-year-plan | annual-plan. */
    kind: z.enum(Object.keys(PLAN_KINDS) as [PlanKind, ...PlanKind[]]),
    /** Years the plan covers (an annual plan: the same year twice). */
    period: z.object({ startYear: yearSchema, endYear: yearSchema }).strict(),
    /** Year of the baselines (基期), e.g. 2020; left out for annual task lists without baselines. */
    baseYear: yearSchema.optional(),
    /** Year the targets are for, e.g. 2025. */
    targetYear: yearSchema,
    /** One or two sentences shown in lists. */
    summary: textSchema.optional(),
    source: planSourceSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.period.endYear < p.period.startYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'endYear'],
        message: msg('结束年份早于开始年份', '检查 period 的 startYear 和 endYear，例如 2021 和 2025'),
      });
    }
    if (p.baseYear !== undefined && p.targetYear <= p.baseYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetYear'],
        message: msg(
          `目标年份 ${p.targetYear} 不晚于基期年份 ${p.baseYear}`,
          '检查 baseYear 和 targetYear：目标年份应晚于基期年份，例如基期 2020、目标 2025',
        ),
      });
    }
  });

export type Plan = z.output<typeof planSchema>;
