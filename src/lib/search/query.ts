import { FILLERS, KEY_TERMS, SYNONYMS } from './terms.ts';

/** A citizen's query, cleaned and mapped to the words pages use. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Words left after removing fillers, with everyday words replaced by official terms. */
  terms: string[];
  /** What to send to the search index. */
  indexQuery: string;
  /** Four-digit years in the query (an organisation plus a year: 湖州 2020). */
  years: string[];
}

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

/**
 * Parses a query: removes question words (怎么办, 如何…), maps everyday words to official terms (残疾证 →
 * 残疾人证, 轮椅 → 辅助器具), and keeps years. Official terms already in the query are kept whole.
 */
export function parseQuery(input: string): ParsedQuery {
  const raw = toHalfWidth(input);
  const years = raw.match(/(?:19|20)\d{2}/g) ?? [];
  let rest = raw.replace(/((?:19|20)\d{2})年?/g, ' ');
  const terms: string[] = [];
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
      rest = rest.split(word).join(' ');
    }
  }
  for (const filler of FILLERS) rest = rest.split(filler).join(' ');
  for (const word of rest.split(/[\s,，、。；;：:！!]+/)) {
    if (word && !terms.includes(word)) terms.push(word);
  }
  return { raw, terms, years, indexQuery: [...terms, ...years].join(' ') || raw };
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
  const phrase = q.raw.replace(/\s+/g, '');
  if (phrase.length >= 2 && title.includes(phrase)) score += 60;
  else if (phrase.length >= 2 && aliases.includes(phrase)) score += 50;
  for (const term of q.terms) {
    if (title.includes(term)) score += 30 + term.length;
    else if (aliases.includes(term)) score += 25 + term.length;
    else if (content.includes(term)) score += 10;
    else score -= 15;
  }
  for (const year of q.years) {
    if (title.includes(year)) score += 20;
    else if (content.includes(year)) score += 5;
    else score -= 20;
  }
  // Guides answer citizens' questions; prefer them when the text match is otherwise equal.
  if (c.type === '办事指南') score += 3;
  return score - c.rank * 0.01;
}

/** Sorts candidates best first (stable for equal scores). */
export function rerank<T extends Candidate>(q: ParsedQuery, candidates: T[]): T[] {
  return candidates
    .map((c) => ({ c, s: scoreCandidate(q, c) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.c);
}
