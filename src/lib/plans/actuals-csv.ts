import Papa from 'papaparse';
import { ACTUAL_COLUMNS, OPTIONAL_ACTUAL_COLUMNS, type Actual, type ActualColumn } from './actual-schema.ts';
import { brokenRowProblems } from '../core/csv/line-breaks.ts';
import { csvInvisibleProblems, notATableProblem } from '../core/csv/parse.ts';
import type { Problem } from '../core/problem.ts';

const HEADER_FIELD = '（表头）';
const ROW_FIELD = '（整行）';
const HEADER_TEXT = ACTUAL_COLUMNS.join(',');

/** Result of reading an actuals CSV: valid rows and problems (each with file, line, column and fix). */
export interface ParsedActuals {
  rows: Actual[];
  problems: Problem[];
}

interface RawRow {
  cells: string[];
  line: number;
}

/** Splits CSV text into rows with the 1-based line each row starts on (quoted cells may span lines). */
function readRows(text: string): { rows: RawRow[]; quoteError?: number } {
  const rows: RawRow[] = [];
  let prevEnd = 0;
  let line = 1;
  let quoteError: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step(result) {
      let start = prevEnd;
      while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
      for (let i = prevEnd; i < start; i++) if (text[i] === '\n') line++;
      const end = result.meta.cursor;
      rows.push({ cells: result.data.map((c) => c.trim()), line });
      for (let i = start; i < end; i++) if (text[i] === '\n') line++;
      prevEnd = end;
      if (result.errors.some((e) => e.type === 'Quotes') && quoteError === undefined) quoteError = rows.at(-1)?.line;
    },
  });
  return { rows, quoteError };
}

const YEAR = /^\d{4}$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

function valueProblem(raw: string): [string, string] {
  if (/^-?\d+(?:\.\d+)?\s*[%％]$/.test(raw)) {
    return [`实际值“${raw}”带了百分号`, `value 列只写数字：写 ${raw.replace(/\s*[%％]$/, '')}；原文写法可放在 text 列`];
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) {
    return [`实际值“${raw}”带了千位分隔逗号`, `写成 ${raw.replace(/,/g, '')}（不加逗号）`];
  }
  if (/[xX×]/.test(raw)) {
    return [
      `实际值“${raw}”不是数字（原文是匿名值）`,
      '匿名的数（如 X万元）不能作为实际值：删除这一行，或在 note 中说明',
    ];
  }
  return [`实际值“${raw}”不是数字`, 'value 列只写阿拉伯数字，如 67 或 73.5；百分比写 73，不写 0.73 或 73%'];
}

/**
 * Reads `data/plans/<plan>/actuals.csv` (text already decoded). Checks the header, the number of cells in every
 * row, years, numbers, required cells and that no indicator has two values for one year. Whether each indicator
 * exists is checked later, against the plan's indicators file.
 */
export function parseActualsCsv(file: string, text: string): ParsedActuals {
  const problems: Problem[] = [];
  const add = (line: number, field: string, problem: string, fix: string) =>
    problems.push({ file, line, field, problem, fix });
  // Reported alone: a row broken in two by a stray LF would be reported as two rows with too few columns.
  const broken = brokenRowProblems(file, text);
  if (broken.length) return { rows: [], problems: broken };
  // Excel writes CRLF; mixed line endings would make papaparse treat the rest of the file as one row.
  const { rows, quoteError } = readRows(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (quoteError !== undefined) {
    add(
      quoteError,
      ROW_FIELD,
      '英文双引号没有成对',
      '含逗号或换行的内容要用一对英文双引号括起来；内容中的双引号写两次（""）',
    );
    return { rows: [], problems };
  }
  const header = rows[0];
  if (!header) {
    problems.push({ file, field: HEADER_FIELD, problem: '文件是空的', fix: `第一行写表头：${HEADER_TEXT}` });
    return { rows: [], problems };
  }
  const garbage = notATableProblem(file, header.line, header.cells);
  if (garbage) return { rows: [], problems: [garbage] };
  // Reported alone: every later message would quote the cell with its invisible character in it.
  const invisible = csvInvisibleProblems(file, text);
  if (invisible.length) return { rows: [], problems: invisible };
  const names = header.cells.map((c) => c.replace(/^\uFEFF/, ''));
  const missing = ACTUAL_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(ACTUAL_COLUMNS as readonly string[]).includes(n));
  if (missing.length || unknown.length) {
    const parts = [
      missing.length ? `缺少列 ${missing.join('、')}` : '',
      unknown.length ? `有不认识的列 ${unknown.map((u) => `“${u}”`).join('、')}` : '',
    ].filter(Boolean);
    add(header.line, HEADER_FIELD, `表头不对：${parts.join('；')}`, `第一行应为：${HEADER_TEXT}`);
    return { rows: [], problems };
  }
  const col = (cells: string[], name: ActualColumn) => cells[names.indexOf(name)] ?? '';
  const seen = new Map<string, number>();
  const out: Actual[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length !== names.length) {
      add(
        row.line,
        ROW_FIELD,
        `这一行有 ${row.cells.length} 列，表头有 ${names.length} 列`,
        '检查是否漏了或多了逗号；内容中有逗号时，整格用英文双引号括起来',
      );
      continue;
    }
    let ok = true;
    const need = (name: ActualColumn, problem: string, fix: string) => {
      if (col(row.cells, name) === '' && !OPTIONAL_ACTUAL_COLUMNS.includes(name)) {
        add(row.line, name, problem, fix);
        ok = false;
      }
    };
    need('indicator', '缺少指标编号', '填写 indicators.yaml 中该指标的 id');
    need('document', '缺少来源文件编号', '填写这个数字出自哪个文件，如 004');
    need('quote', '缺少来源原句', '照抄原文中给出这个数字的句子');
    const yearText = col(row.cells, 'year');
    if (!YEAR.test(yearText) || Number(yearText) < 1949 || Number(yearText) > 2100) {
      add(
        row.line,
        'year',
        `年份“${yearText}”不是四位数字的年份`,
        '写成 2023 这样的四位数字，不加“年”字，并检查是否写错',
      );
      ok = false;
    }
    const valueText = col(row.cells, 'value');
    if (!NUMBER.test(valueText)) {
      const [problem, fix] = valueProblem(valueText);
      add(row.line, 'value', problem, fix);
      ok = false;
    }
    if (!ok) continue;
    const indicator = col(row.cells, 'indicator');
    const year = Number(yearText);
    const key = `${indicator}\u0000${year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      add(
        row.line,
        'indicator / year',
        `指标“${indicator}”在 ${year} 年已有一个实际值（第 ${first} 行）`,
        '每个指标每年只能有一个实际值：删除或合并重复的行',
      );
      continue;
    }
    seen.set(key, row.line);
    const text = col(row.cells, 'text');
    const note = col(row.cells, 'note');
    out.push({
      indicator,
      year,
      value: Number(valueText),
      ...(text ? { text } : {}),
      source: { document: col(row.cells, 'document'), quote: col(row.cells, 'quote') },
      ...(note ? { note } : {}),
      line: row.line,
    });
  }
  return { rows: out, problems };
}
