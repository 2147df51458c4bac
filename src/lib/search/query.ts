import { FILLERS, KEY_TERMS, SYNONYMS } from './terms.ts';

/** A citizen's query, cleaned and mapped to the words pages use. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Words left after removing fillers, with everyday words replaced by official terms. */
  terms: string[];
  /**
   * For each term, the words that count as a match for it: the official term and the everyday word the reader
   * typed (康复训练 typed → [康复救助, 康复训练]). A page matching either matches the term.
   */
  variants: string[][];
  /**
   * For each term the reader typed that the query did not map and that holds several words (湖州孩子), those
   * words (湖州, 孩子); empty for other terms. A page without the whole term is scored on its words.
   */
  parts: string[][];
  /** What to send to the search index. */
  indexQuery: string;
  /** Four-digit years in the query (an organisation plus a year: 湖州 2020). */
  years: string[];
  /** The query asks how to get something (怎么办, 如何申请…): a guide to applying answers it best. */
  wantsToApply: boolean;
  /**
   * The query asks for figures, plans or reports (规划, 指标, 人数, 总结, a year…), as journalists and officials
   * search; otherwise it is an everyday task, and a guide wins over a page that only shares its words.
   */
  wantsFigures: boolean;
}

const FIGURE_WORDS = /规划|指标|数据|统计|人数|多少人|报告|总结|计划|进展|覆盖率|十四五|十三五/;
const APPLY_WORDS = /怎么办|怎么申请|如何申请|如何办理|怎么办理|在哪里?办|怎么领|申请|办理|申领|领取|办证/;

