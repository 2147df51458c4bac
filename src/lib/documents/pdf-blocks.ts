import type { Note } from './blocks.ts';
import { isHeavyFont, isSansFont, type PdfLine } from './pdf-lines.ts';
import { findTables, joinWrapped, type PdfTable } from './pdf-tables.ts';
import type { DocBlock } from './types.ts';

/**
 * Body lines (page furniture already taken out) rebuilt into the blocks of the document: headings from font size
 * and weight, paragraphs from wrapped lines, tables from lines of cells. Every join of lines is a layout note.
 */

/** The body's text style and page geometry, measured on the document itself. */
export interface BodyLayout {
  size: number;
  font: string;
  /** Left edge of unindented body lines and right edge of full ones. */
  left: number;
  right: number;
  /** Usual distance between the baselines of two lines of a paragraph (0 when there are too few lines). */
  lineGap: number;
}

const weightOf = <T>(pairs: [T, number][]): T | undefined => {
  const m = new Map<T, number>();
  for (const [k, w] of pairs) m.set(k, (m.get(k) ?? 0) + w);
  return [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

const chars = (l: PdfLine) => l.text.replace(/\s+/g, '').length;

/** Measures the body style: the size and font most characters are set in, and where its lines start and end. */
export function measureBody(lines: PdfLine[]): BodyLayout {
  const size = weightOf(lines.map((l): [number, number] => [l.size, chars(l)])) ?? 12;
  const body = lines.filter((l) => l.size === size && l.cells.length === 1);
  const font = weightOf(body.map((l): [string, number] => [l.font, chars(l)])) ?? '';
  // The left margin: the smallest start shared by several lines (a centred or indented line starts further right).
  const starts = new Map<number, number>();
  for (const l of body) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const shared = [...starts].filter(([, n]) => n >= Math.min(3, Math.max(1, body.length / 10))).map(([x]) => x);
  const left = shared.length ? Math.min(...shared) : Math.min(...body.map((l) => l.x0), Infinity);
  // The right margin: most lines of running text are full, so a high quantile of the line ends.
  const ends = body.map((l) => l.x1).sort((a, b) => b - a);
  const right = ends[Math.floor(ends.length * 0.2)] ?? 0;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const [a, b] = [body[i - 1]!, body[i]!];
    if (a.page === b.page && b.line === a.line + 1) gaps.push(a.y - b.y);
  }
  return { size, font, left: Number.isFinite(left) ? left : 0, right, lineGap: gaps.length >= 3 ? median(gaps) : 0 };
}

/** A line this many points or more smaller than the body is no heading, whatever its face (a table note, a footnote). */
const SMALLER_HEADING = 2.5;

/**
 * Why a line is set apart from the body as a heading is (larger; bold, 黑体 or 小标宋 where the body is not; a sans
 * face over a serif body), in words for the dry run, or undefined for a line of body text.
 */
function headingStyle(l: PdfLine, body: BodyLayout): string | undefined {
  if (l.cells.length !== 1) return undefined;
  const t = l.text.replace(/\s+/g, '');
  if (t.length === 0 || t.length > 60 || /[。；，、;,]$/.test(t) || /^[\d\s.,%-]+$/.test(t)) return undefined;
  const font = l.font ? `字体 ${l.font}` : '字体';
  if (l.size >= body.size + 1) return `字号 ${l.size}，正文 ${body.size}`;
  // A heading may be set a size smaller than the body in a heavier face (四号黑体 over a 三号仿宋 body), never more.
  if (l.size <= body.size - SMALLER_HEADING) return undefined;
  const smaller = l.size <= body.size - 1 ? `，字号 ${l.size}` : '';
  if (l.heavy >= 0.8 && !isHeavyFont(body.font)) return `加粗${font}${smaller}，正文 ${body.font || '不加粗'}`;
  if (body.font !== '' && isSansFont(l.font) && !isSansFont(body.font) && l.font !== body.font)
    return `黑体类${font}${smaller}，正文 ${body.font}`;
  return undefined;
}

/** What the blocks builder returns besides the blocks. */
export interface BuiltBlocks {
  blocks: DocBlock[];
  notes: Note[];
  /** The document's title: the largest heading on page 1, also the first block (a level-1 heading). */
  title?: string;
  tables: PdfTable[];
}

type Piece =
  | { kind: 'heading'; lines: PdfLine[]; key: string; why: string }
  | { kind: 'text'; lines: PdfLine[] }
  | { kind: 'table'; table: PdfTable };

/** Describes a join of several lines for the dry run. */
function joinNote(lines: PdfLine[], what: string): Note {
  let spaces = 0;
  let text = lines[0]!.text;
  for (const l of lines.slice(1)) {
    const joined = joinWrapped(text, l.text);
    if (joined.length > text.length + l.text.length) spaces++;
    text = joined;
  }
  const range = `第 ${lines[0]!.line}–${lines.at(-1)!.line} 行`;
  const how = spaces ? `中文换行处直接相连，${spaces} 处英文或数字之间加一个空格` : '换行处直接相连，未加空格';
  return { line: lines[0]!.line, text: `PDF 中换行的 ${lines.length} 行（${range}）接成一个${what}（${how}）` };
}

const joinLines = (lines: PdfLine[]) => lines.reduce((t, l) => joinWrapped(t, l.text), '');

/** The printed width of the Latin letters, digits and signs `b` starts with (half a character each, as fonts set them). */
const leadingWordWidth = (b: PdfLine) => (/^[!-~]+/.exec(b.text)?.[0].length ?? 0) * 0.5 * b.size;

/** Whether line `a` ends early only because `b`'s first word did not fit in the room left at the end of `a`. */
function brokeEarly(a: PdfLine, b: PdfLine, body: BodyLayout): boolean {
  return leadingWordWidth(b) > body.right - a.x1 - 0.5 * a.size;
}

/** Whether line `b` starts a new paragraph after line `a` of the same run of text. */
function startsParagraph(a: PdfLine, b: PdfLine, body: BodyLayout): boolean {
  if (Math.abs(a.size - b.size) >= 1) return true;
  if (b.x0 > body.left + 1.5 * b.size) return true; // indented first line (首行缩进) or a centred line
  // The line above ends well before the margin, unless the first word of this one was too long for the room left
  // (an address, a long number: the line broke early, with no 。 or other end of sentence before it).
  if (a.x1 < body.right - 2 * a.size && !(brokeEarly(a, b, body) && !/[。！？；：:;!?”」』）)]$/.test(a.text)))
    return true;
  if (a.page === b.page && body.lineGap > 0 && a.y - b.y > 1.6 * body.lineGap) return true; // a blank space
  return false;
}

