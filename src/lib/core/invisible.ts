// Characters an official cannot see in an editor but that reach the published site: control characters make
// feed.xml ill-formed (XML 1.0 forbids C0 controls other than tab and line breaks) and garble JSON and CSV
// consumers; bidirectional controls reorder what readers see (a name with U+202E reads backwards); zero-width
// characters make a title look filled in when it is empty and make two equal-looking ids or labels differ.
// They arrive by copying from web pages, Word, chat tools or a terminal.
// Also rejected: U+2028/U+2029, which look like line breaks but are not ones to markdown, YAML's line counting or
// pre-2019 JavaScript, and end a single-line field in the middle; the soft hyphen U+00AD (Word's "optional
// hyphen"), invisible unless a line breaks at it, so "残\u00AD联" is not found by a search for 残联; the Hangul
// fillers U+3164/U+115F/U+1160/U+FFA0 and U+180E, letters that draw nothing and are the known way to make a name
// look blank or to make two names look equal; tag characters U+E0000–U+E007F, which draw nothing and carry hidden
// ASCII text (their one visible use, the flags of England, Scotland and Wales, has no place on these sites);
// variation selectors, which draw nothing and make equal-looking ids, names and search words differ; and
// U+FFFC/U+FFFD, which stand where a converter could not read the original character (a figure or a name is
// missing there).

import type { Problem } from './problem.ts';

/**
 * The classes of invisible characters, each rejected where it can do harm: controls, direction controls,
 * characters that draw nothing (zero-width, soft hyphen, tags, variation selectors), letters that draw a blank
 * (Hangul fillers), line and paragraph separators, and the marks a bad conversion leaves (U+FFFC/U+FFFD).
 */
export type InvisibleClass = 'control' | 'bidi' | 'zero-width' | 'filler' | 'separator' | 'bad-decode';

/** One invisible character found in a text. */
export interface InvisibleHit {
  /** The code point, e.g. 0x200b. */
  codePoint: number;
  /** Its class. */
  kind: InvisibleClass;
  /** 1-based position in the text, counted in characters (code points) as an official counts them. */
  position: number;
  /** 1-based line within the text. */
  line: number;
  /** 1-based position within that line, in characters. */
  column: number;
}

const NAMES: Record<number, string> = {
  0x00: '空字符 NUL',
  0x07: '响铃符',
  0x08: '退格符',
  0x0b: '垂直制表符',
  0x0c: '换页符',
  0x1a: '文件结束符',
  0x1b: '转义符 ESC',
  0x7f: '删除符 DEL',
  0xad: '软连字符',
  0x115f: '韩文初声填充字符',
  0x1160: '韩文中声填充字符',
  0x180e: '蒙古文元音分隔符',
  0x2028: '行分隔符',
  0x2029: '段落分隔符',
  0x2800: '盲文空白',
  0x3164: '韩文填充字符',
  0xffa0: '半角韩文填充字符',
  0xfffc: '对象替换符，原来的内容没有转换过来',
  0xfffd: '替换符 �，原来的字没有转换过来',
  0x061c: '阿拉伯字母方向标记',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x202a: '从左到右嵌入',
  0x202b: '从右到左嵌入',
  0x202c: '方向格式结束',
  0x202d: '从左到右强制',
  0x202e: '从右到左强制，会让文字倒过来显示',
  0x2060: '零宽不换行空格',
  0x2066: '从左到右隔离',
  0x2067: '从右到左隔离',
  0x2068: '首字方向隔离',
  0x2069: '方向隔离结束',
  0xfeff: 'BOM 字节顺序标记',
  0xfffe: '非字符 U+FFFE',
  0xffff: '非字符 U+FFFF',
};

