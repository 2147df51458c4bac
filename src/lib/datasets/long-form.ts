import { documentLabel, quoteAsText, type DocumentTitleOf } from '../core/source-text.ts';
import type { TableDefinition } from '../core/table-schema.ts';
import { datasetUrl } from '../core/urls.ts';
import { periodLabel } from './catalogue.ts';
import { DATASET_TOPICS, type DatasetColumn } from './schema.ts';
import type { Dataset, DatasetRow } from './types.ts';

// Dataset downloads in long form (issue 18): one row per figure (one number cell of the official's table), each
// naming its dataset, organisation, row and column, unit and source by title and sentence, so that every row of
// every dataset fits one table and a row copied out of the file still says what it is and where it comes from.
// A cell the source does not give (empty in the CSV) is not an observation and has no row.

/** How a download names an organisation by its id (the site's full name, anonymised names marked). */
export type OrgNameOf = (orgId: string) => string;

/** One figure of a dataset, with everything a download row says. */
export interface DatasetObservation {
  dataset: Dataset;
  row: DatasetRow;
  /** 1-based position of the row in the dataset (its CSV order). */
  rowNumber: number;
  /** The column the figure is in. */
  column: DatasetColumn;
  value: number;
  orgName: string;
  documentTitle: string;
}

const MEASURE_TYPES = new Set(['integer', 'decimal', 'percent']);

/** The columns of a dataset that hold figures: numbers without a provenance role. */
export function measureColumns(d: Dataset): DatasetColumn[] {
  return d.meta.columns.filter((c) => MEASURE_TYPES.has(c.type) && !c.role);
}

/** The columns that say which row a figure is in: the key first, then any other plain text or year column. */
function labelColumns(d: Dataset): DatasetColumn[] {
  const plain = d.meta.columns.filter((c) => !c.role && !MEASURE_TYPES.has(c.type));
  const key = d.meta.key.flatMap((k) => plain.filter((c) => c.name === k));
  return [...key, ...plain.filter((c) => !key.includes(c))];
}

/** 类别：听力残疾；年龄段：60周岁以上 — the row's label cells as written, by column. */
function rowLabel(columns: readonly DatasetColumn[], row: DatasetRow): string {
  return columns
    .filter((c) => row.raw[c.name])
    .map((c) => `${c.name}：${row.raw[c.name]}`)
    .join('；');
}

/** Every figure of one dataset, row by row, column by column. */
export function datasetObservations(d: Dataset, titleOf: DocumentTitleOf, orgNameOf: OrgNameOf): DatasetObservation[] {
  const measures = measureColumns(d);
  return d.rows.flatMap((row, i) =>
    measures.flatMap((column) => {
      const value = row.cells[column.name];
      if (typeof value !== 'number') return [];
      return [
        {
          dataset: d,
          row,
          rowNumber: i + 1,
          column,
          value,
          orgName: orgNameOf(row.org),
          documentTitle: titleOf(row.document),
        },
      ];
    }),
  );
}

/** Every figure of every dataset, dataset by dataset in their order. */
export function allDatasetObservations(
  datasets: readonly Dataset[],
  titleOf: DocumentTitleOf,
  orgNameOf: OrgNameOf,
): DatasetObservation[] {
  return datasets.flatMap((d) => datasetObservations(d, titleOf, orgNameOf));
}

const labelsMemo = new WeakMap<Dataset, DatasetColumn[]>();
const labelsOf = (d: Dataset) => {
  let hit = labelsMemo.get(d);
  if (!hit) labelsMemo.set(d, (hit = labelColumns(d)));
  return hit;
};

