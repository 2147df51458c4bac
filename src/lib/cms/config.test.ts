// The editor's configuration against the check's schemas, both ways: every schema field is in the configuration
// and every configuration field is a schema field, with a Chinese label; required fields, choices, year bounds
// and id patterns are the schemas' own. Walks the zod definitions independently of the generator.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { orgSchema } from '../orgs/schema.ts';
import { reportSchema } from '../reports/schema.ts';
import { guideSchema } from '../guides/schema.ts';
import { planSchema } from '../plans/schema.ts';
import { indicatorsFileSchema } from '../plans/indicator-schema.ts';
import { ACTUAL_COLUMNS, OPTIONAL_ACTUAL_COLUMNS } from '../plans/actual-schema.ts';
import { datasetSchema } from '../datasets/schema.ts';
import { siteSchema } from '../settings/schema.ts';
import { orgKind } from '../orgs/kind.ts';
import { reportKind } from '../reports/kind.ts';
import { guideKind } from '../guides/kind.ts';
import { planKind } from '../plans/plan-kind.ts';
import { indicatorsKind } from '../plans/indicators-kind.ts';
import { actualsKind } from '../plans/actuals-kind.ts';
import { datasetKind } from '../datasets/kind.ts';
import { backendFromEnv } from './backend.ts';
import { cmsConfig, collections, type CmsCollection, type CmsField } from './config.ts';
import { NAME_LABELS, PATH_LABELS } from './labels.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path a schema knows (`contact.phone.source.quote`), list items without an index. */
function schemaPaths(s: z.ZodType, prefix = ''): string[] {
  const d = def(s);
  switch (d.type) {
    case 'object':
      return Object.entries(d.shape!).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return schemaPaths(d.innerType!, prefix);
    case 'pipe':
      return [...new Set([...schemaPaths(d.in!, prefix), ...schemaPaths(d.out!, prefix)])];
    case 'array':
      return schemaPaths(d.element!, prefix);
    case 'union':
      return [...new Set(d.options!.flatMap((o) => schemaPaths(o, prefix)))];
    default:
      return [];
  }
}

/** Every field path of a configuration's fields. */
function configPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...configPaths(f.fields ?? [], `${prefix}${f.name}.`)]);
}

function walkFields(fields: CmsField[], visit: (f: CmsField, path: string) => void, prefix = ''): void {
  for (const f of fields) {
    visit(f, `${prefix}${f.name}`);
    walkFields(f.fields ?? [], visit, `${prefix}${f.name}.`);
    if (f.field) visit(f.field, `${prefix}${f.name}[]`);
  }
}

const all = collections();
const byName = (name: string): CmsCollection => all.find((c) => c.name === name)!;
const fieldsOf = (name: string): CmsField[] => byName(name).fields ?? byName(name).files![0]!.fields;
const field = (collection: string, path: string): CmsField => {
  let found: CmsField | undefined;
  walkFields(fieldsOf(collection), (f, p) => {
    if (p === path) found = f;
  });
  if (!found) throw new Error(`${collection}.${path} not in the configuration`);
  return found;
};

/** The markdown body of reports and guides: the text under the front matter, not a schema field. */
const BODY = 'body';

const SCHEMAS: [string, z.ZodType, string[]][] = [
  ['orgs', orgSchema, []],
  ['reports', reportSchema, [BODY]],
  ['guides', guideSchema, [BODY]],
  ['plans', planSchema, []],
  ['indicators', indicatorsFileSchema, []],
  ['datasets', datasetSchema, []],
  ['settings', siteSchema, []],
];

