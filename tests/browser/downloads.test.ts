// The built downloads stand on their own (issue 18): every CSV file of the built site has the id columns of its
// kind and casts, row by row, to the Table Schema published beside the bulk files; the built datapackage.json
// validates with the Frictionless Data JavaScript libraries, and each file it names casts to its schema.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { csvProblems, jsonProblems, packageProblems, readCsvDownload } from '../helpers/frictionless.ts';
import { DIST } from './harness.ts';

/** Every built file whose name ends with `ext`, outside the search index. */
function builtFiles(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtFiles(p, ext);
    return name.endsWith(ext) ? [p] : [];
  });
}

const DOWNLOADS = join(DIST, 'downloads');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const SCHEMAS = {
  indicators: readJson(join(DOWNLOADS, 'indicators.schema.json')),
  datasets: readJson(join(DOWNLOADS, 'datasets-long.schema.json')),
};
const ID_COLUMNS = {
  indicators: ['org_id', 'org_name', 'plan_id', 'plan_title', 'indicator_id', 'indicator_name'],
  datasets: ['dataset_id', 'dataset_title', 'org_id', 'org_name', 'measure'],
};
const SOURCE_COLUMNS = ['year', 'value', 'unit', 'source_document', 'source_document_id', 'source_text'];

describe('every built CSV download', () => {
  const csvs = builtFiles(DIST, '.csv');
  it('finds the indicator, dataset and bulk CSV files', () => {
    assert.ok(csvs.length > 50, `only ${csvs.length} CSV files`);
    assert.ok(csvs.some((f) => f.endsWith(join('downloads', 'indicators.csv'))));
    assert.ok(csvs.some((f) => f.endsWith(join('downloads', 'datasets-long.csv'))));
  });

  it('has unique file names across the site', () => {
    const names = csvs.map((f) => f.split('/').at(-1)!);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    assert.deepEqual(repeated, []);
  });

  for (const file of csvs) {
    const path = `/${relative(DIST, file)}`;
    it(`${path} parses, has the id columns and casts to its schema`, async () => {
      const text = readFileSync(file, 'utf8');
      const { names } = readCsvDownload(text);
      const kind = names[0] === 'dataset_id' ? 'datasets' : 'indicators';
      for (const c of [...ID_COLUMNS[kind], ...SOURCE_COLUMNS]) assert.ok(names.includes(c), `${path}: no ${c}`);
      assert.deepEqual(await csvProblems(text, SCHEMAS[kind]), []);
      assert.ok(!/(^|,)0\d\d(,|\r?$)/m.test(text.split('\n').slice(2).join('\n')), `${path}: a bare document id`);
    });
  }
});

describe('the built data package', () => {
  const pkg = readJson(join(DOWNLOADS, 'datapackage.json'));
  it('validates against the Frictionless profiles', async () => {
    assert.deepEqual(await packageProblems(pkg), []);
    assert.ok(pkg.licenses?.[0]?.title, 'a licence');
    assert.ok(pkg.sources?.length >= 5, 'the source documents');
  });
  it('names files that exist and cast, every row, to their schemas', async () => {
    assert.equal(pkg.resources.length, 4);
    for (const r of pkg.resources) {
      const file = join(DOWNLOADS, r.path);
      const problems =
        r.format === 'csv'
          ? await csvProblems(readFileSync(file, 'utf8'), r.schema)
          : await jsonProblems(readJson(file), r.schema);
      assert.deepEqual(problems, [], r.path);
    }
  });
  it('publishes the same schemas as the separate schema files', () => {
    assert.deepEqual(pkg.resources[0].schema, SCHEMAS.indicators);
    assert.deepEqual(pkg.resources[2].schema, SCHEMAS.datasets);
  });
});
