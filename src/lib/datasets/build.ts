import { parseCell, type CellValue } from '../core/csv/numbers.ts';
import { normaliseNumberText, numberOccursIn, numbersIn } from '../core/number-in-text.ts';
import type { DecodedCsv } from '../core/csv/decode.ts';
import type { RawTable } from '../core/csv/parse.ts';
import type { DatasetMeta } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import type { DataPath } from '../core/yaml-source.ts';
import { isNumeric } from './meta-checks.ts';
import { checkTotals } from './totals.ts';
import { cellRangeProblem, undeclaredTotals } from './figure-checks.ts';
import { isReservedName } from '../core/reserved-names.ts';
import type { Dataset, DatasetRow, OrgRef } from './types.ts';

/** What `buildDataset` needs besides the table. */
export interface BuildInput {
  id: string;
  meta: DatasetMeta;
  metaFile: string;
  metaLineOf(path: DataPath): number;
  csvFile: string;
  decoded: DecodedCsv;
  table: RawTable;
  /** Known organisations, to read a `role: org` column. */
  orgs: OrgRef[];
}

/**
 * Applies the metadata to a parsed CSV: matches header and columns, reads every cell by its type and unit,
 * checks provenance (every row has its sentence and document, and every number occurs in its sentence),
 * unique keys, totals and highlights. Returns the dataset when the table could be read at all, and every
 * problem with the file and line it concerns.
 */
