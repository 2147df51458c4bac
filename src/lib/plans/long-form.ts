import { documentLabel, quoteAsText, type DocumentTitleOf } from '../core/source-text.ts';
import { tableToCsv, type TableDefinition } from '../core/table-schema.ts';
import { indicatorUrl } from '../core/urls.ts';
import { orgLabel } from '../orgs/display.ts';
import { COMPARATOR_WORDS } from './comparator.ts';
import { ATTRIBUTES } from './indicator-schema.ts';
import { valueRows, type ValueRow } from './indicator-view.ts';
import { STATUS_DISPLAY } from './progress-config.ts';
import type { IndicatorView, PlanView } from './view.ts';

// Indicator downloads in long form (issue 18): one row per observation (a baseline, an actual or a target), each
// naming its organisation, plan and indicator by id and name and its source by title and text, so that a row
// copied out of the file still says what it is and where it comes from.

/** One observation of an indicator, with everything a download row says. */
export interface IndicatorObservation {
  plan: PlanView;
  view: IndicatorView;
  row: ValueRow;
  documentTitle: string;
}

const DIRECTION_WORDS = { higher: '越高越好', lower: '越低越好' } as const;
const KIND_WORDS = ['基期值', '实际值', '目标值'] as const;

/** Every observation of one indicator (baseline, actuals, target), in year order. */
export function indicatorObservations(
  plan: PlanView,
  view: IndicatorView,
  titleOf: DocumentTitleOf,
): IndicatorObservation[] {
  return valueRows(view).map((row) => ({ plan, view, row, documentTitle: titleOf(row.source.document) }));
}

/** Every observation of every indicator of the plans, plan by plan in their order. */
export function allIndicatorObservations(plans: readonly PlanView[], titleOf: DocumentTitleOf): IndicatorObservation[] {
  return plans.flatMap((p) => p.indicators.flatMap((v) => indicatorObservations(p, v, titleOf)));
}

