import { COLUMN_TYPES } from '../core/csv/numbers.ts';
import type { DatasetMeta } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import type { DataPath } from '../core/yaml-source.ts';

/** True for columns whose values are numbers that can be summed (not text, years or percents). */
export function isAdditive(type: string): boolean {
  return type === 'integer' || type === 'decimal';
}

/** True for number columns (integer, decimal, percent). */
export function isNumeric(type: string): boolean {
  return type === 'integer' || type === 'decimal' || type === 'percent';
}

/**
 * Checks that the metadata is consistent with itself: every column it names exists, provenance columns are
 * declared, the chart plots number columns. Problems point at the line of the field in the YAML file.
 */
export function checkDatasetMeta(meta: DatasetMeta, file: string, lineOf: (path: DataPath) => number): Problem[] {
  const problems: Problem[] = [];
  const add = (path: DataPath, field: string, problem: string, fix: string) =>
    problems.push({ file, line: lineOf(path), field, problem, fix });
  const byName = new Map(meta.columns.map((c) => [c.name, c]));
  const names = meta.columns.map((c) => c.name).join('、');
  const exists = (path: DataPath, field: string, name: string) => {
    if (byName.has(name)) return true;
    add(path, field, `列“${name}”不在 columns 中`, `改为 columns 中已有的列名（${names}），或在 columns 中补充这一列`);
    return false;
  };
  const numeric = (path: DataPath, field: string, name: string) => {
    if (!exists(path, field, name)) return;
    const col = byName.get(name);
    if (col && !isNumeric(col.type)) {
      add(
        path,
        field,
        `列“${name}”是${COLUMN_TYPES[col.type]}列，不是数字列`,
        '这里只能写类型为 integer、decimal 或 percent 的列',
      );
    }
  };

  const seen = new Set<string>();
  meta.columns.forEach((c, i) => {
    if (seen.has(c.name))
      add(['columns', i, 'name'], `columns[${i}].name`, `列名“${c.name}”写了两次`, '每一列只描述一次');
    seen.add(c.name);
    if (c.type === 'percent' && c.unit !== undefined && c.unit !== '%') {
      add(
        ['columns', i, 'unit'],
        `columns[${i}].unit`,
        `百分数列的单位只能是 %，不能是“${c.unit}”`,
        '把 unit 改为 "%"，或删除 unit',
      );
    }
    if (c.role && c.role !== 'document' && c.role !== 'org' && c.type !== 'text') {
      add(['columns', i, 'type'], `columns[${i}].type`, `role 为 ${c.role} 的列应为 text 类型`, '把 type 改为 text');
    }
    if ((c.role === 'document' || c.role === 'org') && c.type !== 'text') {
      add(
        ['columns', i, 'type'],
        `columns[${i}].type`,
        `role 为 ${c.role} 的列应为 text 类型`,
        '把 type 改为 text（文件编号写成 004 这样的文字）',
      );
    }
  });

  meta.key.forEach((k, i) => exists(['key', i], `key[${i}]`, k));

  const withRole = (role: string) => meta.columns.filter((c) => c.role === role);
  const sentences = withRole('sentence');
  if (sentences.length !== 1) {
    add(
      ['columns'],
      'columns',
      sentences.length === 0 ? '没有原文列（role: sentence）' : `原文列（role: sentence）有 ${sentences.length} 个`,
      '要有且只有一列照录每行数字所在的原文句子：在这一列的描述中写 role: sentence',
    );
  }
  if (withRole('document').length > 1)
    add(['columns'], 'columns', '来源文件列（role: document）多于一个', '只保留一列 role: document');
  if (meta.source.document.length > 1 && withRole('document').length === 0) {
    add(
      ['source', 'document'],
      'source.document',
      `数据来自 ${meta.source.document.length} 个文件，但没有写明每行来自哪个文件`,
      '加一列（如“来源文件”，type: text，role: document），每行填文件编号，如 004',
    );
  }
  if (withRole('org').length > 1) add(['columns'], 'columns', '机构列（role: org）多于一个', '只保留一列 role: org');
  if (meta.org.length > 1 && withRole('org').length === 0) {
    add(
      ['org'],
      'org',
      `数据涉及 ${meta.org.length} 个机构，但没有写明每行属于哪个机构`,
      '加一列（如“机构”，type: text，role: org），每行填机构简称',
    );
  }

  if (meta.total && exists(['total', 'column'], 'total.column', meta.total.column)) {
    const col = byName.get(meta.total.column);
    if (col && col.type !== 'text')
      add(['total', 'column'], 'total.column', `合计标记列“${col.name}”应为文字列`, '写类别名所在的文字列，如 类别');
  }
  if (meta.totalColumn) {
    const tc = meta.totalColumn;
    if (exists(['totalColumn', 'column'], 'totalColumn.column', tc.column)) {
      const col = byName.get(tc.column);
      if (col && !isAdditive(col.type))
        add(
          ['totalColumn', 'column'],
          'totalColumn.column',
          `合计列“${col.name}”是${COLUMN_TYPES[col.type]}列，不能相加`,
          '合计列应为 integer 或 decimal',
        );
    }
    tc.parts.forEach((p, i) => numeric(['totalColumn', 'parts', i], `totalColumn.parts[${i}]`, p));
  }

  if (meta.chart) {
    const ch = meta.chart;
    if (exists(['chart', 'x'], 'chart.x', ch.x)) {
      const col = byName.get(ch.x);
      if (col && col.type !== 'text' && col.type !== 'year')
        add(['chart', 'x'], 'chart.x', `横轴列“${col.name}”应为文字或年份列`, '横轴写类别或年份所在的列');
    }
    ch.y.forEach((y, i) => numeric(['chart', 'y', i], `chart.y[${i}]`, y));
    if (ch.type === 'pie' && ch.y.length !== 1)
      add(['chart', 'y'], 'chart.y', '饼图只能有一个数据列', 'chart.y 只写一列');
    if (ch.type === 'pie' && ch.y.some((y) => byName.get(y)?.type === 'percent')) {
      add(['chart', 'y'], 'chart.y', '饼图不能用百分数列（各部分要能相加）', '改用人数等可相加的列，或改用 bar');
    }
  }

  meta.highlights?.forEach((h, i) => {
    numeric(['highlights', i, 'column'], `highlights[${i}].column`, h.column);
    for (const k of Object.keys(h.row)) {
      if (!meta.key.includes(k)) {
        add(
          ['highlights', i, 'row'],
          `highlights[${i}].row`,
          `“${k}”不是 key 中的列`,
          `row 只用 key 中的列（${meta.key.join('、')}）来选行`,
        );
      }
    }
  });
  return problems;
}
