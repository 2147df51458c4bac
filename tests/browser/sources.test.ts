// Sources a reader can follow (issue 18, part 2), over every built page as served (the view with JavaScript off;
// figures are written into the HTML at build time, so no script is needed to see them or their links):
// - every element that shows a sourced figure (`data-figure="<anchor>"`) links to `/sources/<id>/#<anchor>`, and
//   that source page lists the figure: an entry with that id, the same values (`<data value>`), the same quote
//   where the element shows one, and a link to the page showing it (the figure's own page, or another page the
//   entry names as showing it, or the page the element itself links to, as a key figure links to its dataset);
// - every figure a source page lists is shown, with that link, on the page the entry links to;
// - every `<data>` value outside the source pages sits inside a marked figure, so a figure cannot be shown
//   without its link;
// - no page shows a kept file's name (`003_a1e747283835999b.txt`) or a document by its bare number (文件 003).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { DIST, listPages } from './harness.ts';

const pages = listPages();
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

const docs = new Map<string, Document>();
/** The parsed page at `path` (a parser, never a pattern over the HTML), or undefined when it was not built. */
function pageAt(path: string): Document | undefined {
  if (!docs.has(path)) {
    const file = fileOf(path);
    if (!existsSync(file)) return undefined;
    docs.set(path, new JSDOM(readFileSync(file, 'utf8')).window.document);
  }
  return docs.get(path);
}

const SOURCE_LINK = /^\/sources\/(\d{3})\/#(.+)$/;
const isSourcePage = (path: string) => path.startsWith('/sources/');
const pathOf = (href: string) => href.split('#')[0]!;
const digits = (s: string) => s.replace(/[^0-9]/g, '');
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

interface Marked {
  page: string;
  anchor: string;
  el: Element;
}

const marked: Marked[] = [];
for (const page of pages) {
  if (isSourcePage(page)) continue;
  for (const el of pageAt(page)!.querySelectorAll('[data-figure]')) {
    marked.push({ page, anchor: el.getAttribute('data-figure')!, el });
  }
}

