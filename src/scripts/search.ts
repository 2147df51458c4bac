// The search page: reads ?q= (and filters) from the URL, queries the pagefind index, reranks so that whole
// domain terms and exact phrases come first, and announces the count in a live region.
import { parseQuery, rerank, searchesFor, type Candidate } from '../lib/search/query.ts';
import { resultCountText, safeExcerpt, escapeHtml } from '../lib/search/render.ts';
import type { BundleManifest } from '../lib/search/bundles.ts';

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<Fragment> }[] }>;
}

const FILTER_KEYS: Record<string, string> = { type: '类型', org: '机构', year: '年份' };
// Each candidate costs one fragment download (a long report is tens of KB): enough to rerank, few enough for the
// 300 KB search budget.
const MAX_CANDIDATES = 16;
const MAX_SHOWN = 20;

// Long reports should not lose to short pages only for their length: page length counts for little here.
const PAGEFIND_OPTIONS = { excerptLength: 40, ranking: { pageLength: 0.2 } };

let pagefind: Pagefind | undefined;
let manifest: BundleManifest = { bundles: [] };
const merged = new Set<string>();

/**
 * Loads the primary index and merges the other bundles when a large site's index is split
 * (scripts/search-index.ts): pagefind then searches them all as one.
 */
async function loadPagefind(): Promise<Pagefind> {
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
  const needed = manifest.bundles.map((b) => b.path).filter((path) => !merged.has(path));
  await Promise.all(
    needed.map(async (path) => {
      await pf.mergeIndex(path, PAGEFIND_OPTIONS);
      merged.add(path);
    }),
  );
  return pf;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

function readForm(): { q: string; filters: Record<string, string> } {
  const data = new FormData(form!);
  const filters: Record<string, string> = {};
  for (const [param, key] of Object.entries(FILTER_KEYS)) {
    const v = String(data.get(param) ?? '');
    if (v) filters[key] = v;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

async function run(): Promise<void> {
  const { q, filters } = readForm();
  if (!q) {
    status!.textContent = '请输入要查找的内容。';
    list!.innerHTML = '';
    return;
  }
  status!.textContent = '正在搜索…';
  try {
    const pf = await loadPagefind();
    const parsed = parseQuery(q);
    // Results of the whole query first, then of each term; each page once, at its best position.
    const seen = new Set<string>();
    const results: { data(): Promise<Fragment> }[] = [];
    for (const query of searchesFor(parsed)) {
      for (const r of (await pf.search(query, { filters })).results) {
        const id = (r as unknown as { id: string }).id;
        if (!seen.has(id)) {
          seen.add(id);
          results.push(r);
        }
      }
    }
    if (results.length === 0 && parsed.indexQuery !== parsed.raw)
      results.push(...(await pf.search(parsed.raw, { filters })).results);
    const fragments = await Promise.all(results.slice(0, MAX_CANDIDATES).map((r) => r.data()));
    const candidates: (Candidate & { excerpt: string })[] = fragments.map((f, rank) => ({
      url: f.url,
      title: f.meta.title ?? f.url,
      aliases: f.meta.aliases,
      content: f.content,
      type: f.filters['类型']?.[0],
      org: f.filters['机构']?.[0],
      year: f.filters['年份']?.[0],
      excerpt: f.excerpt,
      rank,
    }));
    const ranked = rerank(parsed, candidates).slice(0, MAX_SHOWN);
    list!.innerHTML = ranked
      .map(
        (c) =>
          `<li><a href="${escapeHtml(c.url)}">${escapeHtml(c.title)}</a>` +
          (c.type ? ` <span class="result-type">${escapeHtml(c.type)}</span>` : '') +
          `<p>${safeExcerpt(c.excerpt)}</p></li>`,
      )
      .join('');
    status!.textContent = resultCountText(results.length, q, Object.keys(filters).length > 0);
  } catch {
    status!.textContent = '搜索暂时无法使用。请直接浏览下方的办事指南和年度报告。';
  }
}

if (form && input && status && list) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const param of Object.keys(FILTER_KEYS)) {
    const el = form.elements.namedItem(param) as HTMLSelectElement | null;
    const v = params.get(param);
    if (el && v) el.value = v;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.search = new URLSearchParams(
      [...new FormData(form).entries()].filter(([, v]) => String(v) !== '').map(([k, v]) => [k, String(v)]),
    ).toString();
    history.pushState(null, '', url);
    void run();
  });
  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    void run();
  });
  document.documentElement.classList.add('search-ready');
  if (input.value) void run();
}
