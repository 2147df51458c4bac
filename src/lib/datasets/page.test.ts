import { describe, expect, it } from 'vitest';
import { PAGE_ROW_LIMIT, pageRows } from './page.ts';
import type { DatasetRow } from './types.ts';

const row = (line: number, total = false): DatasetRow => ({
  line,
  cells: {},
  raw: {},
  total,
  document: '900',
  sentence: `第${line}句`,
  org: 'demo',
});

describe('pageRows', () => {
  it('shows every row of a dataset within the limit', () => {
    const rows = [row(2), row(3), row(4, true)];
    expect(pageRows(rows, 3)).toEqual({ shown: rows, hidden: 0 });
  });

  it('shows the first rows of a larger one, and its total row even when it comes last', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i + 2, i === 9));
    const { shown, hidden } = pageRows(rows, 4);
    expect(shown.map((r) => r.line)).toEqual([2, 3, 4, 11]);
    expect(hidden).toBe(6);
    expect(pageRows(rows.slice(0, 9), 4).shown.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  });

  it('limits the page to 200 rows by default', () => {
    expect(PAGE_ROW_LIMIT).toBe(200);
    expect(pageRows(Array.from({ length: 201 }, (_, i) => row(i + 2))).shown).toHaveLength(200);
  });
});
