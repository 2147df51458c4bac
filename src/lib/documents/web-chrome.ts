/**
 * Recognises the parts of a government CMS page that are the site's, not the article's: each rule looks at one
 * short line of text as shown (`【打印本页】【关闭窗口】`, `当前位置：首页 > …`) or, outside the article, at the element
 * the line sits in (`<nav>`, `class="footer"`). Nothing here reads HTML source; lines come from the DOM.
 */
import type { RemovedKind } from './blocks.ts';

// Buttons and switches a page shows around an article, and what each is. A line made only of these (brackets,
// spaces and separators aside) is chrome. 大/中/小 alone are not enough: they must come with 字号/字体 or as 大中小.
const WIDGETS: [string, RemovedKind][] = [
  ['打印本页', 'print-close'],
  ['我要打印', 'print-close'],
  ['打印此页', 'print-close'],
  ['打印文章', 'print-close'],
  ['打印正文', 'print-close'],
  ['打印', 'print-close'],
  ['关闭窗口', 'print-close'],
  ['关闭本页', 'print-close'],
  ['关闭', 'print-close'],
  ['返回顶部', 'print-close'],
  ['返回列表', 'print-close'],
  ['返回上一页', 'print-close'],
  ['返回', 'print-close'],
  ['加入收藏', 'print-close'],
  ['收藏本页', 'print-close'],
  ['收藏', 'print-close'],
  ['保存本页', 'print-close'],
  ['我要纠错', 'print-close'],
  ['纠错', 'print-close'],
  ['顶部', 'print-close'],
  ['字号', 'font-size'],
  ['字体', 'font-size'],
  ['大中小', 'font-size'],
  ['默认', 'font-size'],
  ['放大', 'font-size'],
  ['缩小', 'font-size'],
  ['分享到', 'share'],
  ['分享', 'share'],
  ['新浪微博', 'share'],
  ['腾讯微博', 'share'],
  ['微博', 'share'],
  ['微信', 'share'],
  ['朋友圈', 'share'],
  ['QQ空间', 'share'],
  ['QQ好友', 'share'],
  ['QQ', 'share'],
  ['复制链接', 'share'],
  ['大', 'font-size'],
  ['中', 'font-size'],
  ['小', 'font-size'],
];
const WEAK = new Set(['大', '中', '小', '默认', '放大', '缩小', '顶部', '微信', '微博', 'QQ']);
// Brackets, separators and spaces between widgets.
const SEPARATORS = /[\s【】[\]［］()（）<>《》〈〉|｜:：·•、,，/／]/g;

/** The kind of a line made only of page widgets (print/close, font size, share), or undefined. */
export function widgetKind(text: string): RemovedKind | undefined {
  const bare = text.replace(SEPARATORS, '');
  if (!bare) return undefined;
  let kind: RemovedKind | undefined;
  let strong = false;
  for (let i = 0; i < bare.length;) {
    const hit = WIDGETS.find(([w]) => bare.startsWith(w, i));
    if (!hit) return undefined;
    if (!WEAK.has(hit[0])) {
      strong = true;
      kind ??= hit[1];
    }
    i += hit[0].length;
  }
  if (strong) return kind;
  return bare === '大中小' ? 'font-size' : undefined;
}

const BREADCRUMB_START =
  /^(当前位置|您的位置|您现在的位置|您当前的位置|您当前所在位置|您所在的位置|所在位置|当前的位置|现在位置)\s*([：:]|$)/;
const BREADCRUMB_WORD =
  /^(当前位置|您的位置|您现在的位置|您当前的位置|您当前所在位置|您所在的位置|所在位置|当前的位置|现在位置)/;
// A breadcrumb without a colon still has its separators: 当前位置 首页 > 新闻中心.
const BREADCRUMB_SEPARATOR = /[>›»]/;
const VIEW_COUNT_WORDS = '(浏览次数|阅读次数|点击数|点击次数|点击率|点击量|访问量|访问次数|浏览量|阅读量|浏览)';
const VIEW_COUNT = new RegExp(`^${VIEW_COUNT_WORDS}\\s*[：:]\\s*[\\d,]*\\s*次?$`);
// A view count anywhere in a line, for a toolbar line that has one among its buttons (浏览次数：0 [打印] [关闭]).
const VIEW_COUNT_PART = new RegExp(`${VIEW_COUNT_WORDS}\\s*[：:]\\s*[\\d,]*\\s*次?`, 'g');
// With a colon or alone: 上一篇文章提到… is a sentence.
const PREV_NEXT = /^(上一篇|下一篇|上一条|下一条|上篇|下篇)\s*([：:]|$)/;
const SITE_ID = /ICP\s*备|网站标识码|公网安备|公安备案|公安机关备案|ICP证/;
// The CMS's byline under an article, alone on its line and often bracketed: （责任编辑：王某 审核：李某）.
const BYLINE =
  /^[（(【[［]?\s*(责任编辑|责编|编辑|审核|审校|校对|终审|签发)\s*[：:][^（()）【】[\]［］]{1,40}[）)】\]］]?$/;
