import { isRealDate } from '../../core/schema-common.ts';
import type { Removed, SourceLine } from '../../documents/blocks.ts';

/** Word's table-of-contents bookmarks that some text extractors leave in, e.g. `[bookmark: _Toc108453025]`. */
const BOOKMARK = /\[bookmark:[^\]]*\]/g;
/** Markers a scraping tool put around paywalled text; they are not part of the document. */
const PAID_MARKER = /##paid(?:begin|end)##/g;

/** Lines of web-page chrome: today's date, the site's greeting, the publication line with view counts. */
const CHROME = [
  /^今天是/,
  /欢迎您?访问/,
  /浏览次数|点击数|点击量|阅读次数/,
  /^(发布时间|发布日期|信息来源|来源|作者)[:：]/,
];
const PUBLISHED = /发布(?:时间|日期)[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** How many lines at the top of a document may be page chrome (chrome sits around the title). */
const HEAD_LINES = 6;

/** Result of removing artifacts: the remaining lines, what was removed, and the publication date if found. */
export interface ArtifactResult {
  lines: SourceLine[];
  removed: Removed[];
  /** `YYYY-MM-DD`, from a `发布时间:` line of the page chrome. */
  published?: string;
}

/**
 * Removes what is not part of the document: Word bookmark markers and scraping markers anywhere, and web-page
 * chrome among the first lines (today's date, 欢迎您访问…, 发布时间/浏览次数/作者). The publication date of a
 * removed `发布时间` line is kept. Every removal is recorded with its line.
 */
export function removeArtifacts(lines: SourceLine[]): ArtifactResult {
  const removed: Removed[] = [];
  const out: SourceLine[] = [];
  let published: string | undefined;
  for (const [i, l] of lines.entries()) {
    let text = l.text;
    for (const [kind, re] of [
      ['bookmark', BOOKMARK],
      ['paid-marker', PAID_MARKER],
    ] as const) {
      text = text.replace(re, (m) => {
        removed.push({ kind, text: m, line: l.line });
        return '';
      });
    }
    text = text.trim();
    if (text === '') continue;
    if (i < HEAD_LINES && text.length <= 80 && CHROME.some((re) => re.test(text))) {
      removed.push({ kind: 'page-chrome', text, line: l.line });
      const m = PUBLISHED.exec(text);
      if (m && !published) {
        const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
        if (isRealDate(iso)) published = iso;
      }
      continue;
    }
    out.push({ text, line: l.line });
  }
  return { lines: out, removed, published };
}
