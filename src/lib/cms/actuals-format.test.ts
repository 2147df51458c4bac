import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActualsCsv } from '../plans/actuals-csv.ts';
import { actualsFromCsv, actualsToCsv } from './actuals-format.ts';

const FILE = 'data/plans/xx-district-2023/actuals.csv';

describe('the actuals CSV in the browser editor', () => {
  it('reads the committed file and writes back the same rows, which the check reads as before', () => {
    const text = readFileSync(FILE, 'utf8');
    const data = actualsFromCsv(text);
    expect(data.rows.length).toBeGreaterThan(2);
    expect(data.rows[0]).toMatchObject({ indicator: 'autism-children-rehab', year: 2023, value: 67, document: '004' });
    const written = actualsToCsv(data);
    expect(actualsFromCsv(written)).toEqual(data);
    // Only quoting may differ (a cell without a comma needs no quotes); the check sees the same values.
    const before = parseActualsCsv(FILE, text);
    const after = parseActualsCsv(FILE, written);
    expect(after.problems).toEqual([]);
    expect(after.rows).toEqual(before.rows);
  });

  it('writes a row the check accepts, and a formula-looking cell as text', () => {
    const csv = actualsToCsv({
      rows: [{ indicator: 'x', year: 2024, value: 5, document: '004', quote: '=HYPERLINK("x")完成5个' }],
    });
    expect(csv).toContain(`'=HYPERLINK`);
    const { rows, problems } = parseActualsCsv('a.csv', csv);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ indicator: 'x', year: 2024, value: 5 });
  });
});