/** Rebuilds body lines into blocks. */
export function buildBlocks(lines: PdfLine[]): BuiltBlocks {
  const found = findTables(lines);
  const body = measureBody(lines.filter((l) => !found.some(({ table }) => table.lines.includes(l))));
  const pieces: Piece[] = [];
  const tableAt = new Map(found.map((f) => [f.start, f.table]));
  for (let i = 0; i < lines.length; i++) {
    const table = tableAt.get(i);
    if (table) {
      pieces.push({ kind: 'table', table });
      i += table.lines.length - 1;
      continue;
    }
    const l = lines[i]!;
    const captionOfTable = tableAt.has(i + 1);
    const last = pieces.at(-1);
    const why = captionOfTable ? undefined : headingStyle(l, body);
    if (why) {
      const key = `${l.size}|${l.font}`;
      const prev = last?.kind === 'heading' ? last.lines.at(-1)! : undefined;
      if (last?.kind === 'heading' && last.key === key && prev!.page === l.page && prev!.y - l.y <= 2 * l.size)
        last.lines.push(l);
      else pieces.push({ kind: 'heading', lines: [l], key, why });
    } else if (last?.kind === 'text' && !captionOfTable && !startsParagraph(last.lines.at(-1)!, l, body)) {
      last.lines.push(l);
    } else pieces.push({ kind: 'text', lines: [l] });
  }

  // The title: the largest text on page 1, when it is larger than the body and set as a heading.
  const headings = pieces.filter((p): p is Extract<Piece, { kind: 'heading' }> => p.kind === 'heading');
  const page1 = lines.filter((l) => l.page === 1);
  const largest = Math.max(...page1.map((l) => l.size), 0);
  const titlePiece = headings.find(
    (h) => h.lines[0]!.page === 1 && h.lines[0]!.size === largest && largest > body.size,
  );
  // Levels by size, larger first; styles of one size by their first appearance.
  const keys = [...new Set(headings.filter((h) => h !== titlePiece).map((h) => h.key))];
  const sizeOf = (key: string) => Number(key.split('|')[0]);
  keys.sort((a, b) => sizeOf(b) - sizeOf(a) || keys.indexOf(a) - keys.indexOf(b));
  const levelOf = (key: string) => keys.indexOf(key) + (titlePiece ? 2 : 1);

  const blocks: DocBlock[] = [];
  const notes: Note[] = [];
  if (titlePiece)
    notes.push({ line: titlePiece.lines[0]!.line, text: `第 1 页最大的文字（${titlePiece.why}）读作文件标题` });
  for (const key of keys) {
    const of = headings.filter((h) => h.key === key && h !== titlePiece);
    const at = of.map((h) => h.lines[0]!.line).join('、');
    notes.push({
      line: of[0]!.lines[0]!.line,
      text: `${of[0]!.why}：${of.length} 处读作第 ${levelOf(key)} 级标题（第 ${at} 行）`,
    });
  }
  for (const p of pieces) {
    if (p.kind === 'table') {
      const first = p.table.lines[0]!;
      blocks.push({ type: 'table', rows: p.table.rows, line: first.line, page: first.page });
      notes.push({
        line: first.line,
        text: `PDF 中按列对齐的 ${p.table.lines.length} 行（第 ${first.line}–${p.table.lines.at(-1)!.line} 行）读作 ${p.table.rows.length} 行 ${p.table.rows[0]?.length ?? 0} 列的表格`,
      });
      for (const m of p.table.merged)
        notes.push({ line: m.line, text: `表格中跨 ${m.columns} 列的合并单元格“${m.text}”在每一列都写一遍` });
      continue;
    }
    const first = p.lines[0]!;
    const text = joinLines(p.lines);
    if (p.kind === 'heading') {
      blocks.push({
        type: 'heading',
        level: p === titlePiece ? 1 : levelOf(p.key),
        text,
        line: first.line,
        page: first.page,
      });
      if (p.lines.length > 1) notes.push(joinNote(p.lines, '标题'));
    } else {
      blocks.push({ type: 'paragraph', text, line: first.line, page: first.page });
      if (p.lines.length > 1) notes.push(joinNote(p.lines, '段落'));
    }
  }
  const title = titlePiece ? joinLines(titlePiece.lines) : undefined;
  return { blocks, notes, tables: found.map((f) => f.table), ...(title ? { title } : {}) };
}
