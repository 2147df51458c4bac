/**
 * Reading the header of a plan's indicator table into columns, in the order the header names them:
 * `序号 | 指标 | 2020年基期值 | 2025年目标值 | 指标属性`, `指 标  2025 年  属 性`, `类别 | 指标 | 单位 | 2020年 | 2023年 |
 * 2025年 | 属性`, a header over two lines (`2020年` above `基期值`), `2021—2025年累计`.
 */

/** A piece of a header cell printed over two lines, alone on its line (序 / 号 in a narrow column). */
export const HEADER_PIECE = /^(?:序|号|指|标|属|性|年|值|指标|属性|基期值|目标值)$/;

/** What a value column holds. */
export type ValueRole = 'baseline' | 'target' | 'milestone' | 'actual';

/** One column of the table. */
export type Column =
  | { kind: 'seq' | 'category' | 'name' | 'unit' | 'attribute' | 'note'; label: string }
  | {
      kind: 'value';
      label: string;
      year?: number;
      /** As the header names it; resolved by {@link resolveColumns} when the header gives only years. */
      role?: ValueRole;
      /** The header marks the column as a total over the period (累计). */
      cumulative?: boolean;
    };

export type ValueColumn = Extract<Column, { kind: 'value' }>;

const ROLE_WORDS: [RegExp, ValueRole][] = [
  [/基期|基数|基准|现状/, 'baseline'],
  [/目标|规划|预期/, 'target'],
  [/中期/, 'milestone'],
  [/完成|实际|实绩/, 'actual'],
];
const roleOf = (word: string): ValueRole | undefined => ROLE_WORDS.find(([re]) => re.test(word))?.[1];

// One alternative per column kind, longest spellings first (指标属性 before 指标). Applied to the header's text
// with all spaces removed, so `指 标`, `2025 年` and `属 性` read as one word each.
const ROLE = '(?:基期值?|基数|基准值?|现状值?|目标值?|规划值?|规划目标|预期值?|预期目标|中期目标|完成值?|实际值?|实绩)';
const TOKEN = new RegExp(
  [
    '(?<seq>序号|编号)',
    '(?<attribute>指标属性|属性|指标性质|性质|指标类型)',
    '(?<category>类别|领域|分类|类型)',
    '(?<unit>计量单位|单位)',
    '(?<note>备注|说明)',
    `(?<range>(?<from>\\d{4})年?[-—－–~～至到](?<to>\\d{4})年?(?<rangeSum>累计)?(?:${ROLE}|值|数)?)`,
    `(?<plan>[“"]?十[一二三四五六七八九]五[”"]?(?:时期|期间)?累计(?:值|数)?)`,
    // 基期值（2020年）, 目标值(2025年): the role first and its year in brackets, one column.
    `(?<roleYear>(?<ryRole>${ROLE})[（(](?<ry>\\d{4})年?[）)])`,
    `(?<year>(?<y>\\d{4})年?(?<yearSum>累计)?(?<yearRole>${ROLE})?)`,
    `(?<role>${ROLE}|累计值?)`,
    '(?<name>主要指标|指标名称|指标内容|指标|项目|名称|内容)',
  ].join('|'),
  'g',
);

