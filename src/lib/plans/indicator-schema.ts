import { z } from 'zod';
import {
  ALLOWED_COMPARATORS_TEXT,
  bareComparator,
  normaliseComparator,
  parseTargetText,
  type Comparator,
  type Direction,
} from './comparator.ts';
import { msg } from '../core/problem.ts';
import { idSchema, plainString, textSchema, yearSchema, trueOnly } from '../core/schema-common.ts';
import { sourceRefSchema, type SourceRef } from './source-ref.ts';
import { numberOccursIn } from '../core/number-in-text.ts';
import { figureRangeProblem } from './figure-range.ts';

/** Attributes of plan indicators as the documents write them: binding / expected. */
export const ATTRIBUTES = ['约束性', '预期性'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

/** A comparator as written in the file (`≧`, `>=`…), normalised to one of `> ≥ < ≤ =`. */
export const comparatorSchema = plainString().transform((s, ctx): Comparator => {
  const c = normaliseComparator(s);
  if (!c) {
    ctx.addIssue({
      code: 'custom',
      input: s,
      message: msg(
        `比较符号“${s}”无法识别`,
        `只能填写 ${ALLOWED_COMPARATORS_TEXT}；目标只写数值时不填 comparator（越高越好表示“不低于”，越低越好表示“不高于”）`,
      ),
    });
    return z.NEVER;
  }
  return c;
});

const unitSchema = z
  .string(msg('缺少单位', "添加 unit，例如 unit: '%'（百分比，数值写 85 而不是 0.85）、unit: 户、unit: 人次"))
  .trim()
  .min(1, msg('单位是空的', "填写单位，例如 unit: '%'、unit: 户、unit: 人次"));

/** A baseline (基期值): the value in the base year. */
const baselineSchema = z
  .object({
    /** Base year, e.g. 2020. */
    year: yearSchema,
    /** The value; a percentage is written as 68 (unit %), never 0.68. */
    value: z.number(msg('基期值应为数字', '写成 68 这样的数字，不加 % 和引号；原文没有数值就删掉整个 baseline')),
    /** The value as the document writes it, e.g. `68%`. */
    text: textSchema.optional(),
    /** Where it comes from, when not the indicator's own source. */
    source: sourceRefSchema.optional(),
  })
  .strict();

/** A target (目标值) as written in the file, before normalisation. */
const targetInputSchema = z
  .object({
    /** Target year, e.g. 2025. */
    year: yearSchema,
    /** The target exactly as the document writes it: `≧85%`, `>99%`, `95%以上`, `与全市生产总值增长同步`. */
    text: textSchema,
    /** Comparator; may be left out when `text` shows it. `≧ ≦ >= <=` are accepted and normalised. */
    comparator: comparatorSchema.optional(),
    /** The number; may be left out when `text` shows it. A percentage is 85 (unit %), never 0.85. */
    value: z.number(msg('目标值应为数字', '写成 85 这样的数字，不加 % 和引号；原文写法放在 text 中')).optional(),
    /** True for a target that is only words (与全市生产总值增长同步): shown as text, never scored. */
    qualitative: z.boolean().optional(),
    /**
     * Why the value is what it is, when the document does not print it directly (67 − 10 = 57). Only then may the
     * value be missing from the source quote; otherwise the quote must contain it as written.
     */
    note: textSchema.optional(),
    /** Where it comes from, when not the indicator's own source. */
    source: sourceRefSchema.optional(),
  })
  .strict();

/** A normalised numeric target. */
export interface NumericTarget {
  kind: 'numeric';
  year: number;
  text: string;
  comparator: Comparator;
  /** True when the document gives the value without a comparator (so `comparator` follows the direction). */
  bare: boolean;
  value: number;
  note?: string;
  source?: SourceRef;
}

/** A target that is only words. */
export interface QualitativeTarget {
  kind: 'qualitative';
  year: number;
  text: string;
  note?: string;
  source?: SourceRef;
}

export type Target = NumericTarget | QualitativeTarget;

/** One indicator of a plan, as written in `data/plans/<plan>/indicators.yaml` (before normalisation). */
const indicatorInputSchema = z
  .object({
    /** Short English id used in the address, unique within the plan, e.g. `employment-rate`. */
    id: idSchema,
    /** Name exactly as the document writes it, e.g. 残疾人就业率. */
    name: textSchema,
    /** Unit: `%`, 户, 人, 人次, 个, 家… */
    unit: unitSchema,
    /** Area of work, e.g. 康复服务 (used to group indicators on the plan's page). */
    category: textSchema.optional(),
    /** 约束性 or 预期性, where the document says so. */
    attribute: z.enum(ATTRIBUTES).optional(),
    /** `higher` when a higher value is better, `lower` when lower is better. */
    direction: z.enum(['higher', 'lower']),
    /** True for the indicators of the plan's main-indicator table (主要指标表). */
    main: z.boolean().optional(),
    /** True when the values are totals over the plan period (the document prints them in 〔 〕 or marks 累计). */
    cumulative: z.boolean().optional(),
    baseline: baselineSchema.optional(),
    target: targetInputSchema,
    /** Values the table gives for years between the baseline and the target (a 2023年 column), as printed. */
    milestones: z.array(z.object({ year: yearSchema, text: textSchema }).strict()).optional(),
    /** The sentence or table row the indicator comes from, verbatim. */
    source: sourceRefSchema,
    /** Anything a reader needs to know (definitions, caveats). */
    note: textSchema.optional(),
    /**
     * `true` only for an indicator of changes (增减, 增长) whose values can be below zero; a count or rate is never
     * negative, so without it a negative baseline, target or actual is rejected.
     */
    canBeNegative: trueOnly('canBeNegative', '指标是增减数'),
    /**
     * `true` only for a percentage that can exceed 100 (完成率, 增长率); a coverage rate or share (覆盖率, 占比,
     * 就业率) above 100 % is rejected.
     */
    canExceed100: trueOnly('canExceed100', '指标是完成率、增长率等可以超过 100% 的百分比'),
  })
  .strict();

type IndicatorInput = z.output<typeof indicatorInputSchema>;

/**
 * A baseline or target that cannot be true: negative or above 100 % without the indicator declaring it can be
 * (see {@link figureRangeProblem}), or a number its source quote does not contain as written.
 */
function checkFigure(
  ind: IndicatorInput,
  value: number,
  path: string[],
  what: string,
  source: SourceRef,
  ctx: z.RefinementCtx,
  derived = false,
): void {
  const range = figureRangeProblem(value, ind, what);
  if (range) ctx.addIssue({ code: 'custom', path, message: msg(range.problem, range.fix) });
  else if (!derived && !numberOccursIn(value, source.quote)) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: msg(
        `${what} ${value} 在来源原句“${source.quote}”中找不到`,
        `核对${what}是否照录原文：数字要像原文那样出现在 quote 中（1234 与 1,234、85 与 85% 都算一致，0.85 与 85% 不算）${what === '目标值' ? '；原文没有直接写出、是推算出来的目标值，在 target.note 中写明怎样算出' : ''}`,
      ),
    });
  }
}

