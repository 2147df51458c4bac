// The search page: reads ?q= (and filters) from the URL, queries the pagefind index, reranks so that whole
// domain terms and exact phrases come first (and guides before indicators for everyday tasks), shows results ten
// at a time with a 显示更多 button, and announces in a live region how many were found and how many are shown.
// Everyday words in the query (孩子不会说话) bring the site's words to search instead (儿童康复, 言语).
import {
  highlightTerms,
  parseQuery,
  rerank,
  searchesFor,
  type Candidate,
  type ParsedQuery,
} from '../lib/search/query.ts';
import { resultCountText, escapeHtml, searchTitle, typeLabel } from '../lib/search/render.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { suggestTerms } from '../lib/search/suggest.ts';
import { bundlesFor, COMMON_AREA, type BundleManifest } from '../lib/search/bundles.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Filters }): Promise<{ results: Result[] }>;
}

/** Pagefind filters: one value, or any of several (the area's own pages and those searched everywhere). */
type Filters = Record<string, string | { any: string[] }>;

const FILTER_KEYS: Record<string, string> = { type: '类型', org: '机构', year: '年份' };
/** The search area: `area` as chosen (in the address), `from` as the page the search came from suggests. */
const AREA_PARAM = 'area';
const FROM_PARAM = 'from';
const ALL_AREAS = 'all';
/** Where the reader's own choice of area is remembered (this browser only; nothing is sent anywhere). */
const AREA_KEY = 'canlian-search-area';
/** Results shown at first and added by each 显示更多. */
const PAGE_SIZE = 10;
// The first results are reranked together; each costs one fragment download (a long report is tens of KB), so
// this is enough to rerank and few enough for the 300 KB search budget. Later pages are reranked among themselves.
const RERANK_WINDOW = 16;

// Long reports should not lose to short pages only for their length: page length counts for little here.
const PAGEFIND_OPTIONS = { ranking: { pageLength: 0.2 } };

let pagefind: Pagefind | undefined;
let manifest: BundleManifest = { bundles: [] };
const merged = new Set<string>();

/**
 * Loads the primary index and merges the bundles a search in `area` needs when a large site's index is split
 * (scripts/search-index.ts): its own area's and those of pages searched everywhere; all of them for the whole
 * country. Pagefind then searches them as one.
 */
