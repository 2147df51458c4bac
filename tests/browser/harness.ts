// Shared set-up for browser tests: Debian's Chromium driven by playwright-core, the built site served from
// dist/ on loopback, and axe-core injected into each page. A test file calls useSite() once for its server and
// browser; the scripts (bench, screenshots) use serveStatic and launchBrowser directly.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { securityHeaders } from '../../src/lib/security/csp.ts';
import { NOT_PUBLIC } from './page-weight.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The built site: `dist` is a link to the last published build (scripts/build/publish.ts); this is its target.
 * `CANLIAN_DIST` names another folder: `npm run assemble` checks the site it has merged before publishing it.
 */
export const DIST = process.env.CANLIAN_DIST
  ? resolve(process.env.CANLIAN_DIST)
  : existsSync('dist')
    ? realpathSync('dist')
    : resolve('dist');

/** The flags this machine needs: no sandbox as root, and no background connections to a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure Debian's Chromium is installed: installs it with apt-get when running as root, otherwise stops
 * with the command to run. Browser tests are never skipped silently.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `找不到 Chromium（${CHROMIUM}）。请先安装：sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk`,
    );
  }
  console.log('正在安装 Chromium（apt-get install chromium fonts-noto-cjk）…');
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0 || !existsSync(CHROMIUM))
    throw new Error('Chromium 安装失败：请手动运行 apt-get install -y chromium');
}

/** Starts Chromium with this machine's flags. */
export async function launchBrowser(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Where every server of serveStatic also serves axe-core, from the page's own origin: runAxe loads it with a
 * <script src> the site's `script-src 'self'` allows, so Chromium keeps its compiled code between pages (evaluating
 * the source on every page cost a third of an axe run). No built site has this folder (serveStatic checks).
 */
export const AXE_PATH = '/__test__/axe.min.js';
const AXE_FILE = join('node_modules', 'axe-core', 'axe.min.js');
/** The origins serveStatic is serving now, where AXE_PATH exists. */
const servedOrigins = new Set<string>();

/**
 * Serves a folder on 127.0.0.1 like a static host (index.html for folders, 404.html when missing). With
 * `headers`, every response also carries the security headers the sample host configurations send for its
 * address (securityHeaders in src/lib/security/csp.ts: frame-ancestors 'none', relaxed under /embed/ only). With
 * `cacheAssets`, the content-hashed files under /_astro/ are sent as immutable, as the sample hosts send them, so a
 * test that opens hundreds of pages loads each stylesheet and script once; tests that count requests leave it off.
 */
export async function serveStatic(
  dir = DIST,
  options: { headers?: boolean; cacheAssets?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} 中没有构建好的网站：请先运行 npm run build`);
  if (existsSync(join(dir, AXE_PATH))) throw new Error(`${dir} 中不应有 ${AXE_PATH}（测试专用地址）`);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === AXE_PATH) {
      res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'max-age=3600' });
      createReadStream(AXE_FILE).pipe(res);
      return;
    }
    if (options.headers) for (const [k, v] of Object.entries(securityHeaders(path))) res.setHeader(k, v);
    if (options.cacheAssets && path.startsWith('/_astro/'))
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    let file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  servedOrigins.add(url);
  return {
    url,
    close: () => {
      servedOrigins.delete(url);
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

/**
 * Every public HTML page of the built site, as URL paths (`/`, `/reports/`, …), excluding search-engine internals
 * and the browser editor (NOT_PUBLIC in page-weight.ts: /admin/ is tested by cms.test.ts, not as a public page).
 */
export function listPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro' && !(d === dir && NOT_PUBLIC.includes(name))) walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** axe-core tags for WCAG 2.2 A/AA and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(AXE_FILE, 'utf8');

/** One axe violation, reduced to what a developer needs to fix it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page and returns its violations. `extraRules` switches on rules outside the tags (for example
 * `color-contrast-enhanced`, the 7:1 check, in high contrast).
 */
export async function runAxe(page: Page, extraRules: string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // From the page's own origin when serveStatic serves it (compiled once, cached); elsewhere evaluated through
    // the debugger, which no Content-Security-Policy blocks.
    const origin = new URL(page.url()).origin;
    if (servedOrigins.has(origin)) await page.addScriptTag({ url: origin + AXE_PATH });
    else await page.evaluate(AXE_SOURCE);
  }
  return page.evaluate(
    async ({ tags, extraRules }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              opts: object,
            ): Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const rules = Object.fromEntries(extraRules.map((id) => [id, { enabled: true }]));
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { tags: AXE_TAGS, extraRules },
  );
}

/** Formats violations for a failure message. */
export function describeViolations(path: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${path}: [${v.impact}] ${v.id} — ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`)
    .join('\n');
}

