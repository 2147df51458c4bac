// The Decap CMS configuration (/admin/config.yml), generated from the zod schemas the check uses, so the editor
// and `npm run check` can never disagree on which fields exist, which are required, their choices and patterns.
// Pure: the build writes it (src/pages/admin/config.yml.ts); config.test.ts compares it with the schemas.
import type { z } from 'zod';
import { ORG_LEVELS, orgSchema } from '../orgs/schema.ts';
import { orgKind } from '../orgs/kind.ts';
import { REPORT_KINDS, reportSchema } from '../reports/schema.ts';
import { GUIDE_AUDIENCES, GUIDE_CATEGORIES, guideSchema } from '../guides/schema.ts';
import { MATERIAL_FORMS } from '../guides/schema-parts.ts';
import { PLAN_KINDS, planSchema } from '../plans/schema.ts';
import { indicatorsFileSchema } from '../plans/indicator-schema.ts';
import { ACTUAL_COLUMN_LABELS, ACTUAL_COLUMNS, OPTIONAL_ACTUAL_COLUMNS } from '../plans/actual-schema.ts';
import { COLUMN_ROLES, DATASET_TOPICS, datasetSchema } from '../datasets/schema.ts';
import { siteSchema } from '../settings/schema.ts';
import { DATA_LICENCES } from '../settings/licence.ts';
import { ID_PATTERN } from '../core/schema-common.ts';
import { WORKFLOW_BACKENDS, type CmsBackend } from './backend.ts';
import { CHOICE_LABELS, NAME_LABELS, PATH_LABELS } from './labels.ts';
import { shapeOf, type FieldShape, type NamedShape } from './zod-walk.ts';
import { YAML_KEEP } from './yaml-keep.ts';
import { ALL_ORGS } from '../orgs/all-orgs.ts';

/** A Decap field (the subset this generator writes). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  default?: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  path?: string;
  slug?: string;
  create?: boolean;
  delete?: boolean;
  identifier_field?: string;
  summary?: string;
  fields?: CmsField[];
}

/** Chinese names of every closed list's choices: the features' own label maps, then CHOICE_LABELS. */
const CHOICE_NAMES: Record<string, string> = {
  ...CHOICE_LABELS,
  ...ORG_LEVELS,
  ...REPORT_KINDS,
  ...GUIDE_CATEGORIES,
  ...GUIDE_AUDIENCES,
  ...MATERIAL_FORMS,
  ...PLAN_KINDS,
  ...DATASET_TOPICS,
  ...COLUMN_ROLES,
  ...Object.fromEntries(Object.entries(DATA_LICENCES).map(([id, l]) => [id, l.title])),
};

/** The label of the field at `path` (`orgs.contact.phone`), or an error naming the field without one. */
export function labelOf(path: string): string {
  const label = PATH_LABELS[path] ?? NAME_LABELS[path.split('.').at(-1)!];
  if (!label) throw new Error(`CMS 字段 ${path} 没有中文名称：在 src/lib/cms/labels.ts 中补上`);
  return label;
}

/** Hints for patterns whose check message is a sentence for the file, not for a form. */
const DATE_PATTERN: [string, string] = ['^\\d{4}-\\d{2}-\\d{2}$', '日期写成 2024-01-31 这样的“年-月-日”'];
const DOCUMENT_PATTERN: [string, string] = ['^\\d{3}$', '写三位文件编号，如 004'];

/**
 * `inOptional`: the field sits in an object that may be left out (an organisation's 联系方式, an indicator's 基期).
 * Decap validates such an object's fields even when the object is absent, so an organisation without contact
 * details could not be saved; they are optional in the editor, and the check still requires them when the object
 * is there (found by tests/browser/cms.test.ts).
 */
function fieldOf(path: string, named: NamedShape, inOptional = false): CmsField {
  const name = named.name;
  const required = named.required && !inOptional;
  const base = { name, label: labelOf(path), ...(required ? {} : { required: false }) };
  const widget = widgetOf(path, named.shape, inOptional || !named.required);
  // An optional switch left alone writes nothing: `canBeNegative: false` would be rejected (true or left out).
  if (widget.widget === 'boolean' && !required) delete widget.default;
  return { ...base, ...widget };
}

