import { decimalsOf } from '../core/csv/numbers.ts';
import type { DatasetMeta } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import type { DataPath } from '../core/yaml-source.ts';
import { isAdditive } from './meta-checks.ts';
import type { DatasetRow } from './types.ts';

/** Formats a sum with the decimals that were written, so 0.1 + 0.2 shows as 0.3. */
function fmt(n: number, decimals: number): string {
  return n.toFixed(decimals);
}

/** Adds numbers written with up to `decimals` places exactly (as integers of the smallest written unit). */
function exactSum(values: number[], decimals: number): number {
  const f = 10 ** decimals;
  return values.reduce((s, v) => s + Math.round(v * f), 0) / f;
}

/**
 * Checks declared totals: the parts of every additive column add up to the total row, and the parts of a total
 * column add up to it in every row. When a part is empty, the known parts must not exceed the total. A mismatch
 * the source itself contains is allowed only with a `note`, which the page shows.
 */
export function checkTotals(
  meta: DatasetMeta,
  rows: DatasetRow[],
  csvFile: string,
  metaFile: string,
  metaLineOf: (path: DataPath) => number,
): Problem[] {
  const problems: Problem[] = [];
  if (meta.total) {
    const { column, label } = meta.total;
    const totals = rows.filter((r) => r.total);
    if (totals.length === 0) {
      problems.push({
        file: metaFile,
        line: metaLineOf(['total', 'label']),
        field: 'total.label',
        problem: `${csvFile} 中没有“${column}”为“${label}”的合计行`,
        fix: `在 CSV 中加一行合计（“${column}”列填“${label}”），或改正 total.label，或删除 total`,
      });
    }
    const totalRow = totals.length === 1 ? totals[0] : undefined;
    const parts = rows.filter((r) => !r.total);
    if (totalRow && !meta.total.note) {
      for (const col of meta.columns) {
        if (!isAdditive(col.type) || col.role) continue;
        const total = totalRow.cells[col.name];
        if (typeof total !== 'number') continue;
        const values = parts.map((r) => r.cells[col.name]);
        const known = values.filter((v): v is number => typeof v === 'number');
        if (known.length === 0) continue;
        const decimals = Math.max(
          decimalsOf(totalRow.raw[col.name] ?? ''),
          ...parts.map((r) => decimalsOf(r.raw[col.name] ?? '')),
        );
        const sum = exactSum(known, decimals);
        const complete = known.length === values.length;
        if (complete ? sum !== total : sum > total) {
          problems.push({
            file: csvFile,
            line: totalRow.line,
            field: col.name,
            problem: complete
              ? `各分项相加为 ${fmt(sum, decimals)}，合计行写的是 ${fmt(total, decimals)}（相差 ${fmt(Math.abs(exactSum([sum, -total], decimals)), decimals)}）`
              : `已填的分项相加为 ${fmt(sum, decimals)}，已超过合计 ${fmt(total, decimals)}`,
            fix: '核对各行和合计行是否照录原文；如果原文本身就对不上，照录原文并在元数据 total.note 中说明',
          });
        }
      }
    }
  }

  if (meta.totalColumn && !meta.totalColumn.note) {
    const { column, parts } = meta.totalColumn;
    for (const row of rows) {
      const total = row.cells[column];
      if (typeof total !== 'number') continue;
      const values = parts.map((p) => row.cells[p]);
      const known = values.filter((v): v is number => typeof v === 'number');
      if (known.length === 0) continue;
      const decimals = Math.max(...[column, ...parts].map((c) => decimalsOf(row.raw[c] ?? '')));
      const sum = exactSum(known, decimals);
      const complete = known.length === values.length;
      if (complete ? sum !== total : sum > total) {
        problems.push({
          file: csvFile,
          line: row.line,
          field: column,
          problem: complete
            ? `${parts.join(' + ')} = ${fmt(sum, decimals)}，但“${column}”写的是 ${fmt(total, decimals)}`
            : `已填的 ${parts.join('、')} 相加为 ${fmt(sum, decimals)}，已超过“${column}” ${fmt(total, decimals)}`,
          fix: '核对这一行的数字是否照录原文；如果原文本身就对不上，照录原文并在元数据 totalColumn.note 中说明',
        });
      }
    }
  }
  return problems;
}