async function loadPagefind(area: string | undefined): Promise<Pagefind> {
  if (!pagefind) {
    const path = '/pagefind/pagefind.js';
    const [pf, list] = await Promise.all([
      import(/* @vite-ignore */ path) as Promise<Pagefind>,
      fetch('/pagefind/bundles.json')
        .then((r) => (r.ok ? (r.json() as Promise<BundleManifest>) : manifest))
        .catch(() => manifest),
    ]);
    await pf.options(PAGEFIND_OPTIONS);
    pagefind = pf;
    manifest = list;
  }
  const pf = pagefind;
  const needed = bundlesFor(manifest, area).filter((path) => !merged.has(path));
  await Promise.all(
    needed.map(async (path) => {
      await pf.mergeIndex(path, PAGEFIND_OPTIONS);
      merged.add(path);
    }),
  );
  return pf;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const heading = $('search-heading');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const moreRow = $('search-more-row');
const moreButton = $<HTMLButtonElement>('search-more');
const help = $('search-help');
const none = $('search-none');
const suggestions = $<HTMLUListElement>('search-suggestions');
const suggestIntro = $('search-suggest-intro');
const areaSelect = $<HTMLSelectElement>('search-area');

function remembered(): string | null {
  try {
    return localStorage.getItem(AREA_KEY);
  } catch {
    return null;
  }
}

function remember(area: string): void {
  try {
    localStorage.setItem(AREA_KEY, area);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
}

/** Whether the area select offers `value`. */
const offered = (value: string | null): value is string =>
  value !== null && [...(areaSelect?.options ?? [])].some((o) => o.value === value);

/** The area chosen, or undefined for the whole country; and how the search page names it. */
function chosenArea(): { area: string | undefined; label: string | undefined } {
  const value = areaSelect?.value ?? ALL_AREAS;
  if (value === ALL_AREAS) return { area: undefined, label: undefined };
  return { area: value, label: areaSelect?.selectedOptions[0]?.textContent?.trim() };
}

type Shown = Candidate & { excerpt: string };

/** The search being shown: its results in index order, those loaded (reranked) and how many are on the page. */
let current: {
  q: string;
  parsed: ParsedQuery;
  filtered: boolean;
  areaLabel: string | undefined;
  results: Result[];
  loaded: Shown[];
  shown: number;
} | null = null;
/** Increases with each search, so an answer that arrives after a newer search started is dropped. */
let generation = 0;

function readForm(): { q: string; filters: Filters } {
  const data = new FormData(form!);
  const filters: Filters = {};
  for (const [param, key] of Object.entries(FILTER_KEYS)) {
    const v = String(data.get(param) ?? '');
    if (v) filters[key] = v;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

/** Loads the fragments of `results` and reranks them among themselves. */
async function load(parsed: ParsedQuery, results: Result[], offset: number): Promise<Shown[]> {
  const terms = highlightTerms(parsed);
  const fragments = await Promise.all(results.map((r) => r.data()));
  const candidates = fragments.map((f, i) => {
    const title = f.meta.title ?? f.url;
    return {
      url: f.url,
      title,
      aliases: f.meta.aliases,
      content: f.content,
      type: f.filters['类型']?.[0],
      org: f.filters['机构']?.[0],
      year: f.filters['年份']?.[0],
      excerpt: buildExcerpt(f.content, terms, { title }),
      rank: offset + i,
    };
  });
  return rerank(parsed, candidates);
}

function itemHtml(c: Shown): string {
  const label = typeLabel(c.type);
  return (
    '<li>' +
    (label ? `<span class="result-type">${escapeHtml(label)}</span>` : '') +
    `<a href="${escapeHtml(c.url)}">${escapeHtml(c.title)}</a>` +
    (c.excerpt ? `<p>${c.excerpt}</p>` : '') +
    '</li>'
  );
}

/** Shows results up to `count` (loading the next ones as needed); returns the first newly shown item. */
async function showUpTo(count: number, gen: number): Promise<HTMLLIElement | undefined> {
  const s = current!;
  const want = Math.min(count, s.results.length);
  if (s.loaded.length < want) {
    const next = s.results.slice(s.loaded.length, Math.max(want, s.loaded.length + PAGE_SIZE));
    const loaded = await load(s.parsed, next, s.loaded.length);
    if (gen !== generation) return undefined;
    s.loaded.push(...loaded);
  }
  const from = s.shown;
  list!.insertAdjacentHTML('beforeend', s.loaded.slice(from, want).map(itemHtml).join(''));
  s.shown = want;
  status!.textContent = resultCountText(s.results.length, s.shown, s.q, s.filtered, s.areaLabel);
  moreRow!.hidden = s.shown >= s.results.length;
  return list!.children[from] as HTMLLIElement | undefined;
}

/**
 * Offers the site's words for the everyday words of the query (孩子不会说话 → 儿童康复, 言语), and after a search
 * that found nothing, points to the main guides below.
 */
function showHelp(q: string, found: boolean): void {
  const terms = suggestTerms(q);
  suggestIntro!.hidden = terms.length === 0;
  suggestions!.hidden = terms.length === 0;
  suggestions!.innerHTML = terms
    .map((t) => `<li><a href="/search/?q=${encodeURIComponent(t)}">${escapeHtml(t)}</a></li>`)
    .join('');
  none!.hidden = found;
  help!.hidden = found && terms.length === 0;
}

function reset(): void {
  list!.innerHTML = '';
  moreRow!.hidden = true;
  help!.hidden = true;
  current = null;
}

/** Runs the search in the form; moves focus to the results heading when `focus` (a search the reader started). */
async function run(focus: boolean): Promise<void> {
  const gen = ++generation;
  const { q, filters } = readForm();
  const { area, label } = chosenArea();
  document.title = searchTitle(q, form!.dataset.siteName ?? '');
  reset();
  heading!.hidden = !q;
  if (!q) {
    status!.textContent = '请输入要查找的内容。';
    return;
  }
  heading!.textContent = `“${q}”的搜索结果`;
  if (focus) heading!.focus();
  status!.textContent = '正在搜索…';
  try {
    const pf = await loadPagefind(area);
    const filtered = Object.keys(filters).length > 0;
    // One area: its own pages and those searched everywhere (the same in one index and in bundles by area).
    if (area) filters['范围'] = { any: [area, COMMON_AREA] };
    const parsed = parseQuery(q);
    // Results of the whole query first, then of each term; each page once, at its best position.
    const seen = new Set<string>();
    const results: Result[] = [];
    const add = (found: Result[]) => {
      for (const r of found) {
        if (!seen.has(r.id)) {
          seen.add(r.id);
          results.push(r);
        }
      }
    };
    for (const query of searchesFor(parsed)) add((await pf.search(query, { filters })).results);
    if (results.length === 0 && parsed.indexQuery !== parsed.raw)
      add((await pf.search(parsed.raw, { filters })).results);
    if (gen !== generation) return;
    showHelp(q, results.length > 0);
    if (results.length === 0) {
      status!.textContent = resultCountText(0, 0, q, filtered, label);
      return;
    }
    current = {
      q,
      parsed,
      filtered,
      areaLabel: label,
      results,
      loaded: await load(parsed, results.slice(0, RERANK_WINDOW), 0),
      shown: 0,
    };
    if (gen !== generation) return;
    await showUpTo(PAGE_SIZE, gen);
  } catch {
    if (gen === generation) status!.textContent = '搜索暂时无法使用。请直接浏览下方的办事指南和年度报告。';
  }
}

/** Puts the form's query and filters in the address, so the results can be shared and Back works. */
function pushForm(): void {
  const url = new URL(location.href);
  url.search = new URLSearchParams(
    [...new FormData(form!).entries()].filter(([, v]) => String(v) !== '').map(([k, v]) => [k, String(v)]),
  ).toString();
  history.pushState(null, '', url);
}

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input!.value = params.get('q') ?? '';
  for (const param of Object.keys(FILTER_KEYS)) {
    const el = form!.elements.namedItem(param) as HTMLSelectElement | null;
    if (el) el.value = params.get(param) ?? '';
  }
  // The area: as the address says; else the reader's remembered choice; else the area of the page the search
  // came from; else the whole country.
  if (areaSelect) {
    const candidates = [params.get(AREA_PARAM), remembered(), params.get(FROM_PARAM)];
    areaSelect.value = candidates.find(offered) ?? ALL_AREAS;
  }
}

if (
  form &&
  input &&
  heading &&
  status &&
  list &&
  moreRow &&
  moreButton &&
  help &&
  none &&
  suggestions &&
  suggestIntro
) {
  readUrl();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    pushForm();
    void run(true);
  });
  // A filter applies when it changes; focus stays on it, so the reader can change it again (the count is announced).
  // The area is remembered as the reader's own choice.
  areaSelect?.addEventListener('change', () => remember(areaSelect.value));
  for (const param of [...Object.keys(FILTER_KEYS), AREA_PARAM]) {
    const control = form.elements.namedItem(param);
    if (!(control instanceof HTMLElement)) continue;
    control.addEventListener('change', () => {
      pushForm();
      if (input.value.trim()) void run(false);
    });
  }
  let adding = false;
  moreButton.addEventListener('click', () => {
    if (!current || adding) return;
    adding = true;
    void showUpTo(current.shown + PAGE_SIZE, generation)
      .then((first) => first?.querySelector('a')?.focus())
      .finally(() => (adding = false));
  });
  window.addEventListener('popstate', () => {
    readUrl();
    void run(false);
  });
  document.documentElement.classList.add('search-ready');
  if (input.value) void run(true);
}
