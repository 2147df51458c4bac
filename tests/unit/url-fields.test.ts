// Every URL field of every schema uses the one URL rule (issue 14, class 5). The test walks every zod schema
// exported from src/lib (by importing each module that uses zod) and fails when a field whose name looks like a
// URL is not exactly `siteUrlSchema`, so a new `homepage:` or `source.link:` cannot slip in with `z.url()`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { publicAddressProblem } from '../../src/lib/settings/public-address.ts';
import { describe, expect, it } from 'vitest';
import { siteUrlSchema, urlProblem } from '../../src/lib/core/site-url.ts';
import { ROOT } from '../setup/project-copy.ts';

const URL_NAME = /(url|uri|website|href|link|homepage|web|site)$/i;
// Fields whose names end like a URL but are not addresses.
const NOT_URLS = new Set<string>([]);
// Fields with a rule stricter than the one URL rule: the site's own public address (settings/public-address.ts)
// must be an http(s) host at the root, which the test below shows the one rule also accepts.
const STRICTER = new Set<string>(['src/lib/settings/schema.ts:siteSchema.url']);
// The published API's response schemas (src/lib/<feature>/api.ts and core/api.ts) describe addresses the site
// builds itself from its public address, never text an official types: they are absolute http(s) addresses
// (absoluteUrlSchema), and the test below shows by parsing that they take nothing a browser could run.
const isApiOutput = (k: string) => /^src\/lib\/[a-z-]+\/api\.ts:/.test(k);
const UNSAFE = ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '/orgs/lishui/', 'a.example/x', 'urn:x'];
/** Whether a schema takes only absolute http(s) addresses: rejects every unsafe or relative form, takes https. */
const onlyAbsoluteHttp = (s: unknown): boolean => {
  const t = s as z.ZodType;
  return t.safeParse('https://a.example/x').success && UNSAFE.every((u) => !t.safeParse(u).success);
};

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def | undefined => (s as { _zod?: { def?: Def } })?._zod?.def;

/** Every field of every object in a schema, by dotted path, with its schema. */
function fields(schema: unknown, path: string, out: Map<string, unknown>, seen = new Set<unknown>()): void {
  const def = defOf(schema);
  if (!def || seen.has(schema)) return;
  seen.add(schema);
  const walk = (s: unknown, p = path) => fields(s, p, out, seen);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) {
        const p = path ? `${path}.${k}` : k;
        out.set(p, v);
        walk(v, p);
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      walk(def.innerType);
      break;
    case 'array':
      walk(def.element, `${path}[]`);
      break;
    case 'union':
      for (const o of def.options as unknown[]) walk(o);
      break;
    case 'pipe':
      walk(def.in);
      walk(def.out);
      break;
    case 'record':
      walk(def.valueType, `${path}{}`);
      break;
    case 'intersection':
      walk(def.left);
      walk(def.right);
      break;
  }
}

/** The schema a field declares, without optional/default wrappers. */
function unwrap(s: unknown): unknown {
  let cur = s;
  for (
    let def = defOf(cur);
    def && ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type);
    def = defOf(cur)
  )
    cur = def.innerType;
  return cur;
}

function zodModules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return zodModules(p);
    return name.endsWith('.ts') &&
      !name.endsWith('.test.ts') &&
      !name.endsWith('.d.ts') &&
      /from 'zod'/.test(readFileSync(p, 'utf8'))
      ? [p]
      : [];
  });
}

const modules = zodModules(join(ROOT, 'src/lib'));
const all = new Map<string, unknown>();
for (const file of modules) {
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod)) {
    if (!(value instanceof z.ZodType)) continue;
    const found = new Map<string, unknown>();
    fields(value, '', found);
    for (const [k, v] of found) all.set(`${relative(ROOT, file)}:${name}.${k}`, v);
  }
}

