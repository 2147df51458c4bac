import Papa from 'papaparse';
import { writeCsv } from '../core/csv/write.ts';
import { ACTUAL_COLUMNS, type ActualColumn } from '../plans/actual-schema.ts';

// The actuals CSV (data/plans/<plan>/actuals.csv) as the browser editor edits it: `{ rows: [...] }`, one item per
// line. Registered in the editor as the `actuals-csv` format (src/scripts/admin.ts). Written back with the site's
// one CSV writer, so a cell that a spreadsheet would run as a formula is written as text; `npm run check` then
// reads the file exactly as it reads one saved from Excel.

export type ActualRow = Partial<Record<ActualColumn, string | number>>;

/** Numbers in the editor's number fields; everything else stays text as the file has it. */
const NUMBER_COLUMNS: readonly ActualColumn[] = ['year', 'value'];

/** The file's rows as the editor's list. */
export function actualsFromCsv(text: string): { rows: ActualRow[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const rows = parsed.data.map((cells) => {
    const row: ActualRow = {};
    for (const c of ACTUAL_COLUMNS) {
      const raw = (cells[c] ?? '').trim();
      if (raw === '') continue;
      const n = Number(raw);
      row[c] = NUMBER_COLUMNS.includes(c) && Number.isFinite(n) ? n : raw;
    }
    return row;
  });
  return { rows };
}

/** The editor's list as the file: the header, one line per row, `\n` line ends. */
export function actualsToCsv(data: { rows?: ActualRow[] }): string {
  const rows = (data.rows ?? []).map((r) => ACTUAL_COLUMNS.map((c) => r[c] ?? ''));
  return writeCsv(ACTUAL_COLUMNS, rows, { newline: '\n' });
}
