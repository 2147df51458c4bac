/**
 * The site's Content-Security-Policy and other security headers, in one place. The layout puts the policy in a
 * `<meta>` tag (so it holds on any host), and `npm run deploy:headers` writes the same headers into the sample
 * files for static hosts in `deploy/` (a test keeps them equal).
 */

import { ADMIN_PREFIX, EMBED_PREFIX } from '../core/urls.ts';

/** Directives of the policy. No 'unsafe-inline' anywhere: pages load scripts and styles only from files. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets search (pagefind) compile its WebAssembly; it does not allow eval() of JavaScript.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: for small images the browser or chart code may generate; never for scripts or frames.
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only honoured as an HTTP header; a <meta> policy ignores it, so it is left out there.
  'frame-ancestors': ["'none'"],
};

/** Directives a browser ignores when the policy comes from `<meta http-equiv>` (CSP Level 3, §6.1). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * Who may frame an embed page (/embed/…): any site, over http or https (CSP Level 3: `*` matches both and never
 * data: or blob:). Every other directive stays as strict as on the rest of the site.
 */
export const EMBED_FRAME_ANCESTORS: readonly string[] = ['*'];

function serialise(filter: (name: string) => boolean, embed = false): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => filter(name))
    .map(
      ([name, values]) => `${name} ${(embed && name === 'frame-ancestors' ? EMBED_FRAME_ANCESTORS : values).join(' ')}`,
    )
    .join('; ');
}

/** The policy as an HTTP header value; `embed` relaxes frame-ancestors for the pages under /embed/ only. */
export function cspHeader(options: { embed?: boolean } = {}): string {
  return serialise(() => true, options.embed);
}