/** The class of `cp`, or undefined for a character that may be published. Tab, LF and CR are not classed. */
export function invisibleClass(cp: number): InvisibleClass | undefined {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return undefined;
  // C0, DEL and C1 controls; U+FFFE/U+FFFF and lone surrogates (a YAML "\ud800" escape) are not characters at all.
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    return 'control';
  }
  if (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  ) {
    return 'bidi';
  }
  // U+2061–U+2064 are invisible maths operators (function application, invisible times…): never wanted in prose.
  if ((cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff) return 'zero-width';
  if (cp === 0xad || cp === 0x180e || (cp >= 0xe0000 && cp <= 0xe007f)) return 'zero-width';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return 'zero-width';
  if (cp === 0x3164 || cp === 0x115f || cp === 0x1160 || cp === 0xffa0) return 'filler';
  if (cp === 0x2028 || cp === 0x2029) return 'separator';
  if (cp === 0xfffc || cp === 0xfffd) return 'bad-decode';
  return undefined;
}

/** `U+200B（零宽空格）`: how messages name a character, so an official can search for it or ask for help. */
export function describeCodePoint(cp: number): string {
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[cp] ?? groupName(cp);
  return `${code}（${name}）`;
}

function groupName(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return '不成对的代理字符';
  if (cp >= 0x80 && cp <= 0x9f) return 'C1 控制字符';
  if (cp >= 0xe0000 && cp <= 0xe007f) return '标签字符';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return '变体选择符';
  return '控制字符';
}

/** The characters either side of a hit, for rules that depend on them (an emoji's variation selector). */
export interface Neighbours {
  /** Code point before, if any. */
  previous?: number;
  /** Code point after, if any. */
  next?: number;
}

/** Which invisible characters a kind of text rejects; by default all of them. */
export type InvisibleFilter = (codePoint: number, kind: InvisibleClass, around: Neighbours) => boolean;

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * U+FE0F right after an emoji (❤️, ☎️) or inside a keycap (1️⃣ is 1, U+FE0F, U+20E3) asks for the colour picture;
 * editors and phones insert it themselves, and it is part of how the emoji is searched for.
 */
function emojiPresentation(cp: number, around: Neighbours): boolean {
  if (cp !== 0xfe0f || around.previous === undefined) return false;
  if (PICTOGRAPHIC.test(String.fromCodePoint(around.previous))) return true;
  return /[0-9#*]/.test(String.fromCodePoint(around.previous)) && around.next === 0x20e3;
}

/**
 * What a markdown body may not hold. Controls break feed.xml and every JSON consumer; embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) reorder what readers see; zero-width space, word joiner, BOM and the
 * invisible operators split words so that search cannot find them, and Chinese prose has no use for them.
 * Allowed: U+200C/U+200D (they join emoji sequences and some scripts' letters), the marks U+200E/U+200F/U+061C
 * (they only settle the direction of neighbouring punctuation in mixed-direction text and cannot reverse a run),
 * and U+FE0F after an emoji (see emojiPresentation). Everything else is rejected in bodies too: separators break
 * the feed and readers' line counting, fillers, soft hyphens, tags and other variation selectors hide text from
 * search, and U+FFFC/U+FFFD mean a character of the text was lost.
 */
export const BODY_FORBIDDEN: InvisibleFilter = (cp, kind, around) =>
  kind === 'control' ||
  (kind === 'bidi' && cp !== 0x200e && cp !== 0x200f && cp !== 0x061c) ||
  (kind === 'zero-width' && cp !== 0x200c && cp !== 0x200d && !emojiPresentation(cp, around)) ||
  kind === 'filler' ||
  kind === 'separator' ||
  kind === 'bad-decode';

/** Every invisible character in `text` that `filter` rejects, in order. */
export function findInvisible(text: string, filter: InvisibleFilter = () => true): InvisibleHit[] {
  const hits: InvisibleHit[] = [];
  let position = 0;
  let line = 1;
  let column = 0;
  // Array.from walks code points; a lone surrogate comes out as itself, so it is found too.
  const chars = Array.from(text);
  for (const [i, ch] of chars.entries()) {
    position++;
    column++;
    const cp = ch.codePointAt(0) ?? 0;
    const kind = invisibleClass(cp);
    const around = { previous: chars[i - 1]?.codePointAt(0), next: chars[i + 1]?.codePointAt(0) };
    if (kind && filter(cp, kind, around)) hits.push({ codePoint: cp, kind, position, line, column });
    if (ch === '\n') {
      line++;
      column = 0;
    }
  }
  return hits;
}

/**
 * Characters that draw a blank but are not white space to JavaScript's trim: U+2800 is the blank braille cell,
 * a real character in braille text (so it is not rejected inside text), but a field made only of it is empty.
 */
const BLANK_LOOKING = new Set([0x2800]);

/**
 * True when `text` holds characters but none that can be seen: only invisible characters, white space (NBSP,
 * U+3000…) and blank-looking characters, with at least one that trim does not remove. A value of only spaces is
 * not meant here: trim empties it and the field's own "不能为空" message says what is wrong.
 */
export function onlyInvisible(text: string): boolean {
  let any = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (invisibleClass(cp) || BLANK_LOOKING.has(cp)) any = true;
    else if (ch.trim() !== '') return false;
  }
  return any;
}

