/**
 * Reader for saved web pages (`.html`/`.htm`, UTF-8 or GB2312/GBK): the article of a government CMS page as
 * blocks, with the site's chrome removed and listed.
 *
 * The page is parsed with jsdom (the WHATWG HTML parser, parse5: the same tree a browser builds from the malformed
 * markup these templates are full of, and a source line for every node). @mozilla/readability says where the
 * article is (`web-article.ts`); the reader then lays the whole body out in lines (`web-lines.ts`) and decides
 * each one: the title becomes the first block (a paragraph equal to `meta.title`, which `convertDocument` takes as the
 * title) and the info line goes to `meta`; every line outside the article container, and every chrome
 * line inside it (`web-chrome.ts`), goes to `removed`; the rest become blocks.
 *
 * `sourceText` is all the text of `<body>` as shown, each piece on its source line (a run of removed lines listed as
 * one entry sits on the entry's line, where the words-kept check looks for it). A title that only the meta tags or
 * `<title>` give is not in it (the body does not show it; the importer writes it from `meta.title`). So the
 * words-kept check sees the site's navigation and footer too, and finds each of them in `removed`, next to the
 * chrome removed from inside the article.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Note, Removed, RemovedKind } from './blocks.ts';
import type { DocBlock, ReadDocument } from './types.ts';
import { findArticle } from './web-article.ts';
import { chromeLineKind, outsideKind, regionOf } from './web-chrome.ts';
import { boldHeadingLevels } from './web-headings.ts';
import { decodeWebPage } from './web-encoding.ts';
import { joinText, type WebImage, type WebItem, type WebLine, webItems } from './web-lines.ts';
import { metaFacts, parseInfoLine, type PageFacts } from './web-meta.ts';

// A line at least this much link text, in a part of the article Readability dropped, is a list of links.
const LINK_LIST_SHARE = 0.8;
// A caption is a short line; longer text under a picture is a paragraph.
const MAX_CAPTION = 60;
// Shortest title accepted from a mere prefix of `<title>` (`标题_网站名`).
const MIN_TITLE_PREFIX = 6;
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
// Pages with fewer items than this are numbered by source line whatever their layout.
const MIN_ITEMS_FOR_RENUMBER = 4;

function isCentered(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.tagName === 'CENTER') return true;
    const align = e.getAttribute('align')?.toLowerCase() ?? (e as HTMLElement).style?.textAlign;
    if (align) return align === 'center';
    if (!['SPAN', 'FONT', 'B', 'STRONG', 'EM', 'I'].includes(e.tagName) && e !== el) return false;
  }
  return false;
}

function nextElement(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && (next.textContent ?? '').trim() === '' && !next.querySelector('img')) next = next.nextElementSibling;
  return next;
}

/**
 * Whether `line` is the caption of `image`: short, right under it, and centred, in `<figcaption>` or 图… A centred
 * line with a table right under it titles that table (表1 …, 2022年主要指标完成情况), whatever is above it.
 */
function isCaption(image: WebImage, line: WebLine, after: WebItem | undefined): boolean {
  if (line.text.length > MAX_CAPTION || line.heading || line.list) return false;
  if (line.block.tagName === 'FIGCAPTION') return true;
  if (after?.kind === 'table' && nextElement(line.block) === after.node) return false;
  const below = line.block === image.block || nextElement(image.block) === line.block;
  return below && (isCentered(line.block) || /^图\s*\d*\s*[为：:.、]/.test(line.text));
}

