import { decodeHTMLAttribute } from 'entities';
import { z } from 'zod';
import { msg } from './problem.ts';

// The one URL rule (issue 14, class 5). A URL an official writes in front matter or data (`org.website`,
// `source.url`, …) becomes an `href` on a page, so it must be something a reader can follow and nothing that runs
// or loads: http(s) to another site, mailto:, tel:, or a path on this site. Browsers are lenient in ways that
// turn innocent-looking text into another scheme or host (entities and percent-escapes decoded, tabs and newlines
// removed, a backslash read as a slash), so the rule looks at the address the way a browser will, not as written.

/** Schemes a URL field may use (besides a path on this site starting with a single `/`). */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** What is wrong with a URL, phrased for the official. */
export interface UrlProblem {
  problem: string;
  fix: string;
}

const FIX_FULL_URL =
  '写成从浏览器地址栏复制的完整网址（以 https:// 或 http:// 开头）；本站页面写成以一个 / 开头的路径，如 /orgs/lishui/；不知道就删掉这一行';

/** Decodes HTML character references and percent-escapes until nothing changes (`%2509` is a tab twice over). */
function decodeFully(raw: string): string {
  let s = raw;
  for (let i = 0; i < 5; i++) {
    // Byte by byte: a malformed escape (`%zz`) or a half UTF-8 sequence must not stop the decoding of the rest.
    const next = decodeHTMLAttribute(s).replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (next === s) return s;
    s = next;
  }
  return s;
}

// C0 controls, DEL and C1 controls; ASCII tab, newline and carriage return are among them.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The address as a browser reads it: decoded, tabs and newlines removed, leading and trailing spaces dropped. */
function asBrowserReads(raw: string): string {
  return (
    decodeFully(raw)
      .replace(/[\t\n\r]/g, '')
      // eslint-disable-next-line no-control-regex -- the URL standard strips leading and trailing C0 controls and spaces
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  );
}

/**
 * Checks one URL written in a content or data file. Returns what is wrong, or undefined when the URL is fine.
 * Accepted: `https://…` and `http://…` with a host and no user name, `mailto:…` with an address, `tel:…` with a
 * number, and paths on this site (`/orgs/lishui/`). A `%20` in a path is the correct way to write a space and is
 * kept; raw spaces, tabs, line breaks, control characters and backslashes are not.
 */
export function urlProblem(raw: string): UrlProblem | undefined {
  const seen = asBrowserReads(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(seen)?.[1]?.toLowerCase();
  if (scheme !== undefined && !(ALLOWED_SCHEMES as readonly string[]).includes(scheme)) {
    const runs = ['javascript', 'vbscript', 'data', 'file', 'blob'].includes(scheme);
    return {
      problem: runs
        ? `网址实际以“${scheme}:”开头，这种链接会运行代码或打开文件，不能发布`
        : `网址以“${scheme}:”开头，网站只发布 http、https、mailto、tel 开头的链接`,
      fix: FIX_FULL_URL,
    };
  }
  if (/^[\\/][\\/]/.test(seen) || /^\\/.test(seen)) {
    return {
      problem: '网址以“//”或反斜杠开头，浏览器会把它当作另一个网站的地址',
      fix: '外部网站写成以 https:// 开头的完整网址；本站页面写成只以一个 / 开头的路径，如 /orgs/lishui/',
    };
  }
  // Written as %20, a space is what a browser's address bar shows for a file name with a space: harmless.
  const decoded = decodeFully(raw.replace(/%20/g, ''));
  if (/[\s\\]/.test(decoded) || CONTROL.test(decoded)) {
    return {
      problem: '网址中含有空格、制表符、换行、控制字符或反斜杠（\\）',
      fix: '删去网址中的空格和换行，把 \\ 改为 /；最好从浏览器地址栏重新复制完整网址',
    };
  }
  if (decodeHTMLAttribute(raw) !== raw) {
    return {
      problem: '网址中含有网页代码里的字符写法（如 &amp; 或 &#47;）',
      fix: '写成浏览器地址栏中显示的原样网址：& 直接写 &，不要写成 &amp;',
    };
  }
  if (scheme === undefined) {
    if (seen.startsWith('/')) return undefined;
    return { problem: '网址格式不对', fix: '网址要以 https:// 或 http:// 开头；不知道就删掉这一行' };
  }
  if (scheme === 'mailto') {
    return /^mailto:[^@]+@[^@]+$/i.test(seen)
      ? undefined
      : { problem: '电子邮件链接格式不对', fix: '写成 mailto: 加邮箱地址，如 mailto:office@example.org' };
  }
  if (scheme === 'tel') {
    return /^tel:\+?\d[\d-]*$/i.test(seen)
      ? undefined
      : { problem: '电话链接格式不对', fix: '写成 tel: 加号码，如 tel:0578-1234567，只用数字和短横线' };
  }
  let url: URL | undefined;
  try {
    url = /^https?:\/\//i.test(seen) ? new URL(seen) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.hostname === '')
    return { problem: '网址格式不对', fix: '网址要以 https:// 或 http:// 开头；不知道就删掉这一行' };
  if (url.username !== '' || url.password !== '') {
    return {
      problem: '网址的主机名前有“@”，浏览器实际打开的是“@”后面的网站',
      fix: '删去“@”和它前面的部分，写成真正要打开的网站的完整网址',
    };
  }
  return undefined;
}

/**
 * The one rule for every URL field of every schema: a test (`tests/unit/url-fields.test.ts`) walks all zod
 * schemas of src/lib and fails if a field named like a URL does not use exactly this schema.
 */
export const siteUrlSchema = z
  .string(msg('网址应为文字', '写成以 https:// 开头的完整网址；不知道就删掉这一行'))
  .superRefine((value, ctx) => {
    const p = urlProblem(value);
    if (p) ctx.addIssue({ code: 'custom', message: msg(p.problem, p.fix) });
  });

/** The origin pages are resolved against when asking whether an address stays on this site. */
const SITE = 'https://site.invalid';

/**
 * True when `src` (as the HTML parser decoded it) loads from this site: resolved with the WHATWG URL parser, as a
 * browser resolves it, so `/\t/host/x` (which browsers read as `//host/x`) or `\\host\x` count as another host.
 */
export function resolvesToSite(src: string): boolean {
  try {
    return new URL(src, `${SITE}/`).origin === SITE;
  } catch {
    return false;
  }
}

/** The URLs of a `srcset` value (`a.png 1x, b.png 2x`), in order. */
export function srcsetUrls(srcset: string | readonly (string | number)[]): string[] {
  const items = typeof srcset === 'string' ? srcset.split(',') : srcset.map(String);
  return items.map((s) => s.trim().split(/\s+/)[0] ?? '').filter((s) => s !== '');
}

/** True when a link (`href`) opens a page or app a reader expects: a relative address, or an allowed scheme. */
export function linkSchemeAllowed(href: string): boolean {
  try {
    const protocol = new URL(href, `${SITE}/`).protocol.replace(/:$/, '');
    return (ALLOWED_SCHEMES as readonly string[]).includes(protocol);
  } catch {
    return false;
  }
}
