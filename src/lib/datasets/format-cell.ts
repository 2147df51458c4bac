import type { CellValue } from '../core/csv/numbers.ts';
import { formatNumber } from '../core/format.ts';
import type { DatasetColumn } from './schema.ts';
import { isNumeric } from './meta-checks.ts';

/** A cell for display: numbers grouped for zh-CN (12,112), percents with %, years without grouping. */
export function formatCell(value: CellValue, column: DatasetColumn): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (column.type === 'year') return String(value);
  if (column.type === 'percent') return `${formatNumber(value)}%`;
  return formatNumber(value);
}

/** A number with its unit for sentences: 8,723人, 1,314.4535万元, 68.4%. */
export function withUnit(value: number, column: DatasetColumn): string {
  if (column.type === 'percent') return `${formatNumber(value)}%`;
  return `${formatNumber(value)}${column.unit ?? ''}`;
}

/** Column header with its unit: 人数（人）; percent columns show （%）. */
export function columnHeading(column: DatasetColumn): string {
  const unit = column.type === 'percent' ? '%' : column.unit;
  return unit && isNumeric(column.type) ? `${column.name}（${unit}）` : column.name;
}