/** The indicator download table: fields, Chinese titles and machine names, in column order. */
export const INDICATOR_TABLE: TableDefinition<IndicatorObservation> = {
  name: 'indicators',
  title: '规划指标的基期值、实际值和目标值',
  description:
    '每行是一个指标的一个数值：基期值、某年的实际值或目标值；写明机构、规划、指标、单位、来源文件和原文，以及本站按公开方法对该指标的进展判断。',
  primaryKey: ['plan_id', 'indicator_id', 'kind', 'year'],
  fields: [
    {
      name: 'org_id',
      title: '机构编号',
      type: 'string',
      required: true,
      description: '发布规划的残联在本站的编号',
      value: (o) => o.plan.plan.org,
    },
    {
      name: 'org_name',
      title: '机构',
      type: 'string',
      required: true,
      description: '发布规划的残联全称；原文匿名的名称后标“（原文匿名）”',
      value: (o) => (o.plan.org ? orgLabel(o.plan.org) : o.plan.plan.org),
    },
    {
      name: 'plan_id',
      title: '规划编号',
      type: 'string',
      required: true,
      description: '规划在本站的编号',
      value: (o) => o.plan.plan.id,
    },
    {
      name: 'plan_title',
      title: '规划',
      type: 'string',
      required: true,
      description: '规划或计划的名称',
      value: (o) => o.plan.plan.title,
    },
    {
      name: 'indicator_id',
      title: '指标编号',
      type: 'string',
      required: true,
      description: '指标在规划内的编号',
      value: (o) => o.view.indicator.id,
    },
    {
      name: 'indicator_name',
      title: '指标',
      type: 'string',
      required: true,
      description: '指标名称，照录原文',
      value: (o) => o.view.indicator.name,
    },
    {
      name: 'category',
      title: '指标类别',
      type: 'string',
      description: '原文给出的类别，如“社会保障”；原文没有则为空',
      value: (o) => o.view.indicator.category,
    },
    {
      name: 'attribute',
      title: '指标属性',
      type: 'string',
      enum: ATTRIBUTES,
      description: '约束性或预期性；原文没有则为空',
      value: (o) => o.view.indicator.attribute,
    },
    {
      name: 'direction',
      title: '期望方向',
      type: 'string',
      required: true,
      enum: Object.values(DIRECTION_WORDS),
      description: '数值越高越好还是越低越好',
      value: (o) => DIRECTION_WORDS[o.view.indicator.direction],
    },
    {
      name: 'kind',
      title: '数值类型',
      type: 'string',
      required: true,
      enum: KIND_WORDS,
      description: '基期值、实际值或目标值',
      value: (o) => o.row.label,
    },
    {
      name: 'year',
      title: '年份',
      type: 'year',
      required: true,
      description: '数值所属的年份',
      value: (o) => o.row.year,
    },
    {
      name: 'value',
      title: '数值',
      type: 'number',
      description: '数值（不带单位；百分比写 68 而不是 0.68）；只有文字的目标为空',
      value: (o) => o.row.value,
    },
    {
      name: 'unit',
      title: '单位',
      type: 'string',
      required: true,
      description: '数值的单位，如 %、户、人',
      value: (o) => o.view.indicator.unit,
    },
    {
      name: 'comparator',
      title: '目标比较',
      type: 'string',
      enum: Object.values(COMPARATOR_WORDS),
      description: '目标值的比较方式（高于、不低于、低于、不高于、等于）；只用于有数值的目标',
      value: (o) =>
        o.row.comparator ? COMPARATOR_WORDS[o.row.comparator as keyof typeof COMPARATOR_WORDS] : undefined,
    },
    {
      name: 'value_text',
      title: '原文写法',
      type: 'string',
      description: '原文中这个数值的写法，如“≧85%”“与全市生产总值增长同步”',
      value: (o) => o.row.text,
    },
    {
      name: 'status',
      title: '进展判断',
      type: 'string',
      required: true,
      enum: Object.values(STATUS_DISPLAY).map((s) => s.label),
      description: '本站按公开方法（见“进展判断方法”页）对这个指标的判断；同一指标的各行相同',
      value: (o) => o.view.progress.label,
    },
    {
      name: 'source_document',
      title: '来源文件',
      type: 'string',
      required: true,
      description: '数值出自的文件名称',
      value: (o) => o.documentTitle,
    },
    {
      name: 'source_document_id',
      title: '来源文件编号',
      type: 'string',
      required: true,
      description: '来源文件在本站的编号：“文件”后接三位数字（写成文字，表格软件不会把它当成数字）',
      value: (o) => documentLabel(o.row.source.document),
    },
    {
      name: 'source_text',
      title: '来源原文',
      type: 'string',
      required: true,
      description: '写明这个数值的原句；表格中的数值写作“某表第几行，各栏依次为：……”，各栏一字未改',
      value: (o) => quoteAsText(o.row.source.quote, o.row.source.location),
    },
    {
      name: 'source_location',
      title: '原文位置',
      type: 'string',
      description: '原句在文件中的位置，如章节编号或表格行；原文件没有标注则为空',
      value: (o) => o.row.source.location,
    },
    {
      name: 'note',
      title: '备注',
      type: 'string',
      description: '本站对这个数值或这个指标的说明',
      value: (o) => [o.row.note, o.view.indicator.note].filter(Boolean).join('；'),
    },
    {
      name: 'page',
      title: '本站网页',
      type: 'string',
      required: true,
      description: '本站这个指标的网页路径',
      value: (o) => indicatorUrl(o.plan.plan.id, o.view.indicator.id),
    },
  ],
};

/** One indicator's download: its observations in the columns of the bulk file, as CSV with a BOM for Excel. */
export function indicatorCsv(plan: PlanView, view: IndicatorView, titleOf: DocumentTitleOf): string {
  return tableToCsv(INDICATOR_TABLE, indicatorObservations(plan, view, titleOf));
}
