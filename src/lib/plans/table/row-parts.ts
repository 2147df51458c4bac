import { ATTRIBUTE_CELL, isCumulative, looksLikeValue, readCell, splitName } from './cells.ts';
import type { Column, ResolvedHeader, ValueColumn } from './header.ts';
import type { TableRow, YearValue } from './types.ts';

/**
 * A row being put together from the lines of a table body, and how its cells are placed in the header's columns
 * once it is whole.
 */

/** The pieces of one row as the lines gave them. */
export interface RowParts {
  marker?: string;
  /** The marker was printed before the name in the same cell (`1.残疾人…`). */
  markerInName: boolean;
  categoryCell?: string;
  names: { text: string; line: number }[];
  /** The cells after the name, in order. */
  tail: string[];
  lines: number[];
  /** Cells placed by column index (a whole Word row with one cell per column). */
  placed?: Map<number, string>;
  /** The whole row as printed (a Word row), for the quote. */
  printed?: string[];
  /** The group in force when the row started. */
  category?: string;
  /** The text of the row's first line, for messages. */
  firstText?: string;
}

const after = (h: ResolvedHeader) => h.columns.slice(h.columns.findIndex((c) => c.kind === 'name') + 1);
const valuesOf = (cols: Column[]) => cols.filter((c): c is ValueColumn => c.kind === 'value');

/** True when the row has all its cells (or its attribute, which ends a row), so a new line starts a new row. */
export function isComplete(h: ResolvedHeader, b: RowParts): boolean {
  if (b.placed) return true;
  const cols = after(h);
  if (cols.some((c) => c.kind === 'attribute'))
    return b.tail.some((c) => ATTRIBUTE_CELL.test(c)) || b.tail.length >= cols.length;
  return b.tail.length >= valuesOf(cols).length + (cols.some((c) => c.kind === 'unit') ? 1 : 0);
}

/**
 * The cells after the name, by column: unit, values, attribute, note. Text lost its empty cells, so a row with
 * fewer cells is read from both ends: the unit first, the attribute last; one value cell for several value
 * columns is a merged cell and the target. Returns why not, in Chinese, when the cells do not fit.
 */
function mapTail(h: ResolvedHeader, b: RowParts): { byColumn: Map<Column, string>; merged: boolean } | string {
  const cols = after(h);
  const valueCols = valuesOf(cols);
  const byColumn = new Map<Column, string>();
  if (b.placed) {
    for (const [i, text] of b.placed) if (text !== '') byColumn.set(h.columns[i]!, text);
    if (!valueCols.some((c) => byColumn.has(c))) return '这一行没有数值';
    return { byColumn, merged: false };
  }
  if (b.tail.length === cols.length) {
    cols.forEach((c, i) => byColumn.set(c, b.tail[i]!));
    return { byColumn, merged: false };
  }
  const t = [...b.tail];
  const unitCol = cols.find((c) => c.kind === 'unit');
  if (unitCol && t.length && !looksLikeValue(t[0]!) && !ATTRIBUTE_CELL.test(t[0]!)) byColumn.set(unitCol, t.shift()!);
  const attrAt = t.findIndex((c) => ATTRIBUTE_CELL.test(c));
  const attrCol = cols.find((c) => c.kind === 'attribute');
  const noteCol = cols.find((c) => c.kind === 'note');
  let values = t;
  if (attrAt >= 0 && attrCol) {
    byColumn.set(attrCol, t[attrAt]!);
    const note = t.slice(attrAt + 1).join(' ');
    if (note && noteCol) byColumn.set(noteCol, note);
    else if (note) return `属性后面多出“${note}”，表头没有这一栏`;
    values = t.slice(0, attrAt);
  } else if (attrAt >= 0) return `表头没有“属性”一栏，这一行却有“${t[attrAt]}”`;
  if (!values.length) return '这一行没有数值';
  if (values.length === valueCols.length) {
    valueCols.forEach((c, i) => byColumn.set(c, values[i]!));
    return { byColumn, merged: false };
  }
  if (values.length === 1) {
    // One cell over all value columns (与全市生产总值增长同步): the target, with no baseline.
    byColumn.set(h.columns[h.target]!, values[0]!);
    return { byColumn, merged: true };
  }
  return values.length > valueCols.length
    ? `这一行有 ${values.length} 个数值（${values.join('、')}），表头只有 ${valueCols.length} 个数值栏`
    : `这一行只有 ${values.length} 个数值（${values.join('、')}），表头有 ${valueCols.length} 个数值栏，不知道空的是哪一栏：请在空着的格里写“—”`;
}

/** The finished row, numbered `seq`, or why it cannot be read (in Chinese). */
export function buildRow(h: ResolvedHeader, b: RowParts, seq: number): TableRow | string {
  const written = b.names.map((n) => n.text).join('');
  if (!written) return '这一行没有指标名称';
  const mapped = mapTail(h, b);
  if (typeof mapped === 'string') return mapped;
  const { byColumn, merged } = mapped;
  const targetCol = h.columns[h.target]!;
  const target = byColumn.get(targetCol);
  if (target === undefined) return '这一行的目标栏是空的';
  if (readCell(target).kind === 'none') return `目标栏是“${target}”，没有目标值`;
  const baselineCol = h.baseline !== undefined ? h.columns[h.baseline] : undefined;
  const baseline = baselineCol ? byColumn.get(baselineCol) : undefined;
  const parts = splitName(written);
  const cell = (kind: Column['kind']) => [...byColumn].find(([c]) => c.kind === kind)?.[1];
  const unitCell = cell('unit');
  const others: YearValue[] = [];
  for (const c of valuesOf(after(h))) {
    const text = byColumn.get(c);
    if (text === undefined || c === targetCol || c === baselineCol) continue;
    others.push({
      ...(c.year ? { year: c.year } : {}),
      label: c.label,
      text,
      role: c.role === 'actual' ? 'actual' : 'milestone',
    });
  }
  const cumulative =
    parts.cumulative ||
    [...byColumn].some(([c, t]) => c.kind === 'value' && ((c as ValueColumn).cumulative || isCumulative(t)));
  const cells = b.printed
    ? b.printed.filter((c) => c !== '')
    : [
        ...(b.marker && !b.markerInName ? [b.marker] : []),
        ...(b.categoryCell ? [b.categoryCell] : []),
        `${b.markerInName ? b.marker : ''}${written}`,
        ...b.tail,
      ];
  const attribute = cell('attribute');
  const note = cell('note');
  const unit = unitCell && readCell(unitCell).kind !== 'none' ? unitCell : parts.unit;
  return {
    seq,
    name: parts.name,
    ...(baseline !== undefined ? { baseline } : {}),
    target,
    ...(attribute ? { attribute } : {}),
    cells,
    line: b.lines[0]!,
    ...(b.marker ? { marker: b.marker } : {}),
    ...(b.category ? { category: b.category } : {}),
    ...(unit ? { unit } : {}),
    ...(cumulative ? { cumulative } : {}),
    ...(others.length ? { others } : {}),
    ...(note ? { note } : {}),
    ...(merged ? { merged } : {}),
    lines: [...new Set(b.lines)],
  };
}
