import { parseCell, toHalfWidth, type CellValue } from '../core/csv/numbers.ts';
import type { DecodedCsv } from '../core/csv/decode.ts';
import type { RawTable } from '../core/csv/parse.ts';
import type { DatasetMeta } from './schema.ts';
import type { Problem } from '../core/problem.ts';
import type { DataPath } from '../core/yaml-source.ts';
import { isNumeric } from './meta-checks.ts';
import { checkTotals } from './totals.ts';
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
 * Normalises a sentence for “is this number in it” comparisons: half-width digits and decimal points, no
 * thousands commas. A full-width comma counts as a separator only between a digit and exactly three digits (１，２３４); elsewhere
 * it is punctuation.
 */
function numberText(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF0E\uFF05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d)[,\uFF0C](?=\d{3}(?!\d))/g, '$1')
    .trim();
}

/** The number as written in a cell, without unit, percent sign or thousands separators. */
function writtenNumber(raw: string): string {
  const m = /[+-]?[\d,]+(?:\.\d+)?/.exec(toHalfWidth(raw));
  return (m?.[0] ?? '').replace(/,/g, '').replace(/^\+/, '');
}

function occursIn(num: string, sentence: string): boolean {
  const escaped = num.replace(/[.+-]/g, (c) => `\\${c}`);
  return new RegExp(`(?<![\\d.])${escaped}(?!\\.?\\d)`).test(sentence);
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
  const atRow = (line: number, field: string, problem: string, fix: string) => problems.push({ file: csvFile, line, field, problem, fix });

  const described = new Map(meta.columns.map((c) => [c.name, c]));
  for (const name of table.header) {
    if (name !== '' && !described.has(name)) {
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
      } else cells[col.name] = result.value;
    }

    const sentence = sentenceCol ? numberText(raw[sentenceCol] ?? '') : '';
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
      for (const col of meta.columns) {
        if (!isNumeric(col.type) || cells[col.name] === null || cells[col.name] === undefined) continue;
        const num = writtenNumber(raw[col.name] ?? '');
        if (!occursIn(num, sentence)) {
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
    rows.push({ line: r.line, cells, raw, total: isTotal, document, sentence: (sentenceCol && raw[sentenceCol]) || '', org });
  }

  // With rows left out for their shape, the parts are incomplete and a sum mismatch would only mislead.
  if (table.rejected.length === 0) problems.push(...checkTotals(meta, rows, csvFile, metaFile, metaLineOf));

  meta.highlights?.forEach((h, i) => {
    const matches = rows.filter((row) => Object.entries(h.row).every(([k, v]) => row.raw[k] === v));
    if (matches.length !== 1) {
      const where = Object.entries(h.row).map(([k, v]) => `${k}“${v}”`).join('、');
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