/** The first character of `text` that makes it look blank without being white space (for onlyInvisible's message). */
export function firstBlankLooking(text: string): number | undefined {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (invisibleClass(cp) || BLANK_LOOKING.has(cp)) return cp;
  }
  return undefined;
}

/** `text` with every invisible character shown as `〔U+200B 零宽空格〕`, for messages that quote what was written. */
export function showInvisible(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += invisibleClass(cp) ? `〔${describeCodePoint(cp)}〕` : ch;
  }
  return out;
}

/** How to remove an invisible character, by class: said the same way in every message. */
export function invisibleFix(kind: InvisibleClass): string {
  if (kind === 'control') return '删除这个控制字符：把这段文字重新手动输入一遍（从终端或其他程序复制时会带进这种字符）';
  if (kind === 'separator') {
    return '删除这个字符（它像换行，但很多程序读不了）：要分段就直接回车另起一行；英文双引号里写的 \\L 或 \\P 也会变成这种字符，一并删除';
  }
  if (kind === 'bad-decode') {
    return '这里原来的字在转换编码时丢了，文件可能是从别的编码错误转换过来的：对照原始文件，把这里原本的字重新输入；多处都有时，从原始文件重新另存为 UTF-8';
  }
  return '删除这个看不见的字符：把这段文字重新手动输入一遍（从网页、Word 或聊天软件复制时常会带进这种字符）';
}

/** Lines reported one by one before the rest are summed up in one problem (a file full of them is one mistake). */
const MAX_LINES_REPORTED = 5;

/**
 * One problem per line of `text` that holds a rejected invisible character, naming each (at most three per line)
 * and its place in the line; `firstLine` is the file line the text starts on (a markdown body starts after its
 * front matter). After five lines, one more problem says how many further lines have them.
 */
export function invisibleLineProblems(
  file: string,
  text: string,
  opts: { firstLine?: number; field: string; filter?: InvisibleFilter },
): Problem[] {
  const byLine = new Map<number, InvisibleHit[]>();
  for (const hit of findInvisible(text, opts.filter)) byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit]);
  const offset = (opts.firstLine ?? 1) - 1;
  const lines = [...byLine.entries()];
  const problems: Problem[] = lines.slice(0, MAX_LINES_REPORTED).map(([line, hits]) => ({
    file,
    line: line + offset,
    field: opts.field,
    problem: `这一行有看不见的字符：${describeHits(hits, (h) => h.column)}`,
    fix: invisibleFix(hits[0]?.kind ?? 'control'),
  }));
  const rest = lines.slice(MAX_LINES_REPORTED);
  if (rest[0]) {
    problems.push({
      file,
      line: rest[0][0] + offset,
      field: opts.field,
      problem: `从这一行起还有 ${rest.length} 行也有看不见的字符或控制字符`,
      fix: '文件可能是从别的程序复制或导出的：用记事本或 WPS 打开，删除这些字符后重新保存；表格请从 Excel 重新“另存为”CSV UTF-8',
    });
  }
  return problems;
}

/** `第 3 个字是 U+200B（零宽空格）`, naming at most three hits and how many more there are. */
export function describeHits(
  hits: readonly InvisibleHit[],
  where: (h: InvisibleHit) => number = (h) => h.position,
): string {
  const named = hits.slice(0, 3).map((h) => `第 ${where(h)} 个字是 ${describeCodePoint(h.codePoint)}`);
  const more = hits.length > 3 ? `，另有 ${hits.length - 3} 处` : '';
  return `${named.join('，')}${more}`;
}