function fontsUsed(container: Element): string[] {
  const fonts = new Set<string>();
  for (const el of Array.from(container.querySelectorAll('[style], font[face]'))) {
    const family = (el as HTMLElement).style?.fontFamily || el.getAttribute('face') || '';
    for (const f of family.split(',')) {
      const name = f.trim().replace(/^["']|["']$/g, '');
      if (name) fonts.add(name);
    }
  }
  return [...fonts];
}

/**
 * The line that shows the title: equal to the wanted title (ArticleTitle, else Readability's), else a line that
 * `<title>` starts with (`标题_网站名`); one inside the article area first, as a sidebar may list the same title.
 */
function titleLineOf(
  lines: WebLine[],
  wanted: string | undefined,
  docTitle: string,
  inside: (n: Node) => boolean,
): WebLine | undefined {
  const match = (l: WebLine) =>
    (wanted !== undefined && l.text === wanted) || (l.text.length >= MIN_TITLE_PREFIX && docTitle.startsWith(l.text));
  const visible = lines.filter((l) => !l.hidden && match(l));
  const exact = (ls: WebLine[]) => ls.find((l) => l.text === wanted) ?? ls[0];
  // The first line that shows exactly the wanted title and is no link: a 集约化 page sets its title above the
  // content area and may repeat it inside, under the 文号 (示政办发〔2022〕3号), where it is no longer the first line.
  const shown = visible.find((l) => wanted !== undefined && l.text === wanted && l.linkChars * 2 < l.text.length);
  return shown ?? exact(visible.filter((l) => inside(l.node))) ?? exact(visible);
}

/** Gives every item its reading-order number instead of its source line (a table row counts as a line). */
function renumber(items: WebItem[]): void {
  let n = 0;
  for (const it of items) {
    it.line = ++n;
    if (it.kind === 'table') {
      it.source = it.source.map((r, i) => ({ ...r, line: i === 0 ? it.line : ++n }));
    }
  }
}

/**
 * Reads a saved web page. `_name` (the file name) is part of every reader's signature; this reader needs none.
 * Line numbers are those of the saved file, so an official can find each block and removal in it; a page whose
 * source has far fewer lines than text lines (minified HTML) is numbered in reading order instead.
 * Throws `WebEncodingError` for an encoding the decoder does not know.
 */
export async function readWebPage(bytes: Uint8Array, _name: string): Promise<ReadDocument> {
  const decoded = decodeWebPage(bytes);
  const dom = new JSDOM(decoded.text, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const lineOf = (n: Node) => dom.nodeLocation(n)?.startLine ?? 1;
  const tags = metaFacts(doc);
  const area = findArticle(doc);
  const items = webItems(doc.body, lineOf);
  const notes: Note[] = [];
  if (items.length >= MIN_ITEMS_FOR_RENUMBER && new Set(items.map((it) => it.line)).size * 4 < items.length) {
    renumber(items);
    notes.push({ line: 1, text: '网页源文件几乎没有分行（压缩过的网页），行号按网页上从上到下的阅读顺序计算' });
  }
  const lines = items.filter((it): it is WebLine => it.kind === 'line');
  const docTitle = doc.title.trim();
  const inside = (n: Node) => area.container.contains(n);
  const titleLine = titleLineOf(lines, tags.title ?? area.title, docTitle, inside);
  const beforeTitle = new Set(titleLine ? items.slice(0, items.indexOf(titleLine)) : []);
  const boldLevel = boldHeadingLevels(lines, (l) => inside(l.node) && !l.hidden && l !== titleLine);

  const blocks: DocBlock[] = [];
  const removed: Removed[] = [];
  // The source text, placed at the line each piece is reported at, so that a removal is found at its own line.
  const source: string[] = [];
  const place = (line: number, text: string) => {
    source[line - 1] = source[line - 1] ? `${source[line - 1]} ${text}` : text;
  };
  const wholeBody = area.container === doc.body;
  let lastRemoved: Removed | undefined;
  /** Lists a removal; a run of lines of one kind is one entry, its text placed at the entry's line. */
  const remove = (kind: RemovedKind, text: string, line: number) => {
    if (lastRemoved?.kind === kind) {
      lastRemoved.text = `${lastRemoved.text} ${text}`;
    } else {
      lastRemoved = { kind, text, line };
      removed.push(lastRemoved);
    }
    place(lastRemoved.line, text);
  };
  const keep = (block: DocBlock, ...texts: string[]) => {
    lastRemoved = undefined;
    blocks.push(block);
    for (const t of texts) place(block.line, t);
  };

  notes.push({ line: 1, text: `网页编码：${decoded.encoding}（${decoded.source}）` });
  if (decoded.mismatch) notes.push({ line: 1, text: decoded.mismatch });
  if (!area.found)
    notes.push({ line: 1, text: '没有找到网页的正文区域，整个网页按正文处理；请删去导航、页脚等多余内容' });

  const info: PageFacts = {};
  let headingBlock: Element | undefined;
  let titleKept = false;
  for (let i = 0; i < items.length; i++) {
    const it: WebItem = items[i]!;
    if (it.kind === 'table') {
      const text = it.source.map((r) => r.text).join(' ');
      // A table above the title is the page's (a 信息公开 index of 索引号, 发布机构, 成文日期), not the article's.
      if (!inside(it.node) || beforeTitle.has(it)) {
        remove(regionOf(it.node) ?? outsideKind(text, it.node), text, it.line);
        continue;
      }
      lastRemoved = undefined;
      blocks.push({ type: 'table', rows: it.rows, line: it.line });
      for (const r of it.source) place(r.line, r.text);
      if (it.merged) notes.push({ line: it.line, text: '表格有合并单元格，合并的文字写入它占的每一格' });
      continue;
    }
    if (it.kind === 'image') {
      if (!inside(it.node)) continue; // a logo or an icon: no text of the page
      const alt = it.alt ?? it.title;
      const figure: DocBlock = { type: 'figure', line: it.line, ...(alt ? { alt } : {}) };
      const next = items[i + 1];
      if (next?.kind === 'line' && inside(next.node) && !next.hidden && isCaption(it, next, items[i + 2])) {
        figure.caption = next.text;
        notes.push({ line: next.line, text: `图片下方的“${next.text}”作为图片说明` });
        i++;
      }
      // Alt text at the image's line, the caption at its own: the order the page and the figure note have them.
      // Alt text that only repeats the caption is written once in the figure note, so it is source text once.
      const repeats = alt !== undefined && figure.caption !== undefined && tidy(alt) === tidy(figure.caption);
      keep(figure, ...(alt && !repeats ? [alt] : []));
      if (figure.caption) place(next!.line, figure.caption);
      continue;
    }
    // The title goes first, as a paragraph equal to meta.title: convertDocument takes it as the document's title.
    if (it === titleLine && blocks.length === 0) {
      keep({ type: 'paragraph', text: it.text, line: it.line }, it.text);
      titleKept = true;
      notes.push({ line: it.line, text: `标题取自网页第 ${it.line} 行：${it.text}` });
      continue;
    }
    if (it.hidden) {
      remove('hidden', it.text, it.line);
      continue;
    }
    const facts = parseInfoLine(it.text);
    if (facts) {
      info.published ??= facts.published;
      info.publisher ??= facts.publisher;
      remove('page-info', it.text, it.line);
      continue;
    }
    if (!inside(it.node)) {
      remove(outsideKind(it.text, it.block), it.text, it.line);
      continue;
    }
    // When no article area narrower than <body> was found, menus and footers are known by their elements only.
    const chrome = chromeLineKind(it.text) ?? (wholeBody ? regionOf(it.block) : undefined);
    if (chrome) {
      remove(chrome, it.text, it.line);
      continue;
    }
    const bare = it.text.replace(/\s/g, '');
    const dropped = area.found && !area.keptText.includes(bare);
    if (dropped && it.linkChars >= LINK_LIST_SHARE * bare.length) {
      remove('link-list', it.text, it.line);
      continue;
    }
    // Above the title is the page's, not the article's (a column name, a sidebar), unless Readability kept it.
    if (dropped && beforeTitle.has(it)) {
      remove('outside-article', it.text, it.line);
      continue;
    }
    if (dropped) notes.push({ line: it.line, text: `自动识别认为这一行不像正文，已保留，请核对：${it.text}` });
    const level = it.heading ?? boldLevel(it);
    if (level !== it.heading) notes.push({ line: it.line, text: `加粗的编号行作为小标题：${it.text}` });
    // A second line of one <h…> (after a <br>): a wrapped heading goes on the first; a sentence is the section's
    // text typed into the heading, a paragraph.
    const prev = blocks.at(-1);
    const sameHeading = it.heading && prev?.type === 'heading' && headingBlock === it.block && !lastRemoved;
    headingBlock = it.heading ? it.block : undefined;
    if (sameHeading && /[。！？；]$|^.{41,}$/.test(it.text)) {
      notes.push({ line: it.line, text: `标题里换行之后的句子是正文，已分成段落：${it.text}` });
      keep({ type: 'paragraph', text: it.text, line: it.line }, it.text);
    } else if (sameHeading) {
      prev.text = joinText(prev.text, it.text);
      place(it.line, it.text);
    } else if (level) keep({ type: 'heading', level, text: it.text, line: it.line }, it.text);
    else if (it.list)
      keep(
        { type: 'list-item', text: `${it.list.marker}${it.text}`, depth: it.list.depth, line: it.line },
        `${it.list.marker}${it.text}`,
      );
    else keep({ type: 'paragraph', text: it.text, line: it.line }, it.text);
  }

  // A title only the meta tags or <title> give is not in the body: it is no source text, and is written from meta.
  const title = titleKept ? titleLine!.text : (tags.title ?? area.title ?? (docTitle || undefined));
  if (!titleKept && title)
    notes.push({
      line: 1,
      text: `网页正文的开头没有标题行，标题取自网页的${tags.title ? ' ArticleTitle 标签' : ' <title>'}：${title}`,
    });
  const published = info.published ?? tags.published;
  if (info.published && tags.published && info.published !== tags.published) {
    notes.push({
      line: 1,
      text: `发布信息行的日期 ${info.published} 与 PubDate 标签的 ${tags.published} 不同，采用发布信息行`,
    });
  }
  const publisher = info.publisher ?? tags.publisher;
  const fonts = fontsUsed(area.container);
  if (fonts.length)
    notes.push({ line: 1, text: `已去掉网页样式（字体 ${fonts.join('、')}，字号、缩进、颜色等），文字未改` });
  if (!blocks.some((b) => b.type === 'heading')) {
    notes.push({ line: 1, text: '网页正文没有用 <h2>…<h6> 标出小标题，小标题按编号（一、（一）1.）等文字规则判断' });
  }
  notes.sort((a, b) => a.line - b.line);

  return {
    format: `网页（${decoded.encoding}）`,
    explicitParagraphs: true,
    blocks,
    removed,
    notes,
    meta: { ...(title ? { title } : {}), ...(published ? { published } : {}), ...(publisher ? { publisher } : {}) },
    sourceText: Array.from(source, (l) => l ?? '').join('\n'),
  };
}
