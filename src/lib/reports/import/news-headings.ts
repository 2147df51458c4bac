import type { Heading, Note, Removed, SourceLine } from '../../documents/blocks.ts';

/** Longest line, in characters, that can be an unnumbered heading. */
export const MAX_HEADING = 30;

/** A short line: no sentence-ending punctuation, not ending like a lead-in, at most {@link MAX_HEADING} characters. */
export function isShortLine(text: string): boolean {
  return text.length <= MAX_HEADING && !/[。！？!?；;]/.test(text) && !/[:：，,、]$/.test(text);
}

// Section markers of year-end news reports: 回眸2020, 展望2021 — a few words around a year.
const MARKER = /^\D{0,4}\d{4}年?\D{0,4}$/;
// Topic headings of these reports start with a verb of government work (改善…, 打造…, 构建…).
const HEADING_VERBS = [
  '改善',
  '提升',
  '强化',
  '优化',
  '打造',
  '构建',
  '建立',
  '开启',
  '推进',
  '推动',
  '加强',
  '完善',
  '深化',
  '实施',
  '落实',
  '健全',
  '坚持',
  '聚焦',
  '加快',
  '扩大',
  '促进',
  '做好',
  '抓好',
  '夯实',
  '保障',
  '发展',
  '开展',
  '全面',
  '持续',
  '深入',
  '营造',
  '巩固',
  '创新',
  '服务',
  '助力',
  '推出',
  '实现',
];
// A date alone on its line (2023年12月4日): with the short line before it, the signature (落款) of a notice.
const DATE_LINE = /^\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})$/;

/** Share of headings that must have one form before lines without it count as photo captions. */
export const DOMINANT_SHARE = 0.6;

/** What the classifier decided for one line of a news-style report. */
export type LineRole =
  { role: 'paragraph' } | { role: 'heading'; heading: Heading } | { role: 'merged' } | { role: 'caption' };

/**
 * Finds the headings of a news-style report (no numbering), seeds 000 and 002. `lines` are the body lines in
 * order; `breaks[i]` is true when something other than a line (a table) sits before line `i`. Rules:
 * 1. a short line (see {@link isShortLine}) is a heading candidate; longer lines are paragraphs;
 * 2. a short line repeated on consecutive lines is a photo caption: every copy is removed (残疾人家庭改造 ×2);
 * 3. a short line that is a year with a few words (回眸2020, 展望2021) is a level-2 section heading, and the other
 *    headings are then level 3 (level 2 when the report has no such sections);
 * 4. consecutive different short lines form one heading, joined with a space (整装再出发 / 开启…新征程);
 * 5. when at least three headings exist and most of them ({@link DOMINANT_SHARE}) share a form — containing a
 *    comma (服务创新，深入完善…) or starting with a verb of government work (改善…, 打造…) — a heading without that
 *    form is a lone photo caption and is removed (门前阶梯改造, 区残疾人集中托养中心近日授牌成立);
 * 6. a date alone on a line and the short line right before it are a signature (示例县残疾人联合会 / 2023年12月4日),
 *    paragraphs.
 */
export function classifyNewsLines(
  lines: SourceLine[],
  breaks: boolean[] = [],
): { roles: LineRole[]; removed: Removed[]; notes: Note[] } {
  const short = lines.map((l) => isShortLine(l.text));
  lines.forEach((l, i) => {
    if (!DATE_LINE.test(l.text.trim())) return;
    short[i] = false;
    if (i > 0 && !breaks[i]) short[i - 1] = false;
  });
  const roles: LineRole[] = lines.map(() => ({ role: 'paragraph' }));
  const removed: Removed[] = [];
  const notes: Note[] = [];
  const caption = (i: number) => {
    roles[i] = { role: 'caption' };
    removed.push({ kind: 'caption', text: lines[i]!.text, line: lines[i]!.line });
  };
  const adjacent = (i: number) => i > 0 && !breaks[i];

  const repeated = new Set<number>();
  for (let i = 1; i < lines.length; i++) {
    if (short[i] && adjacent(i) && lines[i]!.text === lines[i - 1]!.text) repeated.add(i - 1).add(i);
  }
  const markers = new Set<number>();
  lines.forEach((l, i) => {
    if (short[i] && !repeated.has(i) && MARKER.test(l.text)) markers.add(i);
  });

  const groups: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!short[i] || repeated.has(i) || markers.has(i)) continue;
    const prev = groups[groups.length - 1];
    if (prev && prev[prev.length - 1] === i - 1 && adjacent(i)) prev.push(i);
    else groups.push([i]);
  }
  const texts = groups.map((g) => g.map((i) => lines[i]!.text));
  const forms = [
    (parts: string[]) => parts.some((p) => /[，,]/.test(p)),
    (parts: string[]) => parts.some((p) => HEADING_VERBS.some((v) => p.startsWith(v))),
  ];
  const dominant =
    groups.length >= 3 ? forms.find((f) => texts.filter(f).length >= DOMINANT_SHARE * texts.length) : undefined;

  for (const i of [...repeated].sort((a, b) => a - b)) caption(i);
  const level = markers.size ? 3 : 2;
  for (const i of markers)
    roles[i] = { role: 'heading', heading: { level: 2, text: lines[i]!.text, line: lines[i]!.line } };
  groups.forEach((g, k) => {
    if (dominant && !dominant(texts[k]!)) {
      g.forEach(caption);
      return;
    }
    const first = lines[g[0]!]!;
    roles[g[0]!] = { role: 'heading', heading: { level, text: texts[k]!.join(' '), line: first.line } };
    for (const i of g.slice(1)) roles[i] = { role: 'merged' };
    if (g.length > 1) notes.push({ line: first.line, text: `连续的短行合成一个标题：${texts[k]!.join(' / ')}` });
  });
  removed.sort((a, b) => a.line - b.line);
  return { roles, removed, notes };
}
