/**
 * The site's Content-Security-Policy and other security headers, in one place. The layout puts the policy in a
 * `<meta>` tag (so it holds on any host), and `npm run deploy:headers` writes the same headers into the sample
 * files for static hosts in `deploy/` (a test keeps them equal).
 */

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

function serialise(filter: (name: string) => boolean): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => filter(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The policy as an HTTP header value. */
export function cspHeader(): string {
  return serialise(() => true);
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header without header-only directives. */
export function cspMeta(): string {
  return serialise((name) => !HEADER_ONLY.has(name));
}

/** Every header the sample host configurations send with each response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspHeader(),
    'X-Content-Type-Options': 'nosniff',
    // Older browsers that do not know frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

const GENERATED = '由 npm run deploy:headers 根据 src/lib/security/csp.ts 生成，请勿手改';

/** `deploy/_headers` for Netlify and Cloudflare Pages. */
export function netlifyHeaders(): string {
  const lines = Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`);
  return `# ${GENERATED}。\n# Netlify / Cloudflare Pages：复制到构建输出目录（dist/_headers），或放在 public/_headers。\n/*\n${lines.join('\n')}\n`;
}

/** `deploy/nginx.conf`: a server block for the built site. */
export function nginxConf(): string {
  const headers = Object.entries(securityHeaders())
    .map(([k, v]) => `    add_header ${k} "${v}" always;`)
    .join('\n');
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
    # 搜索用到 .wasm 文件：nginx 1.21 起自带的 mime.types 已有 application/wasm；更早的版本请在 mime.types 中补上。
    error_page 404 /404.html;
}
`;
}

/** `deploy/staticwebapp.config.json` for Azure Static Web Apps. */
export function staticWebAppConfig(): string {
  const config = {
    $comment: `${GENERATED}。Azure Static Web Apps：复制到构建输出目录（dist/）。`,
    globalHeaders: securityHeaders(),
    responseOverrides: { '404': { rewrite: '/404.html' } },
    mimeTypes: { '.wasm': 'application/wasm' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** Every sample file in `deploy/`, by path relative to the project root. */
export function deployFiles(): Record<string, string> {
  return {
    'deploy/_headers': netlifyHeaders(),
    'deploy/nginx.conf': nginxConf(),
    'deploy/staticwebapp.config.json': staticWebAppConfig(),
  };
}