type Widget = Omit<CmsField, 'name' | 'label' | 'required'>;

function widgetOf(path: string, shape: FieldShape, optionalObject = false): Widget {
  const name = path.split('.').at(-1)!;
  switch (shape.type) {
    case 'object':
      return { widget: 'object', fields: shape.fields.map((f) => fieldOf(`${path}.${f.name}`, f, optionalObject)) };
    case 'list': {
      const min = shape.min !== undefined ? { min: shape.min } : {};
      // `default: []`: without it Decap starts a new entry's list with one item made of its fields' defaults (a
      // material with only 必须提交 = false), which an official must notice and delete before saving.
      if (shape.of.type === 'object')
        return {
          widget: 'list',
          ...min,
          default: [],
          fields: shape.of.fields.map((f) => fieldOf(`${path}.${f.name}`, f)),
        };
      // A list of single values: one labelled input per item (each item is its own text box).
      return {
        widget: 'list',
        ...min,
        field: { name, label: labelOf(path), ...widgetOf(path, shape.of) },
      };
    }
    case 'select':
      return {
        widget: 'select',
        options: shape.options.map((value) => ({
          value,
          label: CHOICE_NAMES[value] && CHOICE_NAMES[value] !== value ? `${CHOICE_NAMES[value]}（${value}）` : value,
        })),
      };
    case 'number':
      return {
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
        ...(shape.min === 1949 && shape.max === 2100 ? { hint: '四位数字的年份，如 2024' } : {}),
      };
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'date':
      return { widget: 'string', pattern: DATE_PATTERN, hint: '写成 2024-01-31' };
    case 'unsupported':
      // Kept as the file has it; changed in the file itself (the publishing page says how).
      return { widget: 'hidden', hint: `${shape.why}：请直接在文件中修改` };
    case 'string': {
      if (name === 'document') return { widget: 'string', pattern: DOCUMENT_PATTERN };
      if (shape.pattern) {
        const message = shape.message ?? '写法不对';
        return { widget: 'string', pattern: [shape.pattern.source, message] };
      }
      return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
    }
  }
}

/** Fields that hold a sentence or more: a multi-line box. */
const LONG_TEXT = new Set(['summary', 'quote', 'source', 'note', 'what', 'a', 'meaning', 'description', 'benefit']);

/** The fields of a schema's top-level object, labelled under `collection`. */
export function schemaFields(collection: string, schema: z.ZodType): CmsField[] {
  const shape = shapeOf(schema);
  if (shape.type !== 'object') throw new Error(`${collection}: 不是对象`);
  return shape.fields.map((f) => fieldOf(`${collection}.${f.name}`, f));
}

/**
 * The organisation field as a choice among the committed organisations (Decap's relation widget); a list of
 * organisations (a dataset's) as a choice of several.
 */
function orgRelation(field: CmsField): CmsField {
  const { pattern: _pattern, field: _item, min: _min, ...rest } = field;
  return {
    ...rest,
    ...(field.widget === 'list' ? { multiple: true, ...(field.min !== undefined ? { min: field.min } : {}) } : {}),
    widget: 'relation',
    collection: 'orgs',
    value_field: 'id',
    search_fields: ['id', 'name', 'shortName'],
    display_fields: ['name'],
  };
}

const withOrgRelation = (fields: CmsField[]) => fields.map((f) => (f.name === 'org' ? orgRelation(f) : f));

/** A committed organisation as the editor offers it for a guide's 适用地区. */
export interface OrgChoice {
  id: string;
  name: string;
}

/**
 * A guide's 适用地区 (`all` or a list of organisations, which no single Decap widget writes) as one list of
 * choices: 全国各地 (`all`) and every committed organisation. It always writes a list; the check reads `[all]` as
 * `all` and stops `all` chosen with an organisation. No `min`: Decap counts a file's plain `all` as no choice.
 */
