// Downloads that stand on their own (issue 18): every CSV download carries the id columns and parses, the data
// package validates with the Frictionless Data JavaScript libraries and every row of every bulk file casts to its
// Table Schema, and every figure the site publishes from the seeds is in the bulk downloads with its unit and
// source (title and sentence, checked against the seed itself).
import { describe, expect, it } from 'vitest';
import { documentLabel } from '../../src/lib/core/source-text.ts';
import { tableSchemaOf, tableToCsv, tableToJson } from '../../src/lib/core/table-schema.ts';
import { datasetToCsv } from '../../src/lib/datasets/export.ts';
import { DATASET_LONG_TABLE, measureColumns } from '../../src/lib/datasets/long-form.ts';
import { INDICATOR_TABLE, indicatorCsv } from '../../src/lib/plans/long-form.ts';
import { valueRows } from '../../src/lib/plans/indicator-view.ts';
import { loadDatasets } from '../../src/site/datasets.ts';
import { documentTitle, downloadsPackage, loadDownloads, orgNameOf } from '../../src/site/downloads.ts';
import { loadPlans } from '../../src/site/plans.ts';
import { sourceDocument } from '../../src/site/sources.ts';
import { readSeed, SEEDS } from '../fixtures/import/seeds.ts';
import { csvProblems, jsonProblems, packageProblems, readCsvDownload } from '../helpers/frictionless.ts';
import { ROOT } from '../setup/project-copy.ts';

const { indicators, datasets } = loadDownloads(ROOT);
const indicatorSchema = tableSchemaOf(INDICATOR_TABLE);
const datasetSchema = tableSchemaOf(DATASET_LONG_TABLE);
const titleOf = (id: string) => documentTitle(id, ROOT);
const pkg = downloadsPackage(ROOT);

const ID_COLUMNS = {
  indicator: ['org_id', 'org_name', 'plan_id', 'plan_title', 'indicator_id', 'indicator_name', 'year', 'value', 'unit'],
  dataset: ['dataset_id', 'dataset_title', 'org_id', 'org_name', 'measure', 'value', 'unit'],
  source: ['source_document', 'source_document_id', 'source_text'],
};

describe('the data package', () => {
  it('validates against the Frictionless profiles', async () => {
    expect(await packageProblems(pkg)).toEqual([]);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'indicators.csv',
      'indicators.json',
      'datasets-long.csv',
      'datasets-long.json',
    ]);
    expect(pkg.licenses).toEqual([
      {
        name: 'CC-BY-4.0',
        title: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ]);
    // Every document the rows cite, by its title in the register, with its page on the site.
    expect(pkg.sources.map((s) => [s.title.slice(0, 6), s.path])).toEqual(
      ['000', '001', '002', '003', '004'].map((id) => [`文件${id}：`, `https://example.invalid/sources/${id}/`]),
    );
    expect(pkg.sources[3]?.title).toBe('文件003：丽水市残疾人事业发展“十四五”规划');
  });

  it('is rejected by the same validator when a schema is wrong (the check can fail)', async () => {
    const broken = structuredClone(pkg);
    broken.resources[0]!.schema.fields[0]!.type = 'text' as never;
    expect((await packageProblems(broken)).length).toBeGreaterThan(0);
    const badName = { ...structuredClone(pkg), name: 'Not A Name' };
    expect((await packageProblems(badName)).length).toBeGreaterThan(0);
  });

  it('every row of the bulk CSV and JSON files casts to its Table Schema', async () => {
    expect(indicators.length).toBeGreaterThan(80);
    expect(datasets.length).toBeGreaterThan(50);
    expect(await csvProblems(tableToCsv(INDICATOR_TABLE, indicators), indicatorSchema)).toEqual([]);
    expect(await csvProblems(tableToCsv(DATASET_LONG_TABLE, datasets), datasetSchema)).toEqual([]);
    expect(await jsonProblems(tableToJson(INDICATOR_TABLE, indicators), indicatorSchema)).toEqual([]);
    expect(await jsonProblems(tableToJson(DATASET_LONG_TABLE, datasets), datasetSchema)).toEqual([]);
  });

  it('the cast rejects a row that does not fit (text in a number column, a missing id)', async () => {
    const csv = tableToCsv(INDICATOR_TABLE, indicators.slice(0, 1));
    const { names, rows } = readCsvDownload(csv);
    const bad = rows[0]!.slice();
    bad[names.indexOf('value')] = '九十九';
    bad[names.indexOf('org_id')] = '';
    const text = `\uFEFF${[INDICATOR_TABLE.fields.map((f) => f.title), names, bad].map((r) => r.join(',')).join('\r\n')}\r\n`;
    expect((await csvProblems(text, indicatorSchema)).length).toBeGreaterThanOrEqual(1);
    const json = tableToJson(INDICATOR_TABLE, indicators.slice(0, 1));
    expect((await jsonProblems([{ ...json[0]!, year: '二〇二〇' }], indicatorSchema)).length).toBe(1);
  });
});

