/**
 * Numbering of Chinese official documents, outermost first: 一、 → （一） → 1. → （1）.
 * Full-width and ASCII forms are alike: （一）/(一), 1./1．/1、, （1）/(1), and full-width digits.
 */
export const NUMBERING_STYLES = ['chinese', 'chinese-paren', 'arabic', 'arabic-paren'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

const CN = '[一二三四五六七八九十]{1,3}';
const AR = '[0-9０-９]{1,2}';
const PATTERNS: [NumberingStyle, RegExp][] = [
  ['chinese', new RegExp(`^(${CN})\\s*、\\s*`)],
  ['chinese-paren', new RegExp(`^[（(]\\s*(${CN})\\s*[)）]\\s*`)],
  ['arabic-paren', new RegExp(`^[（(]\\s*(${AR})\\s*[)）]\\s*`)],
  // A digit right after the dot is a decimal (1.5%的比例), not numbering.
  ['arabic', new RegExp(`^(${AR})\\s*[.．、](?![0-9０-９])\\s*`)],
];

/** A line that starts with a numbering marker. */
export interface Numbered {
  style: NumberingStyle;
  /** The marker as written, without trailing spaces, e.g. `(一)` or `1.`. */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/**
 * The rank of a line's numbering style (0 for 一、, 1 for （一）, 2 for 1., 3 for （1）) when the line could be a
 * heading on its own: numbered, at most {@link MAX_TITLE} characters, no 。 before its end. For lines marked
 * only by bold type (a CMS's `<strong>一、…</strong>`, a Word paragraph typed in bold).
 */
export function headingRank(text: string): number | undefined {
  const n = matchNumbering(text);
  if (!n || text.length > MAX_TITLE || text.slice(0, -1).includes('。')) return undefined;
  return NUMBERING_STYLES.indexOf(n.style);
}

/** The numbering a line starts with, if any. `一是…` and `1.5%…` are not numbering. */
export function matchNumbering(text: string): Numbered | undefined {
  for (const [style, re] of PATTERNS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) {
      return { style, marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
    }
  }
  return undefined;
}

// Words that end the short title of a numbered item in these documents (…机制, …保障, …评估). Used only to
// find where a title runs on into its paragraph because the source lost the 。 between them.
const TITLE_END_WORDS = [
  '思想',
  '目标',
  '要求',
  '领导',
  '保障',
  '评估',
  '建设',
  '机制',
  '体系',
  '制度',
  '质量',
  '水平',
  '活动',
  '援助',
  '改革',
  '能力',
  '环境',
  '政策',
  '管理',
  '服务',
  '网络',
  '工作',
  '行动',
  '措施',
  '宣传',
  '格局',
  '教育',
  '康复',
  '就业',
  '创业',
  '发展',
  '任务',
  '情况',
  '总结',
  '计划',
  '工程',
  '保护',
  '融合',
];
// Verbs that can end a title (组织实施, 中心建立) but start the paragraph when they follow a title word (质量实施…).
const TITLE_END_VERBS = ['实施', '建立', '升级'];
// A title does not end right before these: they continue a noun phrase (服务和援助, 工作者, 无障碍化).
const CONTINUES = /^[和与及、的之并或等者性化类员人中上下内外费站点室所]/;

/** Longest title, in characters, that is split off the start of a numbered line without a 。. */
export const MAX_RUN_ON_TITLE = 24;
/** Longest title ending in 。 that is split off a numbered line. */
export const MAX_TITLE = 40;
/** A numbered line at most this long and without 。 is a title on its own. */
export const SHORT_TITLE = 16;

function endsWithTitleWord(s: string): boolean {
  return [...TITLE_END_WORDS, ...TITLE_END_VERBS].some((w) => s.endsWith(w));
}

/**
 * Splits the text after a numbering marker into its short title and the paragraph that follows on the same
 * line. The rule, in order:
 * 1. a 。 within the first {@link MAX_TITLE} characters ends the title (`(一)强化帮扶,复工复产扎实推进。一是…`);
 * 2. a line without 。 that is at most {@link SHORT_TITLE} characters, or at most 30 and ending in a title word
 *    (…行动, …建设), is all title;
 * 3. otherwise the title is the shortest start, at most {@link MAX_RUN_ON_TITLE} characters, that ends in a title
 *    word not followed by a word that continues it (`(一)指导思想以习近平…` → 指导思想 + 以习近平…);
 * 4. otherwise a line of at most 30 characters is all title, and a longer one has no title (`undefined`).
 * No character is added or dropped: title + (。) + body is the original text.
 */
export function splitTitle(rest: string): { title: string; body: string } | undefined {
  const stop = rest.indexOf('。');
  if (stop > 0 && stop <= MAX_TITLE) return { title: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
  if (stop < 0 && (rest.length <= SHORT_TITLE || (rest.length <= 30 && endsWithTitleWord(rest)))) {
    return { title: rest, body: '' };
  }
  for (let i = 2; i <= Math.min(MAX_RUN_ON_TITLE, rest.length - 1); i++) {
    const head = rest.slice(0, i);
    const tail = rest.slice(i);
    if (endsWithTitleWord(head) && !CONTINUES.test(tail) && !TITLE_END_WORDS.some((w) => tail.startsWith(w))) {
      return { title: head, body: tail.trim() };
    }
  }
  if (stop < 0 && rest.length <= 30) return { title: rest, body: '' };
  return undefined;
}
