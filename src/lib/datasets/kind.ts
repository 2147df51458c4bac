import { decodeCsvBytes, isDecodeError, type DecodedCsv } from '../core/csv/decode.ts';
import { parseCsvText, type RawTable } from '../core/csv/parse.ts';
import { checkDatasetMeta } from './meta-checks.ts';
import { datasetSchema } from './schema.ts';
import { WHOLE_FILE } from '../core/problem.ts';
import type { Entry, FileKind } from '../core/file-kind.ts';
import { baseName, schemaKind } from '../core/yaml-kind.ts';
import type { DatasetMeta as DatasetMetaData } from './schema.ts';
import { placeholderProblems } from '../core/placeholder.ts';

/** Dataset metadata: `data/datasets/<id>.yaml`, next to `<id>.csv`. */
export const datasetKind = schemaKind({
  name: 'dataset',
  label: '数据集说明',
  files: { base: 'data/datasets', pattern: ['*.yaml', '*.yml'] },
  schema: datasetSchema,
  format: 'yaml',
  idFromPath: baseName,
  // 【待填写】 is left in a draft from `npm run figures --draft` for what only the official can say (the title).
  extra: (meta, entry) => [
    ...checkDatasetMeta(meta, entry.file, entry.lineOf),
    ...placeholderProblems(entry.file, meta, '', entry.lineOf),
  ],
});

/** What the CSV kind keeps for the cross-checks, which apply the metadata. */
export interface DatasetCsvData {
  decoded: DecodedCsv;
  table: RawTable;
  /** True when the bytes contain anything beyond ASCII (only then does the encoding matter). */
  nonAscii: boolean;
}

/**
 * Dataset tables: `data/datasets/<id>.csv`, in UTF-8 (with or without BOM) or GB18030/GBK as Excel on Chinese
 * Windows saves them. Only the shape is checked here; types, units and sums need the metadata and are checked
 * in `datasetContent`.
 */
export const datasetCsvKind: FileKind = {
  name: 'dataset-csv',
  label: '数据表',
  files: { base: 'data/datasets', pattern: ['*.csv'] },
  anyEncoding: true,
  load(file, _text, bytes) {
    const decoded = decodeCsvBytes(bytes);
    if (isDecodeError(decoded)) {
      return { entries: [], problems: [{ file, field: WHOLE_FILE, problem: decoded.problem, fix: decoded.fix }] };
    }
    const { table, problems } = parseCsvText(decoded.text, file);
    if (!table) return { entries: [], problems };
    const entry: Entry<DatasetCsvData> = {
      kind: 'dataset-csv',
      id: baseName(file),
      file,
      data: { decoded, table, nonAscii: bytes.some((b) => b > 0x7f) },
      lineOf: () => table.headerLine,
    };
    return { entries: [entry], problems };
  },
};

declare module '../core/file-kind.ts' {
  interface KindData {
    dataset: DatasetMetaData;
    'dataset-csv': DatasetCsvData;
  }
}