describe('URL fields', () => {
  it('finds the schemas and their URL fields', () => {
    expect(modules.length).toBeGreaterThan(5);
    const urlFields = [...all.keys()].filter((k) => URL_NAME.test(k.replace(/(\[\]|\{\})+$/, '')));
    // org.website and a report's source.url today; more may come, none may go unnoticed.
    expect(urlFields.some((k) => k.endsWith('orgSchema.website'))).toBe(true);
    expect(urlFields.some((k) => k.endsWith('reportSchema.source.url'))).toBe(true);
  });

  it('the public address is stricter than the one URL rule, never looser', () => {
    for (const u of ['https://www.example.gov.cn/', 'http://a.example', 'https://例子.中国/']) {
      expect(publicAddressProblem(u), u).toBeUndefined();
      expect(siteUrlSchema.safeParse(u).success, u).toBe(true);
    }
    for (const u of [
      'javascript:alert(1)',
      'https://a.example/x?y',
      'ftp://a.example/',
      'https://localhost/',
      'a.example',
    ]) {
      expect(publicAddressProblem(u), u).toBeDefined();
    }
  });

  it('every field named like a URL uses the one URL rule', () => {
    const wrong = [...all.entries()]
      .filter(
        ([k]) =>
          URL_NAME.test(
            k
              .replace(/(\[\]|\{\})+$/, '')
              .split('.')
              .at(-1) ?? '',
          ) &&
          !NOT_URLS.has(k) &&
          !STRICTER.has(k),
      )
      .filter(([k, s]) => (isApiOutput(k) ? !onlyAbsoluteHttp(unwrap(s)) : unwrap(s) !== siteUrlSchema))
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it('no schema uses a bare z.url(), which accepts javascript: and data:', () => {
    const urls = [...all.entries()].filter(
      ([, s]) =>
        defOf(unwrap(s))?.type === 'string' &&
        (defOf(unwrap(s)) as { format?: string }).format === 'url' &&
        !onlyAbsoluteHttp(unwrap(s)),
    );
    expect(urls.map(([k]) => k)).toEqual([]);
  });

  it('the API address rule takes absolute http(s) addresses only (negative control for the two tests above)', () => {
    const apiUrls = [...all.entries()].filter(([k]) => isApiOutput(k) && /\.url$/.test(k));
    expect(apiUrls.length).toBeGreaterThan(5);
    for (const [k, s] of apiUrls) expect(onlyAbsoluteHttp(unwrap(s)), k).toBe(true);
    // A bare z.url() is caught: it takes javascript: and data:.
    expect(onlyAbsoluteHttp(z.url())).toBe(false);
    expect(onlyAbsoluteHttp(z.url({ protocol: /^https?$/ }))).toBe(true);
  });
});

// Inputs of the same classes as the corpus cases, not in the corpus: generated, so a new spelling is covered too.
describe('the URL rule on generated hostile addresses', () => {
  const schemes = ['javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'];
  const disguise = (s: string): string[] => [
    s,
    s.toUpperCase(),
    ` ${s}`,
    `\t${s}`,
    `\u0001${s}`,
    s.replace(':', '&colon;'),
    s.replace(':', '&#58;'),
    s.replace(':', '&#x3a;'),
    s.replace(/^(\w)/, '&#$1;').replace(/&#(\w);/, (_, c: string) => `&#${c.charCodeAt(0)};`),
    s.replace(/^(\w)(\w)/, '$1\t$2'),
    s.replace(/^(\w)(\w)/, '$1\n$2'),
    s.replace(/^(\w)(\w)/, (_, a: string, b: string) => `${a}%${b.charCodeAt(0).toString(16)}`),
  ];
  it.each(schemes.flatMap(disguise))('rejects %j', (u) => {
    expect(urlProblem(u)).toBeDefined();
    expect(siteUrlSchema.safeParse(u).success).toBe(false);
  });
  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example\\x',
    '/\t/evil.example/x',
    '/&#9;/evil.example/x',
    '/%09/evil.example/x',
    '/%2509/evil.example/x',
    'https://www.gov.cn@evil.example/',
    'https://a.example/ b',
    'www.example.invalid',
    'https:evil.example',
  ])('rejects %j', (u) => expect(urlProblem(u)).toBeDefined());
  it.each([
    'https://www.gov.cn/',
    'http://www.example.org/a%20b.pdf',
    'https://例子.中国/',
    '/orgs/lishui/',
    'mailto:office@example.org',
    'tel:0578-1234567',
    'https://a.example/?x=1&copy=2',
  ])('accepts %j', (u) => expect(urlProblem(u)).toBeUndefined());
});
