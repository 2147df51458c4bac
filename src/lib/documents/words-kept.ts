import { diffArrays } from 'diff';
import type { Removed, SourceLine } from './blocks.ts';
import type { Problem } from '../core/problem.ts';
import type { ReadDocument } from './types.ts';
import { countedText, outputTokens, sourceTokens, type Token } from './words-tokens.ts';

/** One place where the written text differs from the source. */
export interface WordsDifference {
  /** `missing`: source characters not written and not listed as removed; `added`: written characters the source lacks; `heading`: a marked heading that is no heading of the output. */
  kind: 'missing' | 'added' | 'heading';
  /** The characters concerned (counted characters only). */
  text: string;
  /** Source line where it is (for `added`: the source line just before). */
  sourceLine: number;
  /** The source line around the place. */
  sourceExcerpt: string;
  /** Line of the written file (0 = the title), for `added`. */
  outputLine?: number;
  outputExcerpt?: string;
}

/** The result of comparing a document's source text with what the importer writes. */
export interface WordsKept {
  /** Counted characters of the source (CJK characters, digits, letters). */
  sourceChars: number;
  /** Of those, how many the listed removals account for. */
  removedChars: number;
  /** How many removals were listed. */
  removedCount: number;
  differences: WordsDifference[];
  /** True when every counted character is either written in order or listed as removed, and every marked heading is a heading. */
  proven: boolean;
}

/** What the importer writes, for the comparison. */
export interface Written {
  /** The document's title as the importer writes it (`Converted.title`); line 0 = from the file's properties. */
  title?: SourceLine;
  /** The markdown body as written. */
  body: string;
  /** Line of the written file the body starts at (after the front matter), for messages. */
  bodyFirstLine?: number;
}

const EXCERPT = 12;
// Past this many differing characters the comparison stops; one message at the first difference says enough.
const MAX_EDITS = 4000;

function excerpt(line: string | undefined, col: number, len: number): string {
  if (line === undefined) return '';
  const a = Math.max(0, col - EXCERPT);
  const b = Math.min(line.length, col + len + EXCERPT);
  return `${a > 0 ? '…' : ''}${line.slice(a, b).trim()}${b < line.length ? '…' : ''}`;
}

/** Splits a run of tokens at line changes, so that each difference names one line. */
function byLine(run: Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of run) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.line === t.line) last.push(t);
    else out.push([t]);
  }
  return out;
}

/**
 * Proves that an import changed no words: the counted characters of `doc.sourceText` (CJK characters, digits,
 * Latin letters, %, comparators) minus those of the listed removals must be, in order, the counted characters of
 * the written title and body, apart from the few the renderer adds (the 图 of a figure note, the 注释 list, the
 * second copy of a merged table cell). Every heading the document marks must be the title or a heading of the
 * output, so a heading glued onto its paragraph is caught although no character is lost.
 */
