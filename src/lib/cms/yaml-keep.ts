// The editor's YAML format (`yaml-keep`, registered in src/scripts/admin.ts): Decap hands a saved entry's values to
// `toFile` without the file it read, so its own YAML format rewrites the whole file and drops every comment — such
// as the note in an anonymised organisation's file that its name must stay anonymised. `fromFile` keeps the text it
// read in the entry's data under SOURCE_KEY (Decap keeps data no field shows); `toFile` writes the new values into
// that text: a changed value in place, every other line as it was; a change of structure (an item added or
// removed) through the parsed document, which keeps comments. Every result is parsed back and must hold exactly
// the saved values, or the plain YAML of the values is written instead (as Decap would).
import { isMap, isScalar, isSeq, parse, parseDocument, stringify, type Document, type Node, Scalar } from 'yaml';

/** The format's name in the editor's configuration (config.ts) and registration (src/scripts/admin.ts). */
export const YAML_KEEP = 'yaml-keep';

/** Where an entry's data carries the text it was read from (never written to a file). */
export const SOURCE_KEY = '__yamlSource';

const OPTIONS = { lineWidth: 0 } as const;

type Data = Record<string, unknown>;

/** The values of a YAML file, with the file's text kept for {@link yamlToFile}. */
export function yamlFromFile(text: string): Data {
  const data = (parse(text) ?? {}) as Data;
  return { ...data, [SOURCE_KEY]: text };
}

/** The file for saved values: the text it was read from with only what changed rewritten, comments kept. */
export function yamlToFile(data: Data): string {
  const { [SOURCE_KEY]: source, ...rest } = data;
  // Decap leaves unset optional fields undefined; YAML has no undefined (stringify drops it).
  const values = JSON.parse(JSON.stringify(rest)) as Data;
  const plain = stringify(values, OPTIONS);
  if (typeof source !== 'string') return plain;
  if (same(parse(source) ?? {}, values)) return source;
  for (const candidate of [inPlace(source, values), throughDocument(source, values)])
    if (candidate !== undefined && holds(candidate, values)) return candidate;
  return plain;
}

function holds(text: string, values: Data): boolean {
  try {
    return same(parse(text), values);
  } catch {
    return false;
  }
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Rewrites only the changed scalars, at their place in the text; undefined when something other than a scalar's
 * value changed (a key added or removed, a list of another length, a scalar become a list).
 */
function inPlace(source: string, values: Data): string | undefined {
  const doc = parseDocument(source);
  const splices: Splice[] = [];
  if (!collect(doc.contents, values, splices)) return undefined;
  let out = source;
  for (const s of splices.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function collect(node: unknown, value: unknown, splices: Splice[]): boolean {
  if (isMap(node)) {
    if (!isObject(value)) return false;
    const keys = node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : undefined));
    if (keys.length !== Object.keys(value).length || keys.some((k) => k === undefined || !(k in value))) return false;
    return node.items.every((p, i) => collect(p.value, value[keys[i]!], splices));
  }
  if (isSeq(node)) {
    if (!Array.isArray(value) || value.length !== node.items.length) return false;
    return node.items.every((item, i) => collect(item, value[i], splices));
  }
  if (!isScalar(node) || !node.range) return false;
  if (same(node.toJSON(), value)) return true;
  const text = scalarText(node, value);
  if (text === undefined) return false;
  splices.push({ start: node.range[0], end: node.range[1], text });
  return true;
}

/** The new value written on one line in the old value's quoting, or undefined when it needs more than a line. */
function scalarText(node: Scalar, value: unknown): string | undefined {
  if (value !== null && typeof value === 'object') return undefined;
  let text: string;
  if (typeof value === 'string' && node.type === Scalar.QUOTE_DOUBLE) text = JSON.stringify(value);
  else if (typeof value === 'string' && node.type === Scalar.QUOTE_SINGLE) text = `'${value.replace(/'/g, "''")}'`;
  else text = stringify(value, OPTIONS).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

/** The parsed document with the new values set, node by node where they kept their kind; comments stay. */
function throughDocument(source: string, values: Data): string | undefined {
  const doc = parseDocument(source);
  if (!isMap(doc.contents)) return undefined;
  update(doc, doc.contents, values);
  return doc.toString(OPTIONS);
}

function update(doc: Document, node: Node, value: unknown): Node {
  if (isMap(node) && isObject(value)) {
    node.items = node.items.filter((p) => isScalar(p.key) && String(p.key.value) in value);
    for (const [k, v] of Object.entries(value)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === k);
      if (!pair) node.items.push(doc.createPair(k, v));
      else pair.value = update(doc, pair.value as Node, v);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = value.map((v, i) =>
      i < node.items.length ? update(doc, node.items[i] as Node, v) : doc.createNode(v),
    );
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (!same(node.toJSON(), value)) node.value = value;
    return node;
  }
  return doc.createNode(value) as Node;
}

/** Deep equality of parsed YAML values (key order aside); the editor runs in the browser, without node:util. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