function guideOrgsField(field: CmsField, orgs: readonly OrgChoice[]): CmsField {
  const { hint: _hint, ...rest } = field;
  return {
    ...rest,
    widget: 'select',
    multiple: true,
    hint: '全国通用的指南选“全国各地”；只在某些地区办理的，选这些地区的残联',
    options: [
      { value: ALL_ORGS, label: `全国各地（${ALL_ORGS}）` },
      ...orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.id}）` })),
    ],
  };
}

/** The actuals CSV as the editor shows it: `rows`, one item per line, columns in the file's order. */
export function actualFields(): CmsField[] {
  const columns: CmsField[] = ACTUAL_COLUMNS.map((c) => {
    const label = ACTUAL_COLUMN_LABELS[c];
    const optional = OPTIONAL_ACTUAL_COLUMNS.includes(c) ? { required: false } : {};
    if (c === 'year') return { name: c, label, widget: 'number', value_type: 'int', min: 1949, max: 2100, ...optional };
    if (c === 'value') return { name: c, label, widget: 'number', value_type: 'float', ...optional };
    if (c === 'document') return { name: c, label, widget: 'string', pattern: DOCUMENT_PATTERN, ...optional };
    if (c === 'indicator')
      return {
        name: c,
        label,
        widget: 'string',
        pattern: [ID_PATTERN.source, '指标编号只能用小写英文字母、数字和短横线'],
        ...optional,
      };
    return { name: c, label, widget: c === 'quote' || c === 'note' ? 'text' : 'string', ...optional };
  });
  return [{ name: 'rows', label: '实际值（每行一个）', widget: 'list', fields: columns }];
}

/** Collections of the editor: every kind of file officials edit, in the folders the check reads. */
export function collections(orgs: readonly OrgChoice[] = []): CmsCollection[] {
  const orgFolder = orgKind.files.base;
  return [
    {
      name: 'orgs',
      label: '机构',
      label_singular: '机构',
      description: '各残联的基本信息和联系方式：data/orgs/<编号>.yaml。每个电话、地址都要写明出自哪份文件的哪一句。',
      folder: orgFolder,
      extension: 'yaml',
      format: YAML_KEEP,
      slug: '{{fields.id}}',
      identifier_field: 'id',
      summary: '{{name}}（{{id}}）',
      create: true,
      fields: schemaFields('orgs', orgSchema),
    },
    {
      name: 'reports',
      label: '年度报告',
      label_singular: '年度报告',
      description: '工作总结、计划和规划原文：content/reports/<机构>/<年份>-<类型>.md。',
      folder: 'content/reports',
      extension: 'md',
      format: 'frontmatter',
      // The path template is lower-cased and its dots turned into dashes by Decap, so it names fields without
      // the `fields.` prefix; `{{slug}}` is the slug below, where `fields.year` is this field (`{{year}}` is today's).
      path: '{{org}}/{{slug}}',
      slug: '{{fields.year}}-{{fields.kind}}',
      create: true,
      summary: '{{title}}',
      fields: [
        ...withOrgRelation(schemaFields('reports', reportSchema)),
        { name: 'body', label: '正文', widget: 'markdown' },
      ],
    },
    {
      name: 'guides',
      label: '办事指南',
      label_singular: '办事指南',
      description:
        '办事指南：content/guides/<编号>.md，编号就是网址。新建的指南以分类和保存时间为编号，' +
        '如 subsidy-20241120-0930；需要更好记的网址时，请技术人员改文件名。',
      folder: 'content/guides',
      extension: 'md',
      format: 'frontmatter',
      // The file name is the page address: ASCII and unique from what every new guide has (its title is Chinese).
      slug: '{{fields.category}}-{{year}}{{month}}{{day}}-{{hour}}{{minute}}',
      create: true,
      summary: '{{title}}',
      fields: [
        ...schemaFields('guides', guideSchema).map((f) => (f.name === 'orgs' ? guideOrgsField(f, orgs) : f)),
        { name: 'body', label: '正文', widget: 'markdown' },
      ],
    },
    {
      name: 'plans',
      label: '规划',
      label_singular: '规划',
      description: '规划或年度计划的基本信息：data/plans/<编号>.yaml。',
      folder: 'data/plans',
      extension: 'yaml',
      format: YAML_KEEP,
      slug: '{{fields.id}}',
      identifier_field: 'id',
      summary: '{{title}}',
      create: true,
      fields: withOrgRelation(schemaFields('plans', planSchema)),
    },
    {
      name: 'indicators',
      label: '规划指标',
      label_singular: '指标表',
      description: '一份规划的指标、基期和目标：data/plans/<规划编号>/indicators.yaml。',
      folder: 'data/plans',
      extension: 'yaml',
      format: YAML_KEEP,
      path: '{{slug}}/indicators',
      create: false,
      delete: false,
      identifier_field: 'indicators',
      fields: schemaFields('indicators', indicatorsFileSchema),
    },
    {
      name: 'actuals',
      label: '指标实际值',
      label_singular: '实际值表',
      description:
        '一份规划的指标每年实际达到的数值：data/plans/<规划编号>/actuals.csv（每行一个数值，照抄原文句子）。',
      folder: 'data/plans',
      extension: 'csv',
      format: 'actuals-csv',
      path: '{{slug}}/actuals',
      create: false,
      delete: false,
      identifier_field: 'rows',
      fields: actualFields(),
    },
    {
      name: 'datasets',
      label: '数据集说明',
      label_singular: '数据集说明',
      description:
        '数据集的说明：data/datasets/<编号>.yaml，编号由第一个机构、年份和主题组成，如 huzhou-2024-rehabilitation。' +
        '保存说明后，点右上角“媒体”，上传同名的 CSV 文件（如 huzhou-2024-rehabilitation.csv），检查会核对每个数字。',
      folder: 'data/datasets',
      extension: 'yaml',
      format: YAML_KEEP,
      // The file name is the dataset's id: ASCII, from fields an official fills in anyway (a title is Chinese).
      slug: '{{fields.org.0}}-{{fields.year}}-{{fields.topic}}',
      create: true,
      summary: '{{title}}',
      fields: withOrgRelation(schemaFields('datasets', datasetSchema)),
    },
    {
      name: 'settings',
      label: '网站设置',
      description: '网站名称、页脚和正式地址：data/site.yaml。',
      extension: 'yaml',
      format: YAML_KEEP,
      delete: false,
      files: [
        { name: 'site', label: '网站设置', file: 'data/site.yaml', fields: schemaFields('settings', siteSchema) },
      ],
    },
  ];
}

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** Decap's local proxy (decap-server) at this address: for tests and local previews, never published. */
  localBackend?: string;
  /** The committed organisations, offered as a guide's 适用地区. */
  orgs?: readonly OrgChoice[];
}

/** The whole configuration Decap reads from /admin/config.yml. */
export function cmsConfig(options: CmsConfigOptions): Record<string, unknown> {
  const { backend } = options;
  return {
    locale: 'zh_Hans',
    backend: {
      ...backend,
      commit_messages: {
        create: '新建 {{collection}}：{{slug}}（浏览器编辑器）',
        update: '修改 {{collection}}：{{slug}}（浏览器编辑器）',
        delete: '删除 {{collection}}：{{slug}}（浏览器编辑器）',
        uploadMedia: '上传文件 {{path}}（浏览器编辑器）',
        deleteMedia: '删除文件 {{path}}（浏览器编辑器）',
      },
    },
    ...(WORKFLOW_BACKENDS.includes(backend.name) && !options.localBackend
      ? { publish_mode: 'editorial_workflow' }
      : {}),
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    // Uploads (a dataset's CSV) go next to the dataset files, under the name the official gives them.
    media_folder: 'data/datasets',
    public_folder: '/data/datasets',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    show_preview_links: false,
    editor: { preview: false },
    search: false,
    collections: collections(options.orgs),
  };
}
