import { CSV_DIALECT, tableSchemaOf, type TableDefinition, type TableSchemaDescriptor } from './table-schema.ts';

// The Frictionless Data Package of the bulk downloads (issue 18): one descriptor naming every bulk file with its
// Table Schema (generated from the same table definitions that write the files), the licence and the source
// documents. Validated in tests/unit/data-package.test.ts with the Frictionless Data JavaScript libraries.

/** A source document as the package lists it. */
export interface PackageSource {
  /** `文件003：丽水市残疾人事业发展“十四五”规划`. */
  title: string;
  /** Absolute address of the page that shows the document on this site, when there is one. */
  path?: string;
}

/** One bulk file of the package. */
export interface PackageTable {
  /** The table definition the file was written from (of any row type: only its names and fields are read). */
  table: TableDefinition<never>;
  /** File name of the CSV, relative to datapackage.json (same folder). */
  csv: string;
  /** File name of the JSON rows. */
  json: string;
  /** Ids of the documents its rows cite. */
  documents: readonly string[];
}

/** What the package says about itself. */
export interface PackageInfo {
  /** Package name: lower-case, digits, `-`, `.`, `_`. */
  name: string;
  title: string;
  description: string;
  /** The data licence (data/site.yaml `dataLicence`, its title and address) and the site's sentence about it. */
  licence: { id: string; title: string; url: string; statement: string };
  /** Absolute address of the page that explains the files. */
  homepage: string;
  /** Every source document by id. */
  sources: ReadonlyMap<string, PackageSource>;
  tables: readonly PackageTable[];
}

interface Resource {
  name: string;
  title: string;
  description: string;
  path: string;
  profile: 'tabular-data-resource';
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  dialect?: typeof CSV_DIALECT;
  schema: TableSchemaDescriptor;
  sources: PackageSource[];
}

/** The datapackage.json descriptor of the bulk downloads: each table as CSV and as JSON, with its schema. */
export function dataPackage(info: PackageInfo) {
  const sourcesOf = (ids: readonly string[]) =>
    [...new Set(ids)].sort().flatMap((id) => {
      const s = info.sources.get(id);
      return s ? [s] : [];
    });
  const resources: Resource[] = info.tables.flatMap((t): Resource[] => {
    const schema = tableSchemaOf(t.table);
    const common = { title: t.table.title, profile: 'tabular-data-resource' as const, encoding: 'utf-8' as const };
    const sources = sourcesOf(t.documents);
    return [
      {
        name: t.table.name,
        ...common,
        description: `${t.table.description}第一行为中文列名，第二行为英文字段名（即本说明中每个字段的 name；title 为中文列名），数据从第三行开始。`,
        path: t.csv,
        format: 'csv',
        mediatype: 'text/csv',
        dialect: CSV_DIALECT,
        schema,
        sources,
      },
      {
        name: `${t.table.name}-json`,
        ...common,
        description: `${t.table.description}JSON 数组，每个元素是一行，键为字段的 name；没有的值为 null。`,
        path: t.json,
        format: 'json',
        mediatype: 'application/json',
        schema,
        sources,
      },
    ];
  });
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    description: `${info.description}${info.licence.statement}`,
    homepage: info.homepage,
    licenses: [{ name: info.licence.id, title: info.licence.title, path: info.licence.url }],
    sources: sourcesOf(info.tables.flatMap((t) => t.documents)),
    resources,
  };
}