describe('CMS configuration generated from the schemas', () => {
  for (const [name, schema, extra] of SCHEMAS) {
    it(`${name}: has every schema field and no field the schema does not know`, () => {
      const inSchema = schemaPaths(schema).sort();
      const inConfig = configPaths(fieldsOf(name)).filter((p) => !extra.includes(p));
      expect(
        inSchema.filter((p) => !inConfig.includes(p)),
        'schema fields missing from the CMS',
      ).toEqual([]);
      expect(
        inConfig.filter((p) => !inSchema.includes(p)),
        'CMS fields no schema knows',
      ).toEqual([]);
    });
  }

  it('actuals: the CSV columns, in order, optional where the CSV allows an empty cell', () => {
    const rows = field('actuals', 'rows');
    expect(rows.fields!.map((f) => f.name)).toEqual([...ACTUAL_COLUMNS]);
    for (const f of rows.fields!)
      expect(f.required === false, f.name).toBe((OPTIONAL_ACTUAL_COLUMNS as readonly string[]).includes(f.name));
  });

  it('every collection reads the folder its kind declares', () => {
    const kinds: Record<string, { base: string }> = {
      orgs: orgKind.files,
      reports: reportKind.files,
      guides: guideKind.files,
      plans: planKind.files,
      indicators: indicatorsKind.files,
      actuals: actualsKind.files,
      datasets: datasetKind.files,
    };
    for (const [name, files] of Object.entries(kinds)) expect(byName(name).folder, name).toBe(files.base);
    expect(byName('settings').files![0]!.file).toBe('data/site.yaml');
  });

  it('every field has a Chinese label, and every label names a field', () => {
    const used = new Set<string>();
    for (const c of all)
      walkFields(c.fields ?? c.files![0]!.fields, (f, path) => {
        expect(f.label, `${c.name}.${path}`).toMatch(/\p{Script=Han}/u);
        const dotted = `${c.name}.${path.replace(/\[\]$/, '')}`;
        used.add(PATH_LABELS[dotted] ? dotted : f.name);
      });
    expect(
      Object.keys(PATH_LABELS).filter((k) => !used.has(k)),
      'PATH_LABELS no field uses',
    ).toEqual([]);
    expect(
      Object.keys(NAME_LABELS).filter((k) => !used.has(k)),
      'NAME_LABELS no field uses',
    ).toEqual([]);
  });

  it('takes required fields, choices, bounds and patterns from the schemas', () => {
    expect(field('reports', 'title').required).toBeUndefined();
    expect(field('reports', 'summary').required).toBe(false);
    expect(field('reports', 'year')).toMatchObject({ widget: 'number', value_type: 'int', min: 1949, max: 2100 });
    expect(field('reports', 'kind').options!.map((o) => o.value)).toEqual([
      'summary',
      'plan',
      'summary-and-plan',
      'five-year-plan',
    ]);
    expect(field('reports', 'kind').options![0]!.label).toBe('年度工作总结（summary）');
    expect(field('orgs', 'level').options!.map((o) => o.label)).toContain('县（市）级（county）');
    expect(field('orgs', 'id').pattern![0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
    expect(field('orgs', 'id').pattern![1]).toContain('编号只能用小写英文字母');
    expect(field('reports', 'org').widget).toBe('relation');
    expect(field('guides', 'materials')).toMatchObject({ widget: 'list', label: '申请材料' });
    expect(field('guides', 'materials.required').required).toBeUndefined();
    expect(field('guides', 'steps')).toMatchObject({ widget: 'list', label: '办理流程', min: 1 });
    expect(field('guides', 'aliases[]').widget).toBe('string');
    expect(field('guides', 'category').options).toHaveLength(8);
    expect(field('indicators', 'indicators.target.year').max).toBe(2100);
    expect(field('actuals', 'rows.year')).toMatchObject({ min: 1949, max: 2100, value_type: 'int' });
    // A dataset's organisations: several chosen among the committed ones, at least one.
    expect(field('datasets', 'org')).toMatchObject({ widget: 'relation', multiple: true, min: 1, collection: 'orgs' });
    // A required switch starts off; an optional one (canBeNegative: true or left out) writes nothing untouched.
    expect(field('guides', 'materials.required').default).toBe(false);
    expect(field('indicators', 'indicators.canBeNegative')).toMatchObject({ widget: 'boolean', required: false });
    expect(field('indicators', 'indicators.canBeNegative').default).toBeUndefined();
    // Inside an object that may be left out, the editor requires nothing (the check does, when it is there).
    expect(field('orgs', 'contact.phone.value').required).toBe(false);
    expect(field('reports', 'source.title').required).toBeUndefined();
    expect(field('guides', 'contact.ask').required).toBeUndefined();
  });

  it("offers a guide's 适用地区 as 全国各地 or the committed organisations, and names new guides in ASCII", () => {
    const guides = collections([{ id: 'huzhou', name: '湖州市残疾人联合会' }]).find((c) => c.name === 'guides')!;
    const orgs = guides.fields!.find((f) => f.name === 'orgs')!;
    expect(orgs).toMatchObject({ widget: 'select', multiple: true, label: '适用地区' });
    expect(orgs.min).toBeUndefined();
    expect(orgs.options).toEqual([
      { value: 'all', label: '全国各地（all）' },
      { value: 'huzhou', label: '湖州市残疾人联合会（huzhou）' },
    ]);
    expect(guides.create).toBe(true);
    // Category codes are ASCII, and a guide file name may only hold lower-case letters, digits and dashes.
    expect(guides.slug).toBe('{{fields.category}}-{{year}}{{month}}{{day}}-{{hour}}{{minute}}');
    for (const o of field('guides', 'category').options!) expect(o.value).toMatch(/^[a-z]+$/);
  });

  it('enables the local proxy and drops the merge-request workflow only when asked (tests)', () => {
    const backend = backendFromEnv({});
    const published = cmsConfig({ backend });
    expect(published.local_backend).toBeUndefined();
    expect(published.publish_mode).toBe('editorial_workflow');
    expect(published.locale).toBe('zh_Hans');
    const local = cmsConfig({ backend, localBackend: 'http://127.0.0.1:8081/api/v1' });
    expect(local.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });

  it('reads the git host from the environment, with placeholders that never resolve', () => {
    expect(backendFromEnv({})).toMatchObject({ name: 'gitlab', api_root: 'https://git.example.invalid/api/v4' });
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_BASE_URL: 'https://gitea.example.invalid/' })).toMatchObject({
      base_url: 'https://gitea.example.invalid',
      api_root: 'https://gitea.example.invalid/api/v1',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'github' }).api_root).toBe('https://api.github.com');
    expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND/);
  });
});