function checkIndicator(ind: IndicatorInput, ctx: z.RefinementCtx): void {
  const t = ind.target;
  if (ind.baseline && t.year <= ind.baseline.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'year'],
      message: msg(
        `目标年份 ${t.year} 不晚于基期年份 ${ind.baseline.year}`,
        '检查 target.year 和 baseline.year：目标年份应晚于基期年份，例如基期 2020、目标 2025',
      ),
    });
  }
  if (ind.baseline)
    checkFigure(ind, ind.baseline.value, ['baseline', 'value'], '基期值', ind.baseline.source ?? ind.source, ctx);
  if (t.qualitative) {
    if (t.value !== undefined || t.comparator !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['target', 'qualitative'],
        message: msg('文字目标不能同时有数值或比较符号', '删除 value 和 comparator，或删除 qualitative: true'),
      });
    }
    return;
  }
  const parsed = parseTargetText(t.text);
  if (t.value === undefined && !parsed) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'text'],
      message: msg(
        `从“${t.text}”中读不出目标数值`,
        '添加 value（数字）和需要时的 comparator；原文只有文字目标（如“与全市生产总值增长同步”）时添加 qualitative: true',
      ),
    });
    return;
  }
  if (parsed && t.value !== undefined && parsed.value !== t.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'value'],
      message: msg(
        `目标值 ${t.value} 与原文写法“${t.text}”不一致`,
        ind.unit === '%' && Math.abs(t.value * 100 - parsed.value) < 1e-9
          ? `百分比按百分数填写：value 写 ${parsed.value}，不写 ${t.value}`
          : '改正 value，或改正 text 使其与原文一致',
      ),
    });
  }
  // A value that contradicts its own text is reported above; the quote is checked once the two agree.
  const value = parsed && t.value !== undefined && parsed.value !== t.value ? undefined : (t.value ?? parsed?.value);
  // A target the document does not print (任务数 = 67 − 10) carries its derivation in `note`, shown on the page.
  if (value !== undefined)
    checkFigure(
      ind,
      value,
      ['target', t.value !== undefined ? 'value' : 'text'],
      '目标值',
      t.source ?? ind.source,
      ctx,
      t.note !== undefined,
    );
  if (parsed?.comparator && t.comparator && parsed.comparator !== t.comparator) {
    ctx.addIssue({
      code: 'custom',
      path: ['target', 'comparator'],
      message: msg(`比较符号 ${t.comparator} 与原文写法“${t.text}”不一致`, '删除 comparator（按 text 读取），或改正它'),
    });
  }
  if (parsed?.unit && parsed.unit !== ind.unit.replace(/％/g, '%')) {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: msg(`单位“${ind.unit}”与目标原文“${t.text}”中的“${parsed.unit}”不一致`, '改正 unit 使其与原文一致'),
    });
  }
}

/** A validated indicator with its target normalised. */
export interface Indicator extends Omit<IndicatorInput, 'target' | 'direction'> {
  direction: Direction;
  target: Target;
}

function normalise(ind: IndicatorInput): Indicator {
  const t = ind.target;
  const common = { year: t.year, text: t.text, note: t.note, source: t.source };
  if (t.qualitative) return { ...ind, target: { kind: 'qualitative', ...common } };
  const parsed = parseTargetText(t.text);
  const written = t.comparator ?? parsed?.comparator;
  return {
    ...ind,
    target: {
      kind: 'numeric',
      ...common,
      comparator: written ?? bareComparator(ind.direction),
      bare: written === undefined,
      // checkIndicator guarantees one of the two exists.
      value: t.value ?? parsed?.value ?? Number.NaN,
    },
  };
}

/** One indicator: validated, with comparators normalised and the value read from the text where omitted. */
export const indicatorSchema = indicatorInputSchema.superRefine(checkIndicator).transform(normalise);

/** `data/plans/<plan>/indicators.yaml`: the list of a plan's indicators. */
export const indicatorsFileSchema = z
  .object({
    indicators: z
      .array(indicatorSchema, msg('indicators 应为列表', '每个指标以“- id: …”开头，缩进两个空格'))
      .min(1, msg('没有任何指标', '在 indicators 下至少写一个指标')),
  })
  .strict();