/** Default options for a page context; individual tests override (reduced motion, JS off…). */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' };

/**
 * How a browser context is set up: DESKTOP (1280 × 900, zh-CN) with JavaScript on, unless changed here. Any
 * Playwright context option may be given too (viewport, acceptDownloads, reducedMotion, contrast…).
 */
export interface PageOptions extends Omit<BrowserContextOptions, 'javaScriptEnabled'> {
  /** false to browse with JavaScript off. */
  javaScript?: boolean;
  /** A script run in every page of the context before any page script (settingsInitScript, a recorder…). */
  initScript?: string;
}

/** What a test file asks of useSite. */
export interface SiteOptions {
  /**
   * The folder to serve: dist/ unless given. A function is called in the `before` hook, so a file can prepare
   * a copy of the site first; its result is the folder served.
   */
  dir?: string | (() => string | Promise<string>);
  /** false to only serve the folder, without starting a browser. */
  browser?: boolean;
  /** true to send the hosts' security headers with every response (see serveStatic). */
  headers?: boolean;
  /** true to send /_astro/ files as immutable, as hosts do (see serveStatic); off where requests are counted. */
  cacheAssets?: boolean;
  /** How the file's shared context (`site.context`) is set up. */
  shared?: PageOptions;
}

/** The served site and the browser of one test file; read it inside tests and hooks, not while they are declared. */
export interface Site {
  /** The base URL, `http://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  /** The folder served. */
  readonly dir: string;
  readonly browser: Browser;
  /** One context for the whole file, as one reader's browser: its tabs share storage and cache. */
  readonly context: BrowserContext;
  /** A new context of its own (fresh storage), set up from `options`; it is closed with the browser. */
  newContext(options?: PageOptions): Promise<BrowserContext>;
  /** A new tab in a context of its own, set up from `options`; `page.context()` opens more tabs in it. */
  newPage(options?: PageOptions): Promise<Page>;
}

/** Playwright's context options for `options`, on top of DESKTOP. */
export function contextOptions({ javaScript, initScript: _, ...rest }: PageOptions = {}): BrowserContextOptions {
  return { ...DESKTOP, ...rest, ...(javaScript === false ? { javaScriptEnabled: false } : {}) };
}

/**
 * Registers `before` and `after` hooks in the current suite (or the file, when called at its top level): before
 * the first test, serves the site on loopback and starts Chromium with one shared context; after the last test,
 * closes the browser and the server. Returns accessors that are valid from the first hook on.
 */
export function useSite(options: SiteOptions = {}): Site {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let dir: string | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useSite: ${what} is not ready (read it inside a test or hook)`);
    return value;
  };
  const newContext = async (opts: PageOptions = {}) => {
    const created = await ready(browser, 'the browser').newContext(contextOptions(opts));
    if (opts.initScript !== undefined) await created.addInitScript(opts.initScript);
    return created;
  };
  before(async () => {
    dir = typeof options.dir === 'function' ? await options.dir() : (options.dir ?? DIST);
    server = await serveStatic(dir, { headers: options.headers, cacheAssets: options.cacheAssets });
    if (options.browser === false) return;
    browser = await launchBrowser();
    context = await newContext(options.shared);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return ready(server, 'the server').url;
    },
    get dir() {
      return ready(dir, 'the folder');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
    get context() {
      return ready(context, 'the shared context');
    },
    newContext,
    newPage: async (opts) => (await newContext(opts)).newPage(),
  };
}

/** True when the current process may run apt-get (for the message shown when Chromium is missing). */
export function aptAvailable(): boolean {
  try {
    execFileSync('which', ['apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One display mode (显示设置) as stored by the settings panel. */
export interface DisplayMode {
  name: string;
  label: string;
  settings: Record<string, string>;
}

/** The modes every page is audited in: default, high contrast, 长者模式 with text at 200%, and the reading aids. */
export const DISPLAY_MODES: DisplayMode[] = [
  { name: 'default', label: '默认', settings: {} },
  { name: 'contrast', label: '高对比度', settings: { contrast: 'high' } },
  { name: 'elder-200', label: '长者模式＋200% 文字', settings: { elder: 'on', text: '200' } },
  // The reading aids together, over high contrast: the text-only view must keep 7:1 and lose nothing readable.
  {
    name: 'reading-aids',
    label: '纯文本＋阅读辅助线＋大鼠标（高对比度）',
    settings: { textonly: 'on', guide: 'on', cursor: 'large', contrast: 'high' },
  },
];

/** An init script that stores display settings before any page script runs, as if the reader had chosen them. */
export function settingsInitScript(settings: Record<string, string>): string {
  const value = JSON.stringify(JSON.stringify(settings));
  return `try { localStorage.setItem('display-settings', ${value}); } catch (e) {}`;
}