/** What is wrong with one marked figure, or undefined. */
function figureProblem({ page, anchor, el }: Marked): string | undefined {
  const links = [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
  const own = links.find((h) => SOURCE_LINK.exec(h)?.[2] === anchor);
  if (!own) return `没有链接到来源页上的这一项（/sources/<编号>/#${anchor}）；链接有：${links.join('、') || '无'}`;
  const sourcePage = pathOf(own);
  const source = pageAt(sourcePage);
  if (!source) return `来源页 ${sourcePage} 不存在`;
  const entry = source.getElementById(anchor);
  if (!entry?.hasAttribute('data-source-entry')) return `来源页 ${sourcePage} 没有列出这一项（#${anchor}）`;
  const listed = new Set([...entry.querySelectorAll('data[value]')].map((d) => d.getAttribute('value')));
  for (const d of el.querySelectorAll('data[value]')) {
    const value = d.getAttribute('value')!;
    if (!listed.has(value)) return `数值 ${value} 不在来源页的这一项中（那里有：${[...listed].join('、')}）`;
    // The value the test compares is the one the reader sees: a number's digits are in the shown text.
    if (/^-?\d+(\.\d+)?$/.test(value) && !digits(d.textContent ?? '').includes(digits(value)))
      return `显示的“${norm(d.textContent)}”与数值 ${value} 不符`;
  }
  const quote = el.querySelector('q, blockquote');
  const entryQuote = entry.querySelector('blockquote');
  if (quote && norm(quote.textContent) !== norm(entryQuote?.textContent))
    return `引文“${norm(quote.textContent)}”与来源页的原句“${norm(entryQuote?.textContent)}”不同`;
  const entryPages = [...entry.querySelectorAll('a[href]')].map((a) => pathOf(a.getAttribute('href')!));
  if (!entryPages.includes(page) && !links.some((h) => entryPages.includes(pathOf(h))))
    return `来源页的这一项链接到 ${entryPages.join('、')}，不是本页，也不是本项链接的网页`;
  return undefined;
}

describe('every figure links to a source page that lists it', () => {
  it('finds the built pages, the source pages and the marked figures', () => {
    assert.ok(pages.length > 50, `only ${pages.length} pages`);
    assert.ok(pages.includes('/sources/'), 'no /sources/ page');
    assert.ok(pages.filter((p) => /^\/sources\/\d{3}\/$/.test(p)).length >= 5, 'fewer than five source pages');
    assert.ok(marked.length > 200, `only ${marked.length} marked figures`);
  });

  // Pages that must show figures: a dataset page or an indicator page without one has lost its markup.
  const mustShow = pages.filter((p) => /^\/data\/[^/]+\/$/.test(p) || /^\/plans\/[^/]+\/[^/]+\/$/.test(p));
  it('every dataset, indicator and plan page and the comparison show marked figures', () => {
    const datasetPages = mustShow.filter((p) => pageAt(p)!.querySelector('#table'));
    const indicatorPages = mustShow.filter(
      (p) => p.startsWith('/plans/') && pageAt(p)!.querySelector('#values-caption'),
    );
    assert.ok(datasetPages.length >= 5 && indicatorPages.length >= 20, 'too few dataset or indicator pages found');
    // A plan's table and the comparison across regions repeat indicator values.
    const planPages = pages.filter((p) => /^\/plans\/[^/]+\/$/.test(p) && pageAt(p)!.querySelector('#ind-caption'));
    assert.ok(planPages.length >= 5, 'too few plan pages found');
    const summaries = [...planPages, '/plans/compare/'];
    const bare = [...datasetPages, ...indicatorPages, ...summaries].filter((p) => !marked.some((m) => m.page === p));
    assert.deepEqual(bare, [], 'pages with figures but no marked figure');
  });

  const byPage = Map.groupBy(marked, (m) => m.page);
  for (const [page, list] of byPage) {
    it(`${page}（${list.length} 项）`, () => {
      const problems = list.flatMap((m) => {
        const p = figureProblem(m);
        return p ? [`  #${m.anchor}: ${p}`] : [];
      });
      assert.deepEqual(problems, [], `${page}\n${problems.join('\n')}`);
    });
  }

  it('every <data> value outside the source pages is inside a marked figure', () => {
    const loose = pages
      .filter((p) => !isSourcePage(p))
      .flatMap((p) =>
        [...pageAt(p)!.querySelectorAll('data')]
          .filter((d) => !d.closest('[data-figure]'))
          .map((d) => `${p}: ${norm(d.textContent)}`),
      );
    assert.deepEqual(loose, []);
  });
});

describe('every figure a source page lists is shown, with its link, on the page it names', () => {
  const sourcePages = pages.filter((p) => /^\/sources\/\d{3}\/$/.test(p));
  for (const sp of sourcePages) {
    it(sp, () => {
      const problems: string[] = [];
      const entries = [...pageAt(sp)!.querySelectorAll('[data-source-entry]')];
      for (const entry of entries) {
        const shownOn = pathOf(entry.querySelector('a[href]')?.getAttribute('href') ?? '');
        const page = pageAt(shownOn);
        const el = page?.querySelector(`[data-figure="${entry.id}"]`);
        if (!el) problems.push(`  #${entry.id}: ${shownOn || '（没有链接）'} 上没有这一项`);
        else if (![...el.querySelectorAll('a[href]')].some((a) => a.getAttribute('href') === `${sp}#${entry.id}`))
          problems.push(`  #${entry.id}: ${shownOn} 上的这一项没有链接回来源页`);
      }
      assert.deepEqual(problems, [], `${sp}\n${problems.join('\n')}`);
    });
  }
});

describe('no page names a document by its file name or bare number', () => {
  const FILE_NAME = /_[0-9a-f]{16}\.txt/;
  const BARE_NUMBER = /文件\s*\d{3}/;
  it('has pages to read', () => assert.ok(pages.length > 50));
  for (const path of pages) {
    it(path, () => {
      const d = pageAt(path)!;
      const text = `${d.title}\n${d.body?.textContent ?? ''}`;
      assert.doesNotMatch(text, FILE_NAME, `${path} 显示了原文件的文件名`);
      assert.doesNotMatch(text, BARE_NUMBER, `${path} 用编号称呼来源文件（文件 00x）`);
      docs.delete(path);
    });
  }
});