/** The long-form dataset table: fields, Chinese titles and machine names, in column order. */
export const DATASET_LONG_TABLE: TableDefinition<DatasetObservation> = {
  name: 'datasets-long',
  title: '统计数据（长表：每行一个数字）',
  description:
    '每行是一个统计数据集中的一个数字：写明数据集、机构、所在行和列、单位、来源文件和原句；原表中为空的格（原文没有给出）不成行。',
  primaryKey: ['dataset_id', 'row_number', 'measure'],
  fields: [
    {
      name: 'dataset_id',
      title: '数据集编号',
      type: 'string',
      required: true,
      description: '数据集在本站的编号',
      value: (o) => o.dataset.id,
    },
    {
      name: 'dataset_title',
      title: '数据集',
      type: 'string',
      required: true,
      description: '数据集的名称',
      value: (o) => o.dataset.meta.title,
    },
    {
      name: 'org_id',
      title: '机构编号',
      type: 'string',
      required: true,
      description: '这个数字所属的残联在本站的编号',
      value: (o) => o.row.org,
    },
    {
      name: 'org_name',
      title: '机构',
      type: 'string',
      required: true,
      description: '这个数字所属的残联全称；原文匿名的名称后标“（原文匿名）”',
      value: (o) => o.orgName,
    },
    {
      name: 'topic',
      title: '主题',
      type: 'string',
      required: true,
      enum: Object.values(DATASET_TOPICS),
      description: '数据集的主题',
      value: (o) => DATASET_TOPICS[o.dataset.meta.topic],
    },
    {
      name: 'year',
      title: '年份',
      type: 'year',
      description: '数字所属的年份；跨年的数据集为空，见“时间”',
      value: (o) => o.dataset.meta.year,
    },
    {
      name: 'period',
      title: '时间',
      type: 'string',
      required: true,
      description: '数字所属的时间，如“2023年（截止10月底）”',
      value: (o) => periodLabel(o.dataset.meta),
    },
    {
      name: 'row_number',
      title: '数据行号',
      type: 'integer',
      required: true,
      description: '这个数字在原数据表中的第几行（不含表头）',
      value: (o) => o.rowNumber,
    },
    {
      name: 'row_label',
      title: '所在行',
      type: 'string',
      description: '原数据表中这一行的分类，写作“列名：值”，如“类别：听力残疾”；只按机构分行的表为空',
      value: (o) => rowLabel(labelsOf(o.dataset), o.row),
    },
    {
      name: 'measure',
      title: '统计项',
      type: 'string',
      required: true,
      description: '原数据表中这个数字所在的列，如“人数”“改造户数”',
      value: (o) => o.column.name,
    },
    {
      name: 'value',
      title: '数值',
      type: 'number',
      required: true,
      description: '数字（不带单位和千位分隔符；百分比写 68.4 而不是 0.684）',
      value: (o) => o.value,
    },
    {
      name: 'unit',
      title: '单位',
      type: 'string',
      description: '数字的单位，如 人、户、万元、%',
      value: (o) => o.column.unit,
    },
    {
      name: 'is_total',
      title: '合计行',
      type: 'boolean',
      required: true,
      description: '这一行是不是原表的合计行（是/否）',
      value: (o) => o.row.total,
    },
    {
      name: 'source_document',
      title: '来源文件',
      type: 'string',
      required: true,
      description: '数字出自的文件名称',
      value: (o) => o.documentTitle,
    },
    {
      name: 'source_document_id',
      title: '来源文件编号',
      type: 'string',
      required: true,
      description: '来源文件在本站的编号：“文件”后接三位数字（写成文字，表格软件不会把它当成数字）',
      value: (o) => documentLabel(o.row.document),
    },
    {
      name: 'source_text',
      title: '来源原文',
      type: 'string',
      required: true,
      description: '写明这个数字的原句，一字未改；表格中的数字写作“表格一行，各栏依次为：……”',
      value: (o) => quoteAsText(o.row.sentence),
    },
    {
      name: 'note',
      title: '备注',
      type: 'string',
      description: '原数据表中这一行的备注',
      value: (o) =>
        o.dataset.meta.columns
          .filter((c) => c.role === 'note')
          .map((c) => o.row.raw[c.name])
          .filter(Boolean)
          .join('；'),
    },
    {
      name: 'page',
      title: '本站网页',
      type: 'string',
      required: true,
      description: '本站这个数据集的网页路径',
      value: (o) => datasetUrl(o.dataset.id),
    },
  ],
};
