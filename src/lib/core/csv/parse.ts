import Papa from 'papaparse';
import { invisibleLineProblems } from '../invisible.ts';
import { brokenRowProblems } from './line-breaks.ts';
import { WHOLE_FILE, type Problem } from '../problem.ts';

/** One data row as written, with the line it starts on in the file. */
export interface RawRow {
  /** 1-based line in the file where the row starts (a quoted cell may span lines). */
  line: number;
  /** The cells as text, untrimmed. */
  cells: string[];
}

/** A CSV table before types are applied. */
export interface RawTable {
  /** Column names from the first non-empty row, trimmed. */
  header: string[];
  /** Line of the header row. */
  headerLine: number;
  /** Data rows (blank rows and rows of only commas, which Excel leaves at the end, are skipped). */
  rows: RawRow[];
  /** Lines of rows left out because their number of cells was wrong (sums cannot be checked then). */
  rejected: number[];
}

/** The field name used for problems about a whole row. */
export const WHOLE_ROW = '（整行）';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const PAPA_ERRORS: Record<string, [string, string]> = {
  MissingQuotes: [
    '英文双引号没有成对（有一个 " 没有结束）',
    '检查这一行的双引号：含逗号或换行的内容要用一对英文双引号括起来',
  ],
  InvalidQuotes: ['双引号的位置不对', '内容里的英文双引号要写成两个（""），或改用中文引号“”'],
};

/** Longest first row, in characters, taken for a header without a comma; beyond it the file is not a table. */
const MAX_UNSPLIT_HEADER = 200;

/**
 * A first row of hundreds of characters with no comma is not a table: a binary or foreign file that happened to
 * decode (random bytes read as GB18030 come out as Chinese characters). One problem instead of the garbage
 * quoted in every later message.
 */
export function notATableProblem(file: string, line: number, cells: readonly string[]): Problem | undefined {
  const length = [...(cells[0] ?? '')].length;
  if (cells.length !== 1 || length <= MAX_UNSPLIT_HEADER) return undefined;
  return {
    file,
    line,
    field: WHOLE_FILE,
    problem: `第一行有 ${length} 个字却没有一个英文逗号：这不是逗号分隔的表格，可能是改了扩展名的其他文件`,
    fix: '用 Excel 或 WPS 打开原来的表格，选择“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再替换这个文件',
  };
}

/**
 * Cell text may not hold control, bidirectional or zero-width characters: cells are compared exactly (keys,
 * total labels, organisation names), read as numbers, and exported to CSV and JSON consumers.
 */
export function csvInvisibleProblems(file: string, text: string): Problem[] {
  // A byte-order mark at the very start is how Excel marks UTF-8, not a character in a cell.
  return invisibleLineProblems(file, text.replace(/^\uFEFF/, ''), { field: WHOLE_ROW });
}

/**
 * Splits CSV text (comma-separated, as Excel writes it) into a header and rows, keeping the line of every row.
 * Reports rows whose number of cells differs from the header, quoting errors and empty or repeated column
 * names. Cell values are not interpreted here.
 */
export function parseCsvText(source: string, file: string): { table?: RawTable; problems: Problem[] } {
  // Reported alone: a row broken by a stray LF makes every later message about it and the next row misleading.
  const broken = brokenRowProblems(file, source);
  if (broken.length) return { problems: broken };
  // Excel writes CRLF; a row ending in a lone LF among them would otherwise be joined to the next row (papaparse
  // picks one line ending for the whole file). Lines are counted by LF, so their numbers do not change.
  const text = source.replace(/\r\n/g, '\n');
  const problems: Problem[] = [];
  const starts = lineStarts(text);
  const records: RawRow[] = [];
  let previousEnd = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step(result) {
      const start = previousEnd;
      previousEnd = result.meta.cursor;
      // The cursor can stop before a line break; the row itself begins at its first non-newline character.
      let at = start;
      while (text[at] === '\r' || text[at] === '\n') at++;
      const line = lineAt(starts, Math.min(at, Math.max(text.length - 1, 0)));
      for (const err of result.errors) {
        const [problem, fix] = PAPA_ERRORS[err.code] ?? [`无法读取这一行（${err.code}）`, '检查这一行的逗号和双引号'];
        problems.push({ file, line, field: WHOLE_ROW, problem, fix });
      }
      records.push({ line, cells: result.data });
    },
  });

  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const first = nonEmpty[0];
  if (!first) {
    return {
      problems: [
        {
          file,
          field: WHOLE_FILE,
          problem: '文件是空的',
          fix: '第一行写列名（与元数据 columns 中的 name 一致），下面每行一条数据',
        },
      ],
    };
  }
  const header = first.cells.map((c) => c.trim());
  if (header.length === 1 && /[\t;；]/.test(first.cells[0] ?? '')) {
    problems.push({
      file,
      line: first.line,
      field: WHOLE_ROW,
      problem: '列之间不是用英文逗号分隔的（看起来用了 Tab 或分号）',
      fix: '在 Excel 中“另存为”CSV UTF-8（逗号分隔）',
    });
    return { problems };
  }
  const garbage = notATableProblem(file, first.line, header);
  if (garbage) return { problems: [garbage] };
  // Reported alone: every later message would quote the cell with its invisible character in it.
  const invisible = csvInvisibleProblems(file, text);
  if (invisible.length) return { problems: [...problems, ...invisible] };
  // Excel keeps empty trailing columns when a cell to the right was ever touched; they carry no name and no data.
  let width = header.length;
  while (width > 0 && header[width - 1] === '' && nonEmpty.every((r) => (r.cells[width - 1] ?? '').trim() === ''))
    width--;
  const names = header.slice(0, width);
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') {
      problems.push({
        file,
        line: first.line,
        field: `第 ${i + 1} 列`,
        problem: '列名是空的',
        fix: '在第一行给这一列写上列名，或删除这一整列',
      });
      return;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: first.line,
        field: name,
        problem: `列名“${name}”出现了两次（第 ${earlier + 1} 列和第 ${i + 1} 列）`,
        fix: '每个列名只能用一次：改名或删除重复的列',
      });
    } else seen.set(name, i);
  });

  const rows: RawRow[] = [];
  const rejected: number[] = [];
  for (const row of nonEmpty.slice(1)) {
    let cells = row.cells;
    if (cells.length > width && cells.slice(width).every((c) => c.trim() === '')) cells = cells.slice(0, width);
    if (cells.length !== width) {
      problems.push({
        file,
        line: row.line,
        field: WHOLE_ROW,
        problem: `这一行有 ${cells.length} 个值，表头有 ${width} 列`,
        fix: '检查是否多了或少了逗号；含逗号的内容（如句子或 1,234）要用英文双引号括起来，数字也可以不写千位逗号',
      });
      rejected.push(row.line);
      continue;
    }
    rows.push({ line: row.line, cells });
  }
  return { table: { header: names, headerLine: first.line, rows, rejected }, problems };
}
