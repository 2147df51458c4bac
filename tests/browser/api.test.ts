// The JSON endpoints keep their contract (issue 18, part 5): every /api/*.json of the built site validates with
// ajv against the JSON Schema published beside it, carries the data licence and a `generated` date from the last
// commit, gives absolute addresses that exist in the build, unique ids, and one type per field name across all
// endpoints. A negative control shows the published schemas reject what they should.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSDOM } from 'jsdom';
import { parse } from 'yaml';
import { chinaDateTime } from '../../src/lib/core/format.ts';
import { API_NAMES, type ApiName } from '../../src/lib/core/urls.ts';
import { DIST } from './harness.ts';

const SITE = parse(readFileSync('data/site.yaml', 'utf8')) as { url: string; dataLicence: string };
const read = (file: string) => JSON.parse(readFileSync(join(DIST, 'api', file), 'utf8'));
const bodies = Object.fromEntries(API_NAMES.map((n) => [n, read(`${n}.json`)])) as Record<ApiName, any>;
const schemas = Object.fromEntries(API_NAMES.map((n) => [n, read(`${n}.schema.json`)])) as Record<ApiName, any>;

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

/** Every string in a JSON value, with where it is (`plans[0].indicators[3].url`). */
function* strings(v: unknown, at = ''): Generator<[string, string]> {
  if (typeof v === 'string') yield [at, v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* strings(x, `${at}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${at}.${k}`);
}

/** Every (field name, JSON type) pair in a JSON value; `null` counts as no type (an absent value). */
function* fieldTypes(v: unknown, at: string): Generator<[string, string, string]> {
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* fieldTypes(x, `${at}[${i}]`);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (x !== null) yield [k, Array.isArray(x) ? 'array' : typeof x, `${at}.${k}`];
      yield* fieldTypes(x, `${at}.${k}`);
    }
}

describe('the JSON endpoints', () => {
  for (const name of API_NAMES) {
    it(`/api/${name}.json validates against /api/${name}.schema.json`, () => {
      const schema = schemas[name];
      assert.equal(schema.$id, new URL(`/api/${name}.schema.json`, SITE.url).href);
      assert.equal(bodies[name].$schema, schema.$id, 'the response names its schema');
      const validate = validator().compile(schema);
      const ok = validate(bodies[name]);
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    });
  }

  it('carry the licence chosen in data/site.yaml and the last commit’s date', () => {
    const head = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8' }).trim();
    for (const name of API_NAMES) {
      assert.equal(bodies[name].licence.id, SITE.dataLicence, name);
      assert.equal(bodies[name].generated, chinaDateTime(new Date(head)), name);
    }
  });

  it('give absolute addresses of pages and files that exist in the build', () => {
    const missing: string[] = [];
    for (const name of API_NAMES)
      for (const [at, s] of strings(bodies[name], name)) {
        assert.ok(!/^\/[\w-]/.test(s), `${at}: relative address ${s}`);
        if (!s.startsWith(SITE.url)) continue;
        const path = decodeURIComponent(new URL(s).pathname);
        const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
        if (!existsSync(file)) missing.push(`${at}: ${s}`);
      }
    assert.deepEqual(missing, []);
  });

  it('share their fields and absolute addresses with the JSON download of each indicator and dataset', () => {
    const indicator = bodies.indicators.plans[0].indicators[0];
    const download = JSON.parse(readFileSync(join(DIST, new URL(indicator.downloads.json).pathname), 'utf8'));
    const { method: _m, observations: _o, ...fields } = download;
    assert.deepEqual(fields, indicator);
    const dataset = bodies.datasets.datasets[0];
    const { rows, ...meta } = JSON.parse(readFileSync(join(DIST, new URL(dataset.downloads.json).pathname), 'utf8'));
    assert.deepEqual(meta, dataset);
    for (const [at, s] of strings(rows, 'rows')) assert.ok(!/^\/[\w-]/.test(s), `${at}: relative address ${s}`);
  });

  it('have ids unique across the site', () => {
    const indicators = bodies.indicators.plans.flatMap((p: any) => p.indicators.map((i: any) => i.id));
    for (const [what, ids] of Object.entries({
      reports: bodies.reports.reports.map((r: any) => r.id),
      guides: bodies.guides.guides.map((g: any) => g.id),
      datasets: bodies.datasets.datasets.map((d: any) => d.id),
      plans: bodies.indicators.plans.map((p: any) => p.id),
      indicators,
    })) {
      assert.ok(ids.length > 0, `no ${what}`);
      assert.equal(new Set(ids).size, ids.length, `${what} ids repeat`);
    }
    // Indicator ids within a plan repeat across plans (home-adaptations), so the site-wide id must not be them.
    const local = bodies.indicators.plans.flatMap((p: any) => p.indicators.map((i: any) => i.indicator));
    assert.ok(new Set(local).size < local.length, 'the seeds have indicator ids repeated across plans');
  });

  it('use one type for one field name in every endpoint', () => {
    const seen = new Map<string, [string, string]>();
    const clashes: string[] = [];
    for (const name of API_NAMES)
      for (const [key, type, at] of fieldTypes(bodies[name], name)) {
        const first = seen.get(key);
        if (!first) seen.set(key, [type, at]);
        else if (first[0] !== type) clashes.push(`${key}: ${first[0]} at ${first[1]}, ${type} at ${at}`);
      }
    assert.deepEqual(clashes, []);
    assert.equal(seen.get('orgs')?.[0], 'array');
    assert.equal(seen.get('org')?.[0], 'string');
  });

  it('publish schemas that reject a missing field, an unknown field and a relative address', () => {
    // Through a plain function: ajv's validate is a type guard that would narrow `good` to unknown.
    const compiled = validator().compile(schemas.reports);
    const validate = (v: unknown): boolean => compiled(v);
    const good = bodies.reports;
    assert.ok(validate(good));
    const { generated: _g, ...noDate } = good;
    assert.ok(!validate(noDate), 'a response without generated passes');
    assert.ok(!validate({ ...good, extra: 1 }), 'an unknown field passes');
    const relative = structuredClone(good);
    relative.reports[0].url = '/reports/x/';
    assert.ok(!validate(relative), 'a relative url passes');
    const wrongType = structuredClone(bodies.guides);
    wrongType.guides[0].orgs = 'all';
    assert.ok(!validator().compile(schemas.guides)(wrongType), 'orgs: "all" passes');
  });
});

describe('the Atom feed', () => {
  const { DOMParser } = new JSDOM().window;
  const doc = new DOMParser().parseFromString(
    readFileSync(join(DIST, 'reports', 'feed.xml'), 'utf8'),
    'application/xml',
  );

  it('links and names every entry by an absolute address of a built page, with its own dates', () => {
    assert.equal(doc.getElementsByTagName('parsererror').length, 0);
    const entries = [...doc.getElementsByTagName('entry')];
    assert.ok(entries.length > 0);
    const links = [...doc.getElementsByTagName('link')].map((l) => l.getAttribute('href') ?? '');
    const ids = [...doc.getElementsByTagName('id')].map((i) => i.textContent ?? '');
    for (const address of [...links, ...ids]) {
      assert.ok(address.startsWith(SITE.url), `not absolute under ${SITE.url}: ${address}`);
      const path = new URL(address).pathname;
      assert.ok(existsSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)), `not built: ${address}`);
    }
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
    for (const e of entries)
      for (const tag of ['published', 'updated']) {
        const v = e.getElementsByTagName(tag)[0]?.textContent ?? '';
        assert.match(v, rfc3339, `${tag} of ${e.getElementsByTagName('id')[0]?.textContent}`);
      }
  });
});
