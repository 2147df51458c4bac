// Links and images in a report or guide body that the sanitiser would remove at build without a word: the link
// goes dead, the image vanishes. Links (Markdown links, autolinks, reference definitions, `<a href>`, `cite`,
// `longdesc`) follow the one URL rule of src/lib/core/site-url.ts; images and other loaded sources (Markdown images,
// `src`, `poster`, `srcset`) must stay on this site, by the very test the sanitiser applies.
import type { Problem } from '../core/problem.ts';
import { resolvesToSite, srcsetUrls, urlProblem } from '../core/site-url.ts';
import { walkTree, type MdNode } from './body-tree.ts';
import type { RawElement } from './raw-html.ts';

/** A link or image problem, with the body line it is on. */
export type BodyLinkProblem = Pick<Problem, 'problem' | 'fix'> & { line: number };

// The URL rule's fixes end with advice for a front-matter field; in a body, deleting the line would lose text.
const FIELD_ADVICE = /；不知道就删掉这一行$/;
const KEEP_TEXT = '；不需要链接就删去链接，只保留文字';

// Attributes whose value is an address a reader follows (never loaded by the page itself).
const LINK_ATTRS = new Set(['href', 'cite', 'longdesc']);
// Attributes whose value the page loads: they must resolve to this site.
const LOADED_ATTRS = new Set(['src', 'poster']);

/** An in-page anchor (`#第二节`) is a relative address the sanitiser keeps; the URL rule is for whole addresses. */
function linkProblem(url: string, what: string, line: number): BodyLinkProblem | undefined {
  if (url.startsWith('#')) return undefined;
  const p = urlProblem(url);
  if (!p) return undefined;
  return {
    line,
    problem: `${what}的网址不能发布：${p.problem}`,
    fix: p.fix.replace(FIELD_ADVICE, '') + KEEP_TEXT,
  };
}

function imageProblem(what: string, line: number): BodyLinkProblem {
  return {
    line,
    problem: `${what}的地址不在本站（以 https://、http://、// 或 data: 开头，或被浏览器读成别的网站），网站会删去这张图片，读者看不到`,
    fix: '请网站维护人员把图片文件放到本站，地址写成以一个 / 开头的路径，如 /images/2023-photo.jpg；用不上就删去这张图片',
  };
}

/** Link and image problems of the Markdown (not raw HTML) of a parsed body, in document order. */
function markdownProblems(tree: MdNode): BodyLinkProblem[] {
  const out: BodyLinkProblem[] = [];
  for (const { node } of walkTree(tree)) {
    const line = node.position?.start.line ?? 1;
    const url = typeof node.url === 'string' ? node.url : undefined;
    if (url === undefined) continue;
    if (node.type === 'image') {
      if (!resolvesToSite(url)) out.push(imageProblem(`图片“${node.alt ?? ''}”`, line));
      continue;
    }
    const what = node.type === 'definition' ? `链接定义“[${node.label ?? ''}]:”` : '链接';
    const p = linkProblem(url, what, line);
    if (p) out.push(p);
  }
  return out;
}

/** Link and image problems of the raw HTML elements of a body (those the sanitiser keeps at all). */
function rawHtmlProblems(elements: readonly RawElement[]): BodyLinkProblem[] {
  const out: BodyLinkProblem[] = [];
  for (const el of elements) {
    if (el.removed) continue;
    for (const { name, value } of el.attrs) {
      const what = `<${el.tag}> 标签的 ${name} 属性`;
      if (LINK_ATTRS.has(name)) {
        const p = linkProblem(value, what, el.line);
        if (p) out.push(p);
      } else if (LOADED_ATTRS.has(name) && !resolvesToSite(value)) {
        out.push(imageProblem(what, el.line));
      } else if (name === 'srcset' && !srcsetUrls(value).every(resolvesToSite)) {
        out.push(imageProblem(what, el.line));
      }
    }
  }
  return out;
}

/** Every link and image of a body the sanitiser would remove, sorted by line. */
export function findBodyLinkProblems(tree: MdNode, elements: readonly RawElement[]): BodyLinkProblem[] {
  return [...markdownProblems(tree), ...rawHtmlProblems(elements)].sort((a, b) => a.line - b.line);
}