describe('every CSV download', () => {
  const plans = loadPlans(ROOT);
  const all = loadDatasets(ROOT).datasets;

  it('of an indicator has the id columns and casts to the indicator schema', async () => {
    const problems: string[] = [];
    for (const p of plans) {
      for (const v of p.indicators) {
        const csv = indicatorCsv(p, v, titleOf);
        const { names, rows } = readCsvDownload(csv);
        for (const c of [...ID_COLUMNS.indicator, ...ID_COLUMNS.source]) if (!names.includes(c)) problems.push(c);
        if (rows.length !== valueRows(v).length) problems.push(`${p.plan.id}/${v.indicator.id}: ${rows.length} rows`);
        problems.push(...(await csvProblems(csv, indicatorSchema)).map((x) => `${p.plan.id}/${v.indicator.id}: ${x}`));
      }
    }
    expect(problems).toEqual([]);
  });

  it('of a dataset has the id columns and casts to the long-form schema', async () => {
    const problems: string[] = [];
    for (const d of all) {
      const csv = datasetToCsv(d, titleOf, orgNameOf(ROOT));
      const { names, rows } = readCsvDownload(csv);
      for (const c of [...ID_COLUMNS.dataset, ...ID_COLUMNS.source]) if (!names.includes(c)) problems.push(c);
      if (!rows.length) problems.push(`${d.id}: no rows`);
      problems.push(...(await csvProblems(csv, datasetSchema)).map((x) => `${d.id}: ${x}`));
    }
    expect(problems).toEqual([]);
  });
});

/** The text of a seed by document id; scraping markers in seed 004 are not part of the text (see the seeds README). */
const seedText = (id: string) => {
  if (!(id in SEEDS)) throw new Error(`document ${id} is not a seed`);
  return readSeed(id as keyof typeof SEEDS).replace(/##paid(?:begin|end)##/g, '');
};

/** True when a download's source text is in the seed: the sentence verbatim, or each cell of a table row as a line. */
function inSeed(sourceText: string, document: string): boolean {
  const text = seedText(document);
  const cells = /各栏依次为：(.*)$/.exec(sourceText)?.[1];
  if (cells === undefined) return text.includes(sourceText);
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  return cells.split('；').every((c) => lines.has(c));
}

describe('every figure the site publishes from the seeds is in the bulk downloads', () => {
  const indicatorRows = tableToJson(INDICATOR_TABLE, indicators);
  const datasetRows = tableToJson(DATASET_LONG_TABLE, datasets);
  const known = { get: (id: string) => sourceDocument(id, ROOT) };

  it('each indicator value (baseline, actual, numeric target), with its unit and source', () => {
    const missing: string[] = [];
    let count = 0;
    for (const p of loadPlans(ROOT)) {
      for (const v of p.indicators) {
        const i = v.indicator;
        const figures = [
          ...(i.baseline
            ? [
                {
                  kind: '基期值',
                  year: i.baseline.year,
                  value: i.baseline.value,
                  doc: (i.baseline.source ?? i.source).document,
                },
              ]
            : []),
          ...v.actuals.map((a) => ({ kind: '实际值', year: a.year, value: a.value, doc: a.source.document })),
          ...(i.target.kind === 'numeric'
            ? [
                {
                  kind: '目标值',
                  year: i.target.year,
                  value: i.target.value,
                  doc: (i.target.source ?? i.source).document,
                },
              ]
            : []),
        ];
        for (const f of figures) {
          count++;
          const row = indicatorRows.find(
            (r) => r.plan_id === p.plan.id && r.indicator_id === i.id && r.kind === f.kind && r.year === f.year,
          );
          const what = `${p.plan.id}/${i.id} ${f.kind} ${f.year}`;
          if (!row) missing.push(`${what}: no row`);
          else if (row.value !== f.value || row.unit !== i.unit) missing.push(`${what}: ${row.value} ${row.unit}`);
          else if (row.source_document_id !== documentLabel(f.doc) || row.source_document !== known.get(f.doc)?.title)
            missing.push(`${what}: source ${row.source_document_id} ${row.source_document}`);
          else if (!inSeed(String(row.source_text), f.doc))
            missing.push(`${what}: text not in seed ${row.source_text}`);
        }
      }
    }
    expect(count).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it('each number cell of each dataset, with its unit and source', () => {
    const missing: string[] = [];
    let count = 0;
    for (const d of loadDatasets(ROOT).datasets) {
      d.rows.forEach((row, n) => {
        for (const c of measureColumns(d)) {
          const value = row.cells[c.name];
          if (typeof value !== 'number') continue;
          count++;
          const what = `${d.id} row ${n + 1} ${c.name}`;
          const hit = datasetRows.find((r) => r.dataset_id === d.id && r.row_number === n + 1 && r.measure === c.name);
          if (!hit) missing.push(`${what}: no row`);
          else if (hit.value !== value || hit.unit !== (c.unit ?? null))
            missing.push(`${what}: ${hit.value} ${hit.unit}`);
          else if (
            hit.source_document_id !== documentLabel(row.document) ||
            hit.source_document !== known.get(row.document)?.title
          )
            missing.push(`${what}: source ${hit.source_document_id}`);
          else if (!inSeed(String(hit.source_text), row.document)) missing.push(`${what}: text not in seed`);
        }
      });
    }
    expect(count).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('no download names a document by a bare number, and no source text is a pipe row', () => {
    for (const r of [...indicatorRows, ...datasetRows]) {
      expect(String(r.source_document_id)).toMatch(/^文件\d{3}$/);
      expect(String(r.source_document)).not.toMatch(/^\d+$/);
      expect(String(r.source_text)).not.toContain(' | ');
    }
  });
});
