import { writeCsv, type CsvValue } from './csv/write.ts';

// One definition per downloadable table (issue 18): the same list of fields writes the CSV's two header rows, the
// JSON rows' keys and the Frictionless Table Schema in datapackage.json, so the three cannot drift apart.
//
// CSV layout: row 1 holds the Chinese titles (what a reader sees first in Excel or WPS), row 2 the machine names
// (the Table Schema `name`s: plain ASCII for programs), then one row per observation. This is the layout of the
// Humanitarian Exchange Language's hashtag row; the data package says so in each resource's dialect
// (`headerRows: [2]`, `commentRows: [1]`, Frictionless Data Package v2) and the data page documents it.

/** Table Schema field types the downloads use. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year';

/** A cell of a download: text, a number, a yes/no, or empty. */
export type FieldValue = string | number | boolean | null | undefined;

/** One column of a download table. */
export interface TableField<R> {
  /** Machine name (ASCII snake_case): the CSV's second header row, the JSON key and the Table Schema `name`. */
  name: string;
  /** Chinese column title: the CSV's first header row and the Table Schema `title`. */
  title: string;
  type: FieldType;
  /** What the column holds, in Chinese (Table Schema `description`). */
  description: string;
  /** Every row has a value (Table Schema `constraints.required`). */
  required?: boolean;
  /** The only values allowed (Table Schema `constraints.enum`). */
  enum?: readonly string[];
  /** The cell of one row. */
  value: (row: R) => FieldValue;
}

/** A download table: its fields, in column order. */
export interface TableDefinition<R> {
  /** Machine name of the table (Data Package resource name, lower-case with `-`). */
  name: string;
  /** Chinese title. */
  title: string;
  /** What one row is, in Chinese. */
  description: string;
  fields: readonly TableField<R>[];
  /** Machine names of the columns that identify a row. */
  primaryKey?: readonly string[];
}

/** How a yes/no cell is written in CSV, and read back (Table Schema `trueValues`/`falseValues`). */
export const BOOLEAN_WORDS = { true: '是', false: '否' } as const;

/** The CSV dialect of every download: two header rows, the first (Chinese titles) skipped by programs. */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
  headerRows: [2],
  commentRows: [1],
} as const;

/** A Frictionless Table Schema field descriptor. */
export interface TableSchemaField {
  name: string;
  title: string;
  type: FieldType;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: true; enum?: string[] };
}

/** A Frictionless Table Schema descriptor. */
export interface TableSchemaDescriptor {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
}

/** The Frictionless Table Schema of a table, generated from its definition. */
export function tableSchemaOf<R>(def: TableDefinition<R>): TableSchemaDescriptor {
  return {
    fields: def.fields.map((f) => {
      const constraints = {
        ...(f.required ? { required: true as const } : {}),
        ...(f.enum ? { enum: [...f.enum] } : {}),
      };
      return {
        name: f.name,
        title: f.title,
        type: f.type,
        description: f.description,
        ...(f.type === 'boolean' ? { trueValues: [BOOLEAN_WORDS.true], falseValues: [BOOLEAN_WORDS.false] } : {}),
        ...(Object.keys(constraints).length ? { constraints } : {}),
      };
    }),
    // An empty cell is a figure the source does not give (never zero).
    missingValues: [''],
    ...(def.primaryKey ? { primaryKey: [...def.primaryKey] } : {}),
  };
}

const csvCell = (v: FieldValue): CsvValue =>
  typeof v === 'boolean' ? (v ? BOOLEAN_WORDS.true : BOOLEAN_WORDS.false) : v;

/**
 * The rows as a CSV download: UTF-8 with a BOM and CRLF (Excel on Chinese Windows), the Chinese titles, the
 * machine names, then one line per row, through the one CSV writer (formula cells neutralised).
 */
export function tableToCsv<R>(def: TableDefinition<R>, rows: readonly R[]): string {
  return writeCsv(
    def.fields.map((f) => f.title),
    [def.fields.map((f) => f.name), ...rows.map((r) => def.fields.map((f) => csvCell(f.value(r))))],
    { bom: true },
  );
}

/** The rows as JSON objects keyed by machine name; an empty cell is `null`. */
export function tableToJson<R>(
  def: TableDefinition<R>,
  rows: readonly R[],
): Record<string, string | number | boolean | null>[] {
  return rows.map((r) =>
    Object.fromEntries(
      def.fields.map((f) => {
        const v = f.value(r);
        return [f.name, v === undefined || v === '' ? null : v];
      }),
    ),
  );
}