export function checkWordsKept(doc: ReadDocument, written: Written, removed: Removed[]): WordsKept {
  const src = sourceTokens(doc.sourceText, removed);
  const out = outputTokens(written.title, written.body, written.bodyFirstLine ?? 1);
  const outLine = (t: Token) =>
    t.line === 0 ? (written.title?.text ?? '') : out.lines[t.line - (written.bodyFirstLine ?? 1)];
  const differences: WordsDifference[] = [];
  const changes = diffArrays(
    src.tokens.map((t) => t.ch),
    out.tokens.map((t) => t.ch),
    { maxEditLength: MAX_EDITS },
  );
  if (!changes) {
    let i = 0;
    while (i < src.tokens.length && i < out.tokens.length && src.tokens[i]!.ch === out.tokens[i]!.ch) i++;
    const t = src.tokens[i] ?? src.tokens[src.tokens.length - 1];
    const line = t?.line ?? 1;
    differences.push({
      kind: 'missing',
      text: src.tokens
        .slice(i, i + 10)
        .map((x) => x.ch)
        .join(''),
      sourceLine: line,
      sourceExcerpt: excerpt(src.lines[line - 1], t?.col ?? 0, 1),
    });
  } else {
    // The comparison may pair a source character with a copy the renderer added (the 图 of `（图：图 2 …）`) and leave
    // the source's own copy on that output line unpaired: that is no addition, so such pairs are swapped back.
    const swappable = new Map<string, number>();
    let oj = 0;
    for (const c of changes) {
      const n = c.count ?? c.value.length;
      if (!c.added && !c.removed) {
        for (const t of out.tokens.slice(oj, oj + n))
          if (t.optional) swappable.set(`${t.line}\u0000${t.ch}`, (swappable.get(`${t.line}\u0000${t.ch}`) ?? 0) + 1);
      }
      if (!c.removed) oj += n;
    }
    const swapped = (t: Token) => {
      const key = `${t.line}\u0000${t.ch}`;
      const left = swappable.get(key) ?? 0;
      if (left > 0) swappable.set(key, left - 1);
      return left > 0;
    };
    let si = 0;
    let oi = 0;
    for (const c of changes) {
      const n = c.count ?? c.value.length;
      if (c.removed) {
        for (const run of byLine(src.tokens.slice(si, si + n))) {
          const first = run[0]!;
          differences.push({
            kind: 'missing',
            text: run.map((t) => t.ch).join(''),
            sourceLine: first.line,
            sourceExcerpt: excerpt(src.lines[first.line - 1], first.col, run[run.length - 1]!.col - first.col + 1),
          });
        }
        si += n;
      } else if (c.added) {
        const before = src.tokens[si - 1] ?? src.tokens[si];
        for (const run of byLine(out.tokens.slice(oi, oi + n).filter((t) => !t.optional && !swapped(t)))) {
          const first = run[0]!;
          const line = before?.line ?? 1;
          differences.push({
            kind: 'added',
            text: run.map((t) => t.ch).join(''),
            sourceLine: line,
            sourceExcerpt: excerpt(src.lines[line - 1], before?.col ?? 0, 1),
            outputLine: first.line,
            outputExcerpt: excerpt(outLine(first), first.col, run[run.length - 1]!.col - first.col + 1),
          });
        }
        oi += n;
      } else {
        si += n;
        oi += n;
      }
    }
  }
  differences.push(...lostHeadings(doc, written));
  differences.sort((a, b) => a.sourceLine - b.sourceLine);
  return {
    sourceChars: src.total,
    removedChars: src.cut,
    removedCount: removed.length,
    differences,
    proven: differences.length === 0,
  };
}

/** Marked headings of the document that are neither the title nor, in order, a heading line of the output. */
function lostHeadings(doc: ReadDocument, written: Written): WordsDifference[] {
  const candidates = [written.title?.text ?? '', ...written.body.split('\n').filter((l) => /^#{1,6} /.test(l))].map(
    countedText,
  );
  const lost: WordsDifference[] = [];
  let k = 0;
  for (const b of doc.blocks) {
    if (b.type !== 'heading') continue;
    const key = countedText(b.text);
    if (!key) continue;
    const at = candidates.indexOf(key, k);
    if (at >= 0) k = at + 1;
    else lost.push({ kind: 'heading', text: b.text.trim(), sourceLine: b.line, sourceExcerpt: b.text.trim() });
  }
  return lost;
}

const FIX = '这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员';

/** The differences as problems against the source file, in the project's format. */
export function wordsKeptProblems(result: WordsKept, file: string): Problem[] {
  return result.differences.map((d): Problem => {
    const problem =
      d.kind === 'missing'
        ? `原文“${d.sourceExcerpt}”中的“${d.text}”没有写进导入结果，也没有列在删除的内容里`
        : d.kind === 'added'
          ? `导入结果${d.outputLine ? `第 ${d.outputLine} 行` : '的标题'}“${d.outputExcerpt}”多出了原文没有的“${d.text}”（在原文“${d.sourceExcerpt}”附近）`
          : `原文标注为标题的“${d.text}”在导入结果中不是单独的标题（被并进了段落或丢失）`;
    return { file, line: d.sourceLine, field: '文字核对', problem, fix: FIX };
  });
}

/** The dry run's line for a proven comparison. */
export function wordsKeptLine(result: WordsKept): string {
  return `文字核对：原文 ${result.sourceChars} 个字、数字和字母，全部保留（删除的 ${result.removedCount} 处已列出）`;
}