export function buildDataset(input: BuildInput): { dataset?: Dataset; problems: Problem[] } {
  const { meta, table, csvFile, metaFile, metaLineOf } = input;
  const problems: Problem[] = [];
  const atRow = (line: number, field: string, problem: string, fix: string) =>
    problems.push({ file: csvFile, line, field, problem, fix });

  const described = new Map(meta.columns.map((c) => [c.name, c]));
  for (const name of table.header) {
    if (isReservedName(name)) {
      atRow(
        table.headerLine,
        name,
        `列名“${name}”是程序内部使用的名字，不能作为列名（数据会显示成乱码）`,
        `改用说明这一列内容的中文列名，如 人数、类别；CSV 第一行和 ${metaFile} 的 columns 中的 name 一起改`,
      );
    } else if (name !== '' && !described.has(name)) {
      atRow(
        table.headerLine,
        name,
        `列“${name}”没有在元数据中说明`,
        `在 ${metaFile} 的 columns 中描述这一列（name、type、unit、meaning），或删除这一列`,
      );
    }
  }
  meta.columns.forEach((c, i) => {
    if (!table.header.includes(c.name)) {
      problems.push({
        file: metaFile,
        line: metaLineOf(['columns', i, 'name']),
        field: `columns[${i}].name`,
        problem: `列“${c.name}”在 ${csvFile} 的表头中找不到`,
        fix: `在 CSV 第一行加上这一列，或改正列名（表头现有：${table.header.join('、')}）`,
      });
    }
  });

  const index = new Map(table.header.map((n, i) => [n, i]));
  const roleColumn = (role: string) => meta.columns.find((c) => c.role === role && index.has(c.name))?.name;
  const sentenceCol = roleColumn('sentence');
  const documentCol = roleColumn('document');
  const orgCol = roleColumn('org');
  const orgsOfDataset = meta.org.flatMap((id) => input.orgs.filter((o) => o.id === id));
  const keyFirstLine = new Map<string, number>();

  const rows: DatasetRow[] = [];
  for (const r of table.rows) {
    const cells: Record<string, CellValue> = {};
    const raw: Record<string, string> = {};
    for (const col of meta.columns) {
      const i = index.get(col.name);
      if (i === undefined) continue;
      const text = (r.cells[i] ?? '').trim();
      raw[col.name] = text;
      const result = parseCell(text, col.type, col.unit);
      if ('error' in result) {
        atRow(r.line, col.name, result.error.problem, result.error.fix);
        cells[col.name] = null;
      } else {
        cells[col.name] = result.value;
        const range = cellRangeProblem(result.value, col);
        if (range) atRow(r.line, col.name, range.problem, range.fix);
      }
    }

    const sentence = sentenceCol ? normaliseNumberText(raw[sentenceCol] ?? '') : '';
    if (sentenceCol && sentence === '') {
      atRow(r.line, sentenceCol, '这一行没有原文', '照录这一行数字所在的原文句子（一字不改）');
    }
    let document = meta.source.document[0] ?? '';
    if (documentCol) {
      document = raw[documentCol] ?? '';
      if (!meta.source.document.includes(document)) {
        atRow(
          r.line,
          documentCol,
          document === '' ? '这一行没有写来源文件' : `来源文件“${document}”不在元数据 source.document 中`,
          `填写 ${meta.source.document.join('、')} 之一`,
        );
      }
    }
    let org = meta.org.length === 1 ? (meta.org[0] ?? '') : '';
    if (orgCol) {
      const written = raw[orgCol] ?? '';
      const found = orgsOfDataset.find((o) => o.shortName === written || o.name === written || o.id === written);
      if (found) org = found.id;
      else {
        atRow(
          r.line,
          orgCol,
          written === '' ? '这一行没有写机构' : `机构“${written}”不是元数据 org 中列出的机构`,
          `填写 ${orgsOfDataset.map((o) => o.shortName).join('、') || meta.org.join('、')} 之一`,
        );
      }
    }

    if (sentence !== '') {
      const written = numbersIn(sentence);
      for (const col of meta.columns) {
        const value = cells[col.name];
        if (!isNumeric(col.type) || typeof value !== 'number') continue;
        if (!numberOccursIn(value, written)) {
          atRow(
            r.line,
            col.name,
            `数字“${raw[col.name]}”在这一行的原文中找不到`,
            `核对数字是否照录原文；每个数字都要出现在“${sentenceCol}”列的句子里`,
          );
        }
      }
    }

    const keyValues = meta.key.map((k) => raw[k] ?? '');
    if (meta.key.every((k) => index.has(k))) {
      if (keyValues.some((v) => v === '')) {
        atRow(r.line, meta.key.join('、'), '用来区分各行的列（key）是空的', `填写 ${meta.key.join('、')}`);
      } else {
        const key = keyValues.join('\u0000');
        const first = keyFirstLine.get(key);
        if (first !== undefined) {
          atRow(
            r.line,
            meta.key.join('、'),
            `与第 ${first} 行重复（${meta.key.map((k, i) => `${k}“${keyValues[i]}”`).join('、')}）`,
            `同一组 ${meta.key.join('、')} 只能出现一次：删除重复的行，或改正其中一行`,
          );
        } else keyFirstLine.set(key, r.line);
      }
    }

    const isTotal = meta.total !== undefined && raw[meta.total.column] === meta.total.label;
    rows.push({
      line: r.line,
      cells,
      raw,
      total: isTotal,
      document,
      sentence: (sentenceCol && raw[sentenceCol]) || '',
      org,
    });
  }

  for (const t of undeclaredTotals(meta, rows, orgsOfDataset)) {
    const what =
      t.why === 'word'
        ? `“${t.label}”是合计一类的行`
        : `“${t.label}”是本数据集所属地区（机构）的名字，这一行是全地区的合计`;
    atRow(
      t.row.line,
      t.column,
      `${what}，但元数据没有用 total 标明它，图表会把它当成一个类别（显示为“最多”）`,
      meta.total
        ? `元数据已把“${meta.total.label}”标为合计行；分项的小计会被重复计算：删除这一行，或把这组分项另做一个数据集`
        : `这一行是合计时，在 ${metaFile} 中写 total: { column: ${t.column}, label: ${t.label} }；不是合计时，改成原文中分项的名称`,
    );
  }

  // With rows left out for their shape, the parts are incomplete and a sum mismatch would only mislead.
  if (table.rejected.length === 0) problems.push(...checkTotals(meta, rows, csvFile, metaFile, metaLineOf));

  meta.highlights?.forEach((h, i) => {
    const matches = rows.filter((row) => Object.entries(h.row).every(([k, v]) => row.raw[k] === v));
    if (matches.length !== 1) {
      const where = Object.entries(h.row)
        .map(([k, v]) => `${k}“${v}”`)
        .join('、');
      problems.push({
        file: metaFile,
        line: metaLineOf(['highlights', i, 'row']),
        field: `highlights[${i}].row`,
        problem: matches.length === 0 ? `${csvFile} 中没有 ${where} 的行` : `${where} 对应了 ${matches.length} 行`,
        fix: '按 CSV 中的写法填写 key 列的值，使它正好选中一行',
      });
    } else if (matches[0]?.cells[h.column] === null) {
      problems.push({
        file: metaFile,
        line: metaLineOf(['highlights', i, 'column']),
        field: `highlights[${i}].column`,
        problem: `选中的行在“${h.column}”列是空的`,
        fix: '选一个有数字的格，或删除这条 highlights',
      });
    }
  });

  return {
    dataset: { id: input.id, meta, csvFile, metaFile, encoding: input.decoded.encoding, rows },
    problems,
  };
}
