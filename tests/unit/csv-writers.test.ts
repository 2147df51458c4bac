// Spreadsheet formula injection (issue 14, class 9): every CSV the site writes goes through the one writer in
// src/lib/core/csv/write.ts, which writes a text cell starting with = + - @ (or a tab or carriage return) as text
// while a number stays a number. Two halves: the real generators run on hostile data, and the source tree holds
// no other CSV writer that a new download could use by mistake.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { datasetsFromIndex } from '../../src/lib/datasets/dataset-checks.ts';
import { draftDataset } from '../../src/lib/datasets/draft-dataset.ts';
import { datasetToCsv } from '../../src/lib/datasets/export.ts';
import type { Figure } from '../../src/lib/datasets/figures.ts';
import { indicatorCsv } from '../../src/lib/plans/long-form.ts';
import { loadPlans } from '../../src/site/plans.ts';
import { ROOT } from '../setup/project-copy.ts';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const HOSTILE = [
  '=HYPERLINK("https://x.invalid/","点这里")',
  '@SUM(A1:A9)',
  "+cmd|' /C calc'!A0",
  '-减少项目',
  '\t=1+1',
];

/** Every cell of a CSV file that a spreadsheet would run as a formula. */
function formulaCells(csv: string): string[] {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimEnd()).data;
  return rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
}

describe('CSV downloads on hostile data', () => {
  it('the dataset download writes formula cells as text and keeps -3.5, +2 and -12 as numbers', () => {
    const { index } = checkSite(join(ROOT, 'tests/fixtures/hostile-csv'));
    const [d] = datasetsFromIndex(index).datasets;
    expect(d?.id).toBe('formulas');
    const csv = datasetToCsv(
      d!,
      (id) => HOSTILE[3]! + id,
      (id) => HOSTILE[1]! + id,
    );
    expect(formulaCells(csv)).toEqual([]);
    // Long form: the titles, the machine names, then one row per figure.
    const [, names, ...rows] = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows.map((r) => r[names!.indexOf('value')])).toEqual(['-3.5', '2', '2', '-12']);
    expect(rows[0]?.[names!.indexOf('org_name')]).toBe(`'${HOSTILE[1]}demo`);
  });

  it('the indicator download writes formula cells as text', () => {
    const plan = loadPlans(ROOT)[0]!;
    const v = plan.indicators[0]!;
    const hostile = {
      ...v,
      indicator: {
        ...v.indicator,
        name: HOSTILE[0]!,
        unit: HOSTILE[1]!,
        source: { ...v.indicator.source, quote: HOSTILE[2]! },
      },
    };
    const csv = indicatorCsv(plan, hostile, () => HOSTILE[4]!);
    expect(csv).toContain(HOSTILE[0]!.replace(/"/g, '""'));
    expect(formulaCells(csv)).toEqual([]);
  });

  it('the draft dataset of npm run figures writes formula cells as text', () => {
    const figures = HOSTILE.map(
      (sentence, i): Figure =>
        ({ value: '-3.5', number: -3.5, unit: '人', subject: sentence, sentence, line: i + 1 }) as Figure,
    );
    const { csv } = draftDataset(figures, { file: 'x.docx' });
    expect(formulaCells(csv)).toEqual([]);
    expect(
      Papa.parse<string[]>(csv.trimEnd())
        .data.slice(1)
        .map((r) => r[2]),
    ).toEqual(HOSTILE.map(() => '-3.5'));
  });
});

// Where CSV might be written by hand: Papa.unparse, or a line joined with commas in a module that talks of CSV.
const WRITER = 'src/lib/core/csv/write.ts';
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|mjs|js|astro)$/.test(name) && !/\.test\.ts$/.test(name)
      ? [relative(ROOT, p).split('\\').join('/')]
      : [];
  });
}

describe('the one CSV writer', () => {
  it('is the only code in src/ and scripts/ that writes CSV', () => {
    const others = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'scripts'))].filter((f) => {
      if (f === WRITER) return false;
      const text = readFileSync(join(ROOT, f), 'utf8');
      return /\.unparse\(|escapeFormulae/.test(text) || (/csv/i.test(text) && /\.join\(\s*['"],['"]\s*\)/.test(text));
    });
    // actuals-csv.ts joins the expected header only to show it in a message.
    expect(others.sort()).toEqual(['src/lib/plans/actuals-csv.ts']);
  });
});
