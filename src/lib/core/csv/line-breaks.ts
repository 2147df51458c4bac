// Excel saves CSV with CRLF line breaks. A row edited afterwards in a text editor, or pasted from a web page,
// can end up with a lone LF in the middle of it: the row is then read as two rows with too few values each, or
// one of its numbers ("3\n00") as text, and those messages hide the real cause. A lone LF that ends a complete
// row is only a different line ending and is read as one (the readers treat CRLF and LF alike); a lone LF inside
// double quotes is a line break within a cell (Alt+Enter in Excel). Neither is reported.

import type { Problem } from '../problem.ts';

/** The field name used for problems about a whole row (same as parse.ts's WHOLE_ROW). */
const WHOLE_ROW = '（整行）';

/** Lines reported one by one; more broken rows than this are one mistake made many times. */
const MAX_REPORTED = 5;

/**
 * One problem for each row broken by a lone LF (one without a CR before it, outside double quotes) in a file whose
 * line breaks are otherwise CRLF: a row is broken when the part before the LF has fewer commas than the header.
 * Names the line and after how many characters of it the break is.
 */
export function brokenRowProblems(file: string, text: string): Problem[] {
  const found: { line: number; column: number }[] = [];
  let crlf = 0;
  let lone = 0;
  let inQuotes = false;
  let line = 1;
  let column = 0;
  let commas = 0;
  let headerCommas: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ',' && !inQuotes) commas++;
    if (ch === '\n') {
      const crBefore = text[i - 1] === '\r';
      if (crBefore) crlf++;
      else if (!inQuotes) lone++;
      if (!inQuotes) {
        if (headerCommas === undefined) {
          if (column > 0) headerCommas = commas;
        } else if (!crBefore && column > 0 && commas < headerCommas) found.push({ line, column });
        // A broken row goes on counting its commas on the next line.
        if (crBefore || column === 0 || headerCommas === undefined || commas >= headerCommas) commas = 0;
      }
      line++;
      column = 0;
    } else if (ch !== '\r' && !/[\udc00-\udfff]/.test(ch ?? '')) column++; // characters, not UTF-16 halves
  }
  if (found.length === 0 || crlf < lone) return [];
  return found.slice(0, MAX_REPORTED).map(({ line, column }) => ({
    file,
    line,
    field: WHOLE_ROW,
    problem: `这一行在第 ${column} 个字后面被一个单独的换行符（LF）断成了两行（文件其他行的换行是 CRLF），后半行在下一行`,
    fix: '用记事本打开，删除这个换行，把下一行接回这一行的末尾后保存；或在 Excel 中检查这一行，改好后重新“另存为”CSV UTF-8',
  }));
}
