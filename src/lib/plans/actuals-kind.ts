import { decodeCsvBytes } from '../core/csv/decode.ts';
import { parseActualsCsv } from './actuals-csv.ts';
import type { Actual } from './actual-schema.ts';
import { WHOLE_FILE } from '../core/problem.ts';
import { planOfPath } from './indicators-kind.ts';
import type { Entry, FileKind } from '../core/file-kind.ts';
import type { Actual as ActualData } from './actual-schema.ts';

/**
 * Actual values of a plan's indicators: `data/plans/<plan>/actuals.csv`. Each row becomes an entry of kind
 * `actual` with id `<plan>/<indicator>/<year>`. UTF-8 (with or without BOM) and GB18030 (Excel) are accepted.
 */
export const actualsKind: FileKind = {
  name: 'actual',
  label: '指标实际值',
  files: { base: 'data/plans', pattern: ['*/actuals.csv'] },
  anyEncoding: true,
  load(file, _text, bytes) {
    const decoded = decodeCsvBytes(bytes);
    if ('problem' in decoded)
      return { entries: [], problems: [{ file, field: WHOLE_FILE, problem: decoded.problem, fix: decoded.fix }] };
    const { rows, problems } = parseActualsCsv(file, decoded.text);
    const plan = planOfPath(file);
    const entries: Entry<Actual>[] = rows.map((row) => ({
      kind: 'actual',
      id: `${plan}/${row.indicator}/${row.year}`,
      file,
      data: row,
      lineOf: () => row.line,
    }));
    return { entries, problems };
  },
};

declare module '../core/file-kind.ts' {
  interface KindData {
    actual: ActualData;
  }
}
