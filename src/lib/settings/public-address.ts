import { parse } from 'yaml';
import { z } from 'zod';
import { msg } from '../core/problem.ts';
import { plainString } from '../core/schema-common.ts';

// The site's public address (issue 18, part 4). Canonical links, the feed, the APIs, the data package, 如何引用 and
// embed codes all need absolute URLs, and they must all name the address readers actually use — so it is one
// setting in data/site.yaml, not an environment variable someone forgets on the next deployment.

/** The address a site has until its publisher sets the real one: a reserved name that can never resolve. */
export const PLACEHOLDER_ADDRESS = 'https://example.invalid/';

/**
 * What is wrong with a public address, in the official's words, or undefined. The address must be a whole
 * `https://` (or `http://`) address of a host, at the root of its domain, and nothing that changes per page (no `?`
 * query, no `#` fragment, no user name or password).
 */
export function publicAddressProblem(raw: string): string | undefined {
  if (!raw.includes('://'))
    return msg('网址缺少开头的 https://', `写成 https://${raw.replace(/^\/+/, '')} 这样的完整地址`);
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return msg('不是完整的网址', '写成 https://www.example.gov.cn/ 这样以 https:// 开头的网站地址');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    return msg(`网址以 ${u.protocol} 开头`, '网站地址以 https:// 开头，例如 https://www.example.gov.cn/');
  }
  if (!u.hostname.includes('.')) {
    return msg(`“${u.hostname}”不是公开的网站域名`, '写网站正式的域名，例如 https://www.example.gov.cn/');
  }
  // Every page address is written from the domain's root (core/urls.ts), so a site in a sub-folder would link to
  // pages that are not there.
  if (u.pathname !== '/' && u.pathname !== '') {
    return msg(`网址带有路径“${u.pathname}”`, `本站要放在域名的根目录：只写 ${u.origin}/`);
  }
  if (u.username || u.password) return msg('网址里含有用户名或密码', '删除 @ 之前的部分，只写网站地址');
  if (u.search || u.hash || raw.includes('?') || raw.includes('#')) {
    return msg('网址里含有 ? 或 # 后面的部分', '只写网站地址本身，删除 ? 或 # 及其后面的文字');
  }
  if (raw.trim() !== raw) return msg('网址前后有空格', '删除网址前后的空格');
  return undefined;
}

/** `url` in data/site.yaml: checked by {@link publicAddressProblem}, normalised to end in `/`. */
export const publicAddressSchema = plainString()
  .superRefine((value, ctx) => {
    const problem = publicAddressProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  })
  .transform((value) => normaliseAddress(value));

/** `https://a.b/x` → `https://a.b/x/`: every page URL is resolved against it, so it must end in a slash. */
export function normaliseAddress(value: string): string {
  const u = new URL(value);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

/** True when the publisher has not set a real address yet. */
export function isPlaceholderAddress(address: string): boolean {
  return new URL(address).hostname.endsWith('.invalid');
}

export type PublicAddress = z.output<typeof publicAddressSchema>;

/**
 * The public address written in the text of data/site.yaml, for astro.config.mjs, which needs it before the
 * content check runs. A file that does not parse, or an address the check will reject, gives the placeholder: the
 * content check then fails the build with the real message, so nothing is published under it.
 */
export function addressFromSettingsText(text: string | undefined): string {
  if (text === undefined) return PLACEHOLDER_ADDRESS;
  let url: unknown;
  try {
    url = (parse(text) as { url?: unknown } | null)?.url;
  } catch {
    return PLACEHOLDER_ADDRESS;
  }
  return typeof url === 'string' && !publicAddressProblem(url) ? normaliseAddress(url) : PLACEHOLDER_ADDRESS;
}