/** The columns one header line names, and how much of its text is not a header word. */
function tokens(text: string): { columns: Column[]; leftover: number } {
  const compact = text.replace(/\s+/g, '');
  const columns: Column[] = [];
  let covered = 0;
  for (const m of compact.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const label = m[0];
    covered += label.length;
    if (g.seq) columns.push({ kind: 'seq', label });
    else if (g.attribute) columns.push({ kind: 'attribute', label });
    else if (g.category) columns.push({ kind: 'category', label });
    else if (g.unit) columns.push({ kind: 'unit', label });
    else if (g.note) columns.push({ kind: 'note', label });
    else if (g.range)
      columns.push({ kind: 'value', label, year: Number(g.to), cumulative: true, role: roleOf(label) ?? 'target' });
    else if (g.plan) columns.push({ kind: 'value', label, cumulative: true, role: 'target' });
    else if (g.roleYear) {
      const role = roleOf(g.ryRole!);
      columns.push({ kind: 'value', label, year: Number(g.ry), ...(role ? { role } : {}) });
    } else if (g.year) {
      const role = g.yearRole ? roleOf(g.yearRole) : undefined;
      columns.push({
        kind: 'value',
        label,
        year: Number(g.y),
        ...(role ? { role } : {}),
        ...(g.yearSum ? { cumulative: true } : {}),
      });
    } else if (g.role) {
      const role = roleOf(label);
      columns.push({
        kind: 'value',
        label,
        ...(role ? { role } : {}),
        ...(/累计/.test(label) ? { cumulative: true } : {}),
      });
    } else columns.push({ kind: 'name', label });
  }
  // Characters that are no header word: brackets, 值, 年, a stray 的 — a sentence leaves many.
  const leftover = compact.replace(/[()（）“”"、，,/／:：\-—]/g, '').length - covered;
  return { columns, leftover };
}

/**
 * The columns of a header line, or undefined when the line is not a header: it must name the indicator column
 * (指标, 项目…) and at least one value or attribute column, and consist of header words only.
 */
export function readHeaderLine(text: string): Column[] | undefined {
  if (/[。；;！？]/.test(text) || text.replace(/\s+/g, '').length > 80) return undefined;
  const { columns, leftover } = tokens(text);
  if (leftover > 2) return undefined;
  if (!columns.some((c) => c.kind === 'name')) return undefined;
  if (!columns.some((c) => c.kind === 'value' || c.kind === 'attribute')) return undefined;
  if (columns.filter((c) => c.kind === 'seq').length > 1) return undefined;
  return columns;
}

/** One header cell alone on its line (序号, 指  标, 2020年, 基期值, 属性…), as text with one cell per line gives it. */
export function isHeaderCell(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t === '' || t.length > 16 || /[。；;！？%％]/.test(t)) return false;
  if (HEADER_PIECE.test(t)) return true;
  const { columns, leftover } = tokens(t);
  return columns.length >= 1 && leftover <= 1;
}

/**
 * A line that continues a header on the next line (`基期值  目标值  属性` under `2020年  2025年  指标`): header words
 * only, no indicator name column of its own required. Returns its columns, or undefined.
 */
export function readHeaderContinuation(text: string): Column[] | undefined {
  if (/[。；;！？\d%％]/.test(text.replace(/\d{4}\s*年?/g, ''))) return undefined;
  const { columns, leftover } = tokens(text);
  if (!columns.length || leftover > 1) return undefined;
  // A header over two rows of a Word table repeats its merged cells (序号, 指标, 属性) in the second row.
  if (!columns.some((c) => c.kind === 'value' || c.kind === 'attribute')) return undefined;
  return columns;
}

/**
 * Adds a continuation line to the header: its years and roles fill the value columns that lack them, in order;
 * its 属性 turns a second, trailing 指标 (`指标` above `属性`) into the attribute column.
 */
export function mergeHeader(columns: Column[], more: Column[]): Column[] {
  const out = columns.map((c) => ({ ...c }));
  const values = out.filter((c): c is ValueColumn => c.kind === 'value');
  const addYears = more.filter((c): c is ValueColumn => c.kind === 'value' && c.year !== undefined);
  const addRoles = more.filter(
    (c): c is ValueColumn => c.kind === 'value' && c.role !== undefined && c.year === undefined,
  );
  const noYear = values.filter((c) => c.year === undefined);
  addYears.forEach((c, i) => {
    const v = noYear[i];
    if (v) {
      v.year = c.year;
      v.label = `${c.label}${v.label}`;
    }
  });
  const noRole = values.filter((c) => c.role === undefined);
  addRoles.forEach((c, i) => {
    const v = noRole[i];
    if (v) {
      v.role = c.role;
      v.label = `${v.label}${c.label}`;
      if (c.cumulative) v.cumulative = true;
    }
  });
  if (!values.length) out.push(...addYears, ...addRoles);
  if (more.some((c) => c.kind === 'attribute') && !out.some((c) => c.kind === 'attribute')) {
    const names = out.map((c, i) => (c.kind === 'name' ? i : -1)).filter((i) => i >= 0);
    const last = names.at(-1);
    if (names.length > 1 && last !== undefined) out[last] = { kind: 'attribute', label: `${out[last]!.label}属性` };
    else out.push({ kind: 'attribute', label: '属性' });
  }
  return out;
}

/** What the header says, resolved: which value column is the target, which the baseline, which milestones. */
export interface ResolvedHeader {
  columns: Column[];
  /** Index in `columns` of the target column. */
  target: number;
  /** Index in `columns` of the baseline column, if any. */
  baseline?: number;
}

/**
 * Decides what each value column holds: a column the header calls 目标 is the target, else the last one; a
 * column called 基期/现状 is the baseline, else the first of two or more. The others are milestones (中期), or
 * actual values when the header says 完成/实际. Returns undefined when the header names no value column, or two
 * indicator-name columns (the second 指标 of a split 指标属性 that no 属性 completed).
 */
export function resolveColumns(columns: Column[]): ResolvedHeader | undefined {
  if (columns.filter((c) => c.kind === 'name').length !== 1) return undefined;
  const valueIdx = columns.map((c, i) => (c.kind === 'value' ? i : -1)).filter((i) => i >= 0);
  if (!valueIdx.length) return undefined;
  const out = columns.map((c) => ({ ...c }));
  const value = (i: number) => out[i] as ValueColumn;
  const target = [...valueIdx].reverse().find((i) => value(i).role === 'target') ?? valueIdx.at(-1)!;
  value(target).role = 'target';
  let baseline = valueIdx.find((i) => i !== target && value(i).role === 'baseline');
  if (baseline === undefined && valueIdx.length >= 2 && valueIdx[0] !== target) {
    const first = valueIdx[0]!;
    const f = value(first);
    const t = value(target);
    if (f.role === undefined && (f.year === undefined || t.year === undefined || f.year < t.year)) baseline = first;
  }
  if (baseline !== undefined) value(baseline).role = 'baseline';
  for (const i of valueIdx)
    if (i !== target && i !== baseline && value(i).role !== 'actual') value(i).role = 'milestone';
  return { columns: out, target, ...(baseline !== undefined ? { baseline } : {}) };
}

/** The header as the dry run prints it: `指标 | 2025年（目标值） | 属性`. */
export function describeColumns(columns: Column[]): string {
  const roles: Record<ValueRole, string> = {
    baseline: '基期值',
    target: '目标值',
    milestone: '中间年份',
    actual: '实际值，不写入',
  };
  return columns
    .map((c) =>
      c.kind === 'value' ? `${c.label}（${c.role ? roles[c.role] : '?'}${c.cumulative ? '，累计' : ''}）` : c.label,
    )
    .join(' | ');
}
