// A real Frictionless validator for the downloads (issue 18): the Frictionless Data JavaScript libraries
// `datapackage` (the descriptor against the tabular-data-package profile it ships, each resource and each Table
// Schema against theirs) and `tableschema` (every CSV and JSON row cast to its schema: types, required, enum,
// yes/no words). Used by tests/unit/downloads.test.ts on generated files and tests/browser/downloads.test.ts on
// the built ones.
import { createRequire } from 'node:module';
import Papa from 'papaparse';

const require = createRequire(import.meta.url);

interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
}
interface FrictionlessTable {
  headers: string[];
  read(options: { cast: boolean }): Promise<unknown[][]>;
}
interface FrictionlessSchema {
  fieldNames: string[];
  castRow(row: unknown[]): unknown[];
}

const { Package } = require('datapackage') as {
  Package: { load(descriptor: object, basePath?: string): Promise<FrictionlessPackage> };
};
const { Table, Schema } = require('tableschema') as {
  Table: { load(source: unknown[][], options: { schema: object }): Promise<FrictionlessTable> };
  Schema: { load(descriptor: object): Promise<FrictionlessSchema & { valid: boolean; errors: Error[] }> };
};

/** A schema field as the descriptor writes it. */
interface Field {
  name: string;
  title: string;
}

/** Problems of a data package descriptor, as the `datapackage` library reports them (empty when valid). */
export async function packageProblems(descriptor: object): Promise<string[]> {
  const p = await Package.load(descriptor);
  return p.valid ? [] : p.errors.map((e) => e.message);
}

/** The errors `tableschema` finds when casting every row; `rows` include the header row of machine names. */
async function castProblems(rows: string[][], schema: object): Promise<string[]> {
  const table = await Table.load(rows, { schema });
  try {
    await table.read({ cast: true });
    return [];
  } catch (e) {
    const all = (e as { errors?: Error[] }).errors;
    return all?.length ? all.map((x) => x.message) : [(e as Error).message];
  }
}

/** A CSV download as read: its header rows and data rows. */
export interface ReadCsv {
  titles: string[];
  names: string[];
  rows: string[][];
}

/** Parses a CSV download (BOM, Chinese titles, machine names, rows) with papaparse; throws on a parse error. */
export function readCsvDownload(text: string): ReadCsv {
  if (!text.startsWith('\uFEFF')) throw new Error('no BOM');
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => `${e.row}: ${e.message}`).join('; '));
  const [titles = [], names = [], ...rows] = parsed.data;
  return { titles, names, rows };
}

/**
 * Everything wrong with a CSV download against its Table Schema: header rows that are not the schema's titles and
 * names, rows of another width, and every cast error `tableschema` reports.
 */
export async function csvProblems(text: string, schema: { fields: Field[] }): Promise<string[]> {
  const { titles, names, rows } = readCsvDownload(text);
  const out: string[] = [];
  const wantTitles = schema.fields.map((f) => f.title);
  const wantNames = schema.fields.map((f) => f.name);
  if (titles.join() !== wantTitles.join()) out.push(`first row ${titles.join()} ≠ titles ${wantTitles.join()}`);
  if (names.join() !== wantNames.join()) out.push(`second row ${names.join()} ≠ names ${wantNames.join()}`);
  rows.forEach((r, i) => {
    if (r.length !== wantNames.length) out.push(`row ${i + 3}: ${r.length} cells, ${wantNames.length} expected`);
  });
  return [...out, ...(await castProblems([names, ...rows], schema))];
}

/** Every cast error of JSON rows (objects keyed by machine name) against the schema; also unknown or missing keys. */
export async function jsonProblems(rows: Record<string, unknown>[], schema: { fields: Field[] }): Promise<string[]> {
  const s = await Schema.load(schema);
  if (!s.valid) return s.errors.map((e) => e.message);
  const names = s.fieldNames;
  const out: string[] = [];
  rows.forEach((r, i) => {
    const keys = Object.keys(r);
    if (keys.join() !== names.join()) out.push(`row ${i}: keys ${keys.join()}`);
    try {
      // null is a missing value, as the empty cell is in the CSV.
      s.castRow(names.map((n) => r[n] ?? ''));
    } catch (e) {
      const all = (e as { errors?: Error[] }).errors;
      out.push(`row ${i}: ${all?.map((x) => x.message).join('; ') ?? (e as Error).message}`);
    }
  });
  return out;
}