const synonymIndex: [string, string][] = Object.entries(SYNONYMS)
  .flatMap(([official, everyday]) => everyday.map((w) => [w, official] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** Converts full-width letters, digits and spaces to half-width, and collapses spaces. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// The browser's own Chinese word segmenter (none in old browsers: the words are then kept as typed).
const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * Splits Chinese text the query did not map (湖州孩子) into its words (湖州, 孩子), so each can match on its own;
 * other text is kept whole.
 */
export function splitWords(text: string): string[] {
  if (!segmenter || !/[\u4e00-\u9fff]{3,}/.test(text)) return [text];
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * Parses a query: removes question words (怎么办, 如何…), maps everyday words to official terms (残疾证 →
 * 残疾人证, 轮椅 → 辅助器具), and keeps years. Official terms already in the query are kept whole.
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = toHalfWidth(input);
  let wantsToApply = APPLY_WORDS.test(raw);
  const years = raw.match(/(?:19|20)\d{2}/g) ?? [];
  let rest = raw.replace(/((?:19|20)\d{2})年?/g, ' ');
  const terms: string[] = [];
  const typed = new Map<string, string[]>();
  // Official terms first, longest first, so 残疾人证 is not read as 残疾 + 人 + 证.
  for (const term of [...KEY_TERMS].sort((a, b) => b.length - a.length)) {
    if (rest.includes(term)) {
      terms.push(term);
      rest = rest.split(term).join(' ');
    }
  }
  for (const [word, official] of synonymIndex) {
    if (rest.includes(word)) {
      if (!terms.includes(official)) terms.push(official);
      typed.set(official, [...(typed.get(official) ?? []), word]);
      rest = rest.split(word).join(' ');
    }
  }
  for (const filler of FILLERS) rest = rest.split(filler).join(' ');
  const split = new Map<string, string[]>();
  for (const word of rest.split(/[\s,，、。；;：:！!]+/)) {
    // A lone Chinese character left over (对, 的, 了) matches almost every page: it is not a search word.
    if (word && !terms.includes(word) && !/^[\u4e00-\u9fff]$/.test(word)) terms.push(word);
    const words = splitWords(word).filter((w) => w.length >= 2);
    if (words.length > 1) split.set(word, words);
  }
  const variants = terms.map((t) => [t, ...(typed.get(t) ?? [])]);
  const parts = terms.map((t) => split.get(t) ?? []);
  // A bare service name (残疾人证) most often means "how do I get it".
  if (terms.length === 1 && years.length === 0 && KEY_TERMS.includes(terms[0]!)) wantsToApply = true;
  const wantsFigures = years.length > 0 || FIGURE_WORDS.test(raw);
  return {
    raw,
    terms,
    variants,
    parts,
    years,
    wantsToApply,
    wantsFigures,
    indexQuery: [...terms, ...years].join(' ') || raw,
  };
}

/**
 * The searches to run for a query: the whole query first (the index requires every word), then each term on
 * its own, so a page that matches the main term is found even when another word of the question is missing
 * from it (家里装扶手 → 无障碍改造). At most five searches.
 */
export function searchesFor(q: ParsedQuery): string[] {
  const out = [q.indexQuery];
  if (q.terms.length > 1) out.push(...q.terms.slice(0, 4));
  // The words of a term the query did not map, when they are all the query has (残疾人开车停车免费).
  if (q.terms.length === 1) out.push(...(q.parts[0] ?? []).slice(0, 4));
  // The reader's own words too, where they were mapped to an official term.
  for (const words of q.variants) out.push(...words.slice(1, 2));
  return [...new Set(out)];
}

/**
 * What a guide gains over other pages for an everyday query: more than a longer word matched in a title (a
 * few points), less than a whole term matched in the title rather than only in the text (20 points).
 */
export const GUIDE_BONUS = 12;

/**
 * The words to mark in excerpts: each term whole, as the index has it and as the reader typed it, and the
 * years; never a lone character unless the query is one (证), since a lone 人 matches everywhere.
 */
export function highlightTerms(q: ParsedQuery): string[] {
  const words = [...q.variants.flat(), ...q.years];
  const phrase = q.raw.replace(/\s+/g, '');
  if (phrase.length === 1) return [phrase];
  if (!/\s/.test(q.raw)) words.push(phrase);
  for (const w of q.raw.split(/[\s,，、。；;：:！!？?]+/)) words.push(w);
  return [...new Set(words.filter((w) => w.length >= 2))];
}

/** What the reranker knows of one search result. */
export interface Candidate {
  url: string;
  title: string;
  /** Everyday names of a guide (常用叫法), when the page has them. */
  aliases?: string;
  /** Full indexed text of the page. */
  content: string;
  /** Page type filter value (办事指南, 年度报告…). */
  type?: string;
  /** Organisation filter value (short name, e.g. 上虞区残联), when the page belongs to one. */
  org?: string;
  /** Year filter value, when the page is about one year. */
  year?: string;
  /** The index's own rank, 0 = first. */
  rank: number;
}

/**
 * Scores a result so that exact matches of whole terms rank first: a term in the title counts most, then in
 * the everyday names, then in the text; a year in the query must appear in the title or text. The index's own
 * order breaks ties. Returns a number; higher is better.
 */
export function scoreCandidate(q: ParsedQuery, c: Candidate): number {
  let score = 0;
  const title = toHalfWidth(c.title);
  const aliases = toHalfWidth(c.aliases ?? '');
  const content = toHalfWidth(c.content);
  // A query typed as one phrase (no spaces) counts as a phrase; words the reader separated do not.
  const phrase = /\s/.test(q.raw) ? '' : q.raw;
  if (phrase.length >= 2 && title.includes(phrase)) score += 60;
  else if (phrase.length >= 2 && aliases.includes(phrase)) score += 60;
  const org = c.org ?? '';
  let orgMatched = false;
  /** The score of one term, matched by any of `words`; undefined when the page has none of them. */
  const termScore = (words: string[]): number | undefined => {
    // The best field any variant of the term appears in; the word the reader typed wins ties.
    const best = (test: (w: string) => boolean) => [...words].reverse().find(test);
    const inTitle = best((w) => title.includes(w));
    const inAliases = best((w) => aliases.includes(w));
    const inOrg = best((w) => w.length >= 2 && org.includes(w));
    // A word naming the kind of page (丽水 规划指标) is matched by the page's type as by its title.
    const inType = best((w) => w === c.type);
    // Everyday names are other names of the service: they count as much as the title.
    if (inTitle) return 30 + inTitle.length;
    if (inAliases) return 30 + inAliases.length;
    if (inType) return 30 + inType.length;
    if (inOrg) {
      orgMatched = true;
      return 25 + inOrg.length;
    }
    return words.some((w) => content.includes(w)) ? 10 : undefined;
  };
  q.variants.forEach((words, i) => {
    const whole = termScore(words);
    const parts = q.parts[i] ?? [];
    // A term the page lacks as a whole is scored on its words, each as a term (湖州孩子 → 湖州, 孩子).
    if (whole === undefined && parts.length) for (const part of parts) score += termScore([part]) ?? -15;
    else score += whole ?? -15;
  });
  for (const year of q.years) {
    if (title.includes(year) || c.year === year) score += 20;
    else if (content.includes(year)) score += 5;
    else score -= 20;
  }
  // A page of the organisation the reader named beats a general page; an organisation plus a year (上虞 2020)
  // asks for that organisation's report of that year.
  const namesOrg = orgMatched || [...q.terms, ...q.parts.flat()].some((t) => t.length >= 2 && org.includes(t));
  if (namesOrg) score += 5;
  if (namesOrg && q.years.length && c.type === '年度报告') score += 10;
  // Guides answer citizens' questions: for an everyday task they come before an indicator or a report that
  // shares their words (困难残疾人家庭无障碍改造 is both a guide and an indicator) unless the other page matches
  // clearly better; for a question about figures they only break ties. Among guides, the one about applying
  // (首次申领) wins when the question is how to get something.
  if (c.type === '办事指南') {
    score += q.wantsFigures ? 3 : GUIDE_BONUS;
    if (q.wantsToApply && /首次|申领|申请/.test(title)) score += 4;
  }
  // A source page describes a document the site publishes; the document's own page (a report, a plan) answers.
  if (c.type === '资料来源') score -= 5;
  return score - c.rank * 0.01;
}

/** Sorts candidates best first (stable for equal scores). */
export function rerank<T extends Candidate>(q: ParsedQuery, candidates: T[]): T[] {
  return candidates
    .map((c) => ({ c, s: scoreCandidate(q, c) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.c);
}
