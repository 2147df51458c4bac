import type { z } from 'zod';

// Reads the shape of the check's zod schemas (zod 4 definitions) as the CMS needs it: which fields an object has,
// which are optional, lists, choices, numbers with bounds, and text patterns. Pure: no Decap, no files.

/** One field as the CMS sees it, before labels. */
export type FieldShape =
  | { type: 'object'; fields: NamedShape[] }
  | { type: 'list'; of: FieldShape; min?: number }
  | { type: 'select'; options: string[] }
  | { type: 'number'; integer: boolean; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'date' }
  /** `message` is the check's own message for a text that does not match, shown by the CMS under the field. */
  | { type: 'string'; pattern?: RegExp; message?: string }
  /** A shape no CMS widget writes faithfully (a map of any keys, `all` or a list): kept, edited in the file. */
  | { type: 'unsupported'; why: string };

export interface NamedShape {
  name: string;
  required: boolean;
  shape: FieldShape;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  minimum?: number;
  error?: (issue: object) => unknown;
}

/** What the checks of a schema say (zod 4 keeps them on the definition; its `bag` is filled only when parsing). */
function bagOf(s: z.ZodType): Record<string, unknown> {
  const checks = (s as unknown as { _zod: { def: { checks?: { _zod: { def: CheckDef } }[] } } })._zod.def.checks ?? [];
  const bag: Record<string, unknown> = {};
  for (const { _zod } of checks) {
    const c = _zod.def;
    if (c.check === 'string_format' && c.format === 'regex' && !bag.pattern) {
      bag.pattern = c.pattern;
      const message = c.error?.({});
      if (typeof message === 'string') bag.patternMessage = message;
    } else if (c.check === 'number_format') bag.format = c.format;
    else if (c.check === 'greater_than') bag.minimum = c.value;
    else if (c.check === 'less_than') bag.maximum = c.value;
    else if (c.check === 'min_length') bag.minimum = c.minimum;
  }
  return bag;
}

/** Strips optional/default wrappers: the schema inside and whether a value may be left out. */
export function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let optional = false;
  let inner = s;
  for (;;) {
    const d = defOf(inner);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault' || d.type === 'nullable') {
      optional = true;
      inner = d.innerType!;
    } else return { inner, optional };
  }
}

/**
 * The schema that says what is written in the file: for a pipe, its input side, except where the output is a
 * closed list (`labelledEnum`: text in, enum out) or the input accepts anything and the output has the shape
 * (an organisation's contact items).
 */
function written(s: z.ZodType): z.ZodType {
  const d = defOf(s);
  if (d.type !== 'pipe') return s;
  const out = written(d.out!);
  const input = written(d.in!);
  const outType = defOf(unwrap(out).inner).type;
  const inType = defOf(unwrap(input).inner).type;
  if (outType === 'enum' || inType === 'unknown') return out;
  if (inType === 'transform') return out;
  return input;
}

/** The CMS shape of one schema. */
export function shapeOf(schema: z.ZodType): FieldShape {
  const s = written(unwrap(schema).inner);
  const d = defOf(s);
  const bag = bagOf(s);
  switch (d.type) {
    case 'object':
      return {
        type: 'object',
        fields: Object.entries(d.shape!).map(([name, field]) => ({
          name,
          required: !unwrap(field).optional && !isOptionalPipe(field),
          shape: shapeOf(field),
        })),
      };
    case 'array': {
      const min = typeof bag.minimum === 'number' ? bag.minimum : undefined;
      return { type: 'list', of: shapeOf(d.element!), ...(min !== undefined ? { min } : {}) };
    }
    case 'enum':
      return { type: 'select', options: Object.values(d.entries!) };
    case 'literal':
      if (d.values!.length === 1 && d.values![0] === true) return { type: 'boolean' };
      return { type: 'select', options: d.values!.map(String) };
    case 'number':
      return {
        type: 'number',
        integer: bag.format === 'safeint' || bag.format === 'int32',
        ...(typeof bag.minimum === 'number' ? { min: bag.minimum } : {}),
        ...(typeof bag.maximum === 'number' ? { max: bag.maximum } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'string': {
      const pattern = bag.pattern as RegExp | undefined;
      const message = bag.patternMessage as string | undefined;
      return { type: 'string', ...(pattern ? { pattern } : {}), ...(message ? { message } : {}) };
    }
    case 'union': {
      const options = d.options!.map((o) => written(unwrap(o).inner));
      const types = options.map((o) => defOf(o).type);
      if (types.includes('date')) return { type: 'date' };
      if (types.includes('literal'))
        return { type: 'unsupported', why: '一个固定词或一个列表（如 all 或机构编号列表）' };
      const list = options.find((o) => defOf(o).type === 'array');
      if (list) return shapeOf(list);
      // A document number written as text or as a number (`004` or 4): text.
      return shapeOf(options.find((o) => defOf(o).type === 'string') ?? options[0]!);
    }
    case 'record':
      return { type: 'unsupported', why: '任意名称的键值对' };
    default:
      return { type: 'string' };
  }
}

/** An `.optional()` applied inside a pipe (the contact items: unknown → object, optional outside). */
function isOptionalPipe(s: z.ZodType): boolean {
  const d = defOf(s);
  return d.type === 'pipe' && unwrap(d.in!).optional;
}