/** True for an address under /embed/, the one folder other sites may show in a frame. */
export function isEmbedPath(path: string): boolean {
  return path.startsWith(EMBED_PREFIX);
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header without header-only directives. */
export function cspMeta(): string {
  return serialise((name) => !HEADER_ONLY.has(name));
}

/**
 * The policy of the browser editor at /admin/ (Decap CMS), and of nothing else: as strict as Decap allows
 * (measured in tests/browser/cms.test.ts, see docs/cms.md). It connects only to its own origin and the configured
 * git host (`gitOrigins`, from src/lib/cms/backend.ts). Two relaxations Decap cannot run without, measured in
 * Chromium: 'unsafe-eval', because Decap compiles its configuration schema into a function (ajv) and stops with
 * "Error loading the CMS configuration" without it; and inline styles, because its components write their CSS at
 * run time (emotion). Images also from blob: for previews of uploads; never framed; no inline script.
 */
export function adminCspDirectives(gitOrigins: readonly string[]): Record<string, readonly string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    // blob: for the files of the media folder, which Decap reads back as blobs (found by the browser test).
    'connect-src': ["'self'", 'blob:', ...gitOrigins],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** The editor's policy as a header, or (`meta`) for its `<meta>` tag without the header-only directives. */
export function adminCsp(gitOrigins: readonly string[], options: { meta?: boolean } = {}): string {
  return Object.entries(adminCspDirectives(gitOrigins))
    .filter(([name]) => !options.meta || !HEADER_ONLY.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** True for an address of the browser editor (/admin/), which is not a public page. */
export function isAdminPath(path: string): boolean {
  return path.startsWith(ADMIN_PREFIX);
}

/** The headers every response gets, framed or not. */
function commonHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** The headers that decide framing: none for every page, any site for /embed/ (and no X-Frame-Options there). */
function frameHeaders(embed: boolean): Record<string, string> {
  return embed
    ? { 'Content-Security-Policy': cspHeader({ embed: true }) }
    : // X-Frame-Options for older browsers that do not know frame-ancestors.
      { 'Content-Security-Policy': cspHeader(), 'X-Frame-Options': 'DENY' };
}

/**
 * Every header a host should send with the response for `path`: the same on every address except under /embed/,
 * where frame-ancestors lets other sites frame the page. The sample host configurations in deploy/ are written
 * from this, and the browser tests' server sends exactly this (tests/browser/harness.ts).
 */
export function securityHeaders(path = '/', gitOrigins: readonly string[] = []): Record<string, string> {
  if (isAdminPath(path))
    return {
      'Content-Security-Policy': adminCsp(gitOrigins),
      ...commonHeaders(),
      'X-Frame-Options': 'DENY',
      // Never in a search engine, whatever the page's own <meta name="robots"> says.
      'X-Robots-Tag': 'noindex, nofollow',
    };
  const embed = isEmbedPath(path);
  const frame = frameHeaders(embed);
  const { 'Content-Security-Policy': csp, ...rest } = frame;
  return { 'Content-Security-Policy': csp!, ...commonHeaders(), ...rest };
}

/**
 * Whether a browser shows a response with these headers inside another site's frame, following the HTML
 * standard: a frame-ancestors directive decides when the policy has one (and X-Frame-Options is then ignored);
 * otherwise X-Frame-Options DENY or SAMEORIGIN forbids it. Several policies (headers joined by commas) must all
 * allow it. Header names are matched without regard to case.
 */
export function allowsOtherSitesToFrame(headers: Record<string, string>): boolean {
  const get = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const policies = (get('Content-Security-Policy') ?? '').split(',').filter((p) => p.trim());
  const ancestors = policies
    .map((p) =>
      p
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([name]) => name?.toLowerCase() === 'frame-ancestors'),
    )
    .filter((d): d is string[] => d !== undefined)
    .map((d) => d.slice(1));
  if (ancestors.length > 0) return ancestors.every((sources) => sources.includes('*') || sources.includes('https:'));
  const xfo = (get('X-Frame-Options') ?? '').trim().toUpperCase();
  return xfo !== 'DENY' && xfo !== 'SAMEORIGIN';
}

const GENERATED = '由 npm run deploy:headers 根据 src/lib/security/csp.ts 生成，请勿手改';

const EMBED_GLOB = `${EMBED_PREFIX}*`;
const ADMIN_GLOB = `${ADMIN_PREFIX}*`;

/**
 * `deploy/_headers` for Netlify: every address gets the site's headers, then the /embed/ rule replaces the policy
 * there (Netlify serves, for each header, the value of the last rule that matches). The X-Frame-Options of the
 * first rule stays on embeds, which browsers ignore once the policy has frame-ancestors (HTML standard).
 */
export function netlifyHeaders(gitOrigins: readonly string[]): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return `# ${GENERATED}。
# Netlify：复制到构建输出目录（dist/_headers），或放在 public/_headers。
# 嵌入页（${EMBED_GLOB}）是唯一允许别的网站用框架（iframe）显示的地址：下面第二段替换了它的内容安全策略。
# Cloudflare Pages 会把两段中同名的响应头合并成两条策略，嵌入页因此仍不能被嵌入（只会更严，不会更松）；
# 在 Cloudflare Pages 上要允许嵌入，需按其文档去掉第一段继承来的策略（本项目没有在 Cloudflare 上测试过）。
# 浏览器编辑器（${ADMIN_GLOB}）有自己的策略（第三段）：只连接本站和配置的代码托管平台，不进搜索引擎。
${block('/*', securityHeaders('/'))}${block(EMBED_GLOB, { 'Content-Security-Policy': cspHeader({ embed: true }) })}${block(
    ADMIN_GLOB,
    (({ 'Content-Security-Policy': csp, 'X-Robots-Tag': robots }) => ({
      'Content-Security-Policy': csp!,
      'X-Robots-Tag': robots!,
    }))(securityHeaders(ADMIN_PREFIX, gitOrigins)),
  )}`;
}

/** `deploy/nginx.conf`: a server block for the built site. */
export function nginxConf(gitOrigins: readonly string[]): string {
  const addHeaders = (path: string, indent: string) =>
    Object.entries(securityHeaders(path, gitOrigins))
      .map(([k, v]) => `${indent}add_header ${k} "${v}" always;`)
      .join('\n');
  const headers = addHeaders('/', '    ');
  return `# ${GENERATED}。
# nginx：把构建好的 dist/ 复制到 root 指定的目录，把这个 server 块放进 nginx 配置（按需改 server_name 和证书）。
server {
    listen 80;
    server_name example.invalid;
    root /var/www/canlian;
    index index.html;
    charset utf-8;

    # 每个响应都带安全响应头（always：404 等错误页也带）。location 块里不要再写 add_header，否则这里的会失效。
${headers}

    location / {
        try_files $uri $uri/ =404;
    }
    # 嵌入页是唯一允许别的网站用框架（iframe）显示的地址。location 里写了 add_header，上面的就不再生效，所以这里列全。
    location ${EMBED_PREFIX} {
${addHeaders(EMBED_PREFIX, '        ')}
        try_files $uri $uri/ =404;
    }
    # 浏览器编辑器有自己的内容安全策略：只连接本站和配置的代码托管平台，不进搜索引擎。
    location ${ADMIN_PREFIX} {
${addHeaders(ADMIN_PREFIX, '        ')}
        try_files $uri $uri/ =404;
    }
    # 搜索用到 .wasm 文件：nginx 1.21 起自带的 mime.types 已有 application/wasm；更早的版本请在 mime.types 中补上。
    error_page 404 /404.html;
}
`;
}

/** `deploy/staticwebapp.config.json` for Azure Static Web Apps. */
export function staticWebAppConfig(gitOrigins: readonly string[]): string {
  const config = {
    $comment: `${GENERATED}。Azure Static Web Apps：复制到构建输出目录（dist/）。`,
    globalHeaders: commonHeaders(),
    // The first route that matches decides (Azure Static Web Apps), so /embed/ comes before everything else.
    routes: [
      { route: EMBED_GLOB, headers: frameHeaders(true) },
      {
        route: ADMIN_GLOB,
        headers: (({ 'Content-Security-Policy': csp, 'X-Robots-Tag': robots, 'X-Frame-Options': xfo }) => ({
          'Content-Security-Policy': csp!,
          'X-Frame-Options': xfo!,
          'X-Robots-Tag': robots!,
        }))(securityHeaders(ADMIN_PREFIX, gitOrigins)),
      },
      { route: '/*', headers: frameHeaders(false) },
    ],
    responseOverrides: { '404': { rewrite: '/404.html' } },
    mimeTypes: { '.wasm': 'application/wasm' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * Every sample file in `deploy/`, by path relative to the project root. `gitOrigins`: the git host the browser
 * editor connects to (src/lib/cms/backend.ts, from the build's environment).
 */
export function deployFiles(gitOrigins: readonly string[]): Record<string, string> {
  return {
    'deploy/_headers': netlifyHeaders(gitOrigins),
    'deploy/nginx.conf': nginxConf(gitOrigins),
    'deploy/staticwebapp.config.json': staticWebAppConfig(gitOrigins),
  };
}