// The prompt under a page's QR code: 扫一扫在手机打开当前页, 手机扫码阅读本文.
const QR_PROMPT =
  /^(扫一扫|扫描二维码|扫码|手机扫码)[，,\s]*(在|用)?(手机)?上?(打开|查看|浏览|阅读)(当前页|本页|此页|当前页面|本文)?$/;
// Longest line the line rules accept: past this a line is article text, whatever it starts with.
const MAX_CHROME_LINE = 200;

/**
 * The kind of a line that is site chrome wherever it appears, also inside the article container: the breadcrumb,
 * font-size switch, view count, share and print/close buttons, previous/next links, ICP number and site code.
 */
export function chromeLineKind(text: string): RemovedKind | undefined {
  if (text.length > MAX_CHROME_LINE) return undefined;
  if (BREADCRUMB_START.test(text) || (BREADCRUMB_WORD.test(text) && BREADCRUMB_SEPARATOR.test(text)))
    return 'breadcrumb';
  if (VIEW_COUNT.test(text)) return 'view-count';
  if (PREV_NEXT.test(text)) return 'prev-next';
  if (SITE_ID.test(text)) return 'site-id';
  if (BYLINE.test(text)) return 'byline';
  if (QR_PROMPT.test(text)) return 'qr-code';
  const buttons = text.replace(VIEW_COUNT_PART, ' ');
  if (buttons !== text && widgetKind(buttons)) return 'view-count';
  return widgetKind(text);
}

// Footer lines; only outside the article, where 联系电话 or 主办单位 cannot be the article's own text.
const FOOTER_TEXT =
  /版权所有|主办单位|承办单位|协办单位|主办：|承办：|技术支持|维护单位|运维单位|Copyright|©|网站地图|联系我们|浏览器|分辨率|网站纠错|网站声明|隐私/i;

// Class and id words CMS templates use for their regions (split at spaces, - and _).
const REGION_WORDS: [RegExp, RemovedKind][] = [
  [/^(nav|navbar|navigation|menu|mainnav|topnav|subnav|daohang|dh|lanmu)$/, 'site-nav'],
  [/^(location|position|crumb|crumbs|breadcrumb|dqwz|wz|weizhi|path|curpos)$/, 'breadcrumb'],
  [/^(footer|foot|bottom|copyright|copy|banquan|bq|ft)$/, 'footer'],
  [/^(header|head|top|banner|logo|topbar)$/, 'page-chrome'],
];

function regionKind(el: Element): RemovedKind | undefined {
  const role = el.getAttribute('role');
  if (el.tagName === 'NAV' || role === 'navigation') return 'site-nav';
  if (el.tagName === 'FOOTER' || role === 'contentinfo') return 'footer';
  if (el.tagName === 'HEADER' || role === 'banner') return 'page-chrome';
  const words = `${el.id} ${el.getAttribute('class') ?? ''}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  for (const [re, kind] of REGION_WORDS) if (words.some((w) => re.test(w))) return kind;
  return undefined;
}

/** The region (navigation, header, footer) an element is in, by its tag, role, id or class; undefined if none. */
export function regionOf(block: Element): RemovedKind | undefined {
  for (let el: Element | null = block; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const kind = regionKind(el);
    if (kind) return kind;
  }
  return undefined;
}

/**
 * The kind of a line outside the article container: a chrome line rule, else the nearest region element around
 * it (navigation, header, footer), else a footer line, else plain `outside-article`.
 */
export function outsideKind(text: string, block: Element): RemovedKind {
  const byText = chromeLineKind(text) ?? regionOf(block);
  if (byText) return byText;
  if (FOOTER_TEXT.test(text)) return 'footer';
  return 'outside-article';
}
