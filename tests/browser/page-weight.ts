// Byte counting over the built site: what each page makes the browser download (JavaScript followed through its
// imports, stylesheets), web fonts, and references to other origins. Used by budgets.test.ts and `npm run bench`.
// Byte counts are stable on any machine, so they can fail a test; timings never do.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Folders of dist/ that are not public pages: the browser editor for officials (/admin/, Decap CMS, about 1.5 MB of
 * JavaScript gzip, with its own Content-Security-Policy and noindex). It is left out of every test that walks the
 * public pages (axe, no English, budgets, links, CSP, reflow…) on purpose; tests/browser/cms.test.ts tests it.
 */
export const NOT_PUBLIC = ['admin'];

/** Gzip size at level 9, as a static host would serve it compressed. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Every file under `dir` (relative, with `/`), optionally skipping some top-level folders. */
export function listFiles(dir: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (d === dir && skip.includes(name)) continue;
        walk(p);
      } else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** One attribute-bearing start tag found in HTML. */
interface Tag {
  name: string;
  attrs: Map<string, string>;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Start tags of an HTML document with their attributes (lower-case names); text inside scripts is skipped. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const stripped = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2').replace(/<!--[\s\S]*?-->/g, '');
  for (const m of stripped.matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR))
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/** Scripts of a page: external sources and inline JavaScript (JSON data blocks are not code). */
export function pageScripts(html: string): { src: string[]; inline: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = startTags(`<script${m[1]}>`)[0]?.attrs ?? new Map<string, string>();
    const type = (attrs.get('type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    const s = attrs.get('src');
    if (s) src.push(s);
    else if (m[2]!.trim()) inline.push(m[2]!);
  }
  for (const t of startTags(html)) {
    if (t.name === 'link' && /\bmodulepreload\b/i.test(t.attrs.get('rel') ?? '') && t.attrs.get('href'))
      src.push(t.attrs.get('href')!);
  }
  return { src, inline };
}

/** Module specifiers a bundle loads at once (static imports) and later (dynamic imports). */
export function moduleImports(js: string): { eager: string[]; lazy: string[] } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  // Minified bundles write `import{a as b}from"./x.js"`, `import"./x.js"` and `export{a}from"./x.js"`.
  for (const m of js.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"'\s]+)["']/g))
    eager.add(m[1]!);
  // Rolldown writes dynamic imports with template literals: import(`./x.js`).
  for (const m of js.matchAll(/\bimport\(\s*["'`]([^"'`\s]+)["'`]\s*\)/g)) lazy.add(m[1]!);
  return { eager: [...eager], lazy: [...lazy].filter((s) => !eager.has(s)) };
}

/** True for a URL that names another origin (absolute http(s), protocol-relative). */
export function isOtherOrigin(url: string, ownOrigins: string[]): boolean {
  const u = url.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(u)) return false;
  let origin: string;
  try {
    origin = new URL(u, 'https://own.invalid').origin;
  } catch {
    return true;
  }
  return !ownOrigins.includes(origin);
}

/** JavaScript a page loads, in gzip bytes. */
export interface PageWeight {
  /** URL path of the page, e.g. `/reports/`. */
  path: string;
  /** True when the page has a chart (`figure[data-chart]`). */
  chart: boolean;
  /** Files loaded on page load (dist-relative paths, excluding pagefind). */
  jsFiles: string[];
  /** Gzip bytes of those files plus inline scripts. */
  jsGzip: number;
  /** Gzip bytes of site chunks imported only on demand (dynamic import). */
  lazyGzip: number;
  /** Gzip bytes of pagefind's runtime files the page names directly (loaded for search only). */
  pagefindGzip: number;
  /** Stylesheets linked (dist-relative). */
  cssFiles: string[];
  /** HTML gzip bytes. */
  htmlGzip: number;
}

/** Reads and measures the files of a built site, memoising per-file sizes and imports. */
export class SiteWeights {
  readonly dir: string;
  private gz = new Map<string, number>();
  private imports = new Map<string, { eager: string[]; lazy: string[] }>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Gzip size of a dist-relative file (0 when missing). */
  fileGzip(rel: string): number {
    let n = this.gz.get(rel);
    if (n === undefined) {
      const p = join(this.dir, rel);
      n = existsSync(p) ? gzipSize(readFileSync(p)) : 0;
      this.gz.set(rel, n);
    }
    return n;
  }

  /** Resolves a script URL of `fromFile` (dist-relative) to a dist-relative path, or null for other origins. */
  resolve(url: string, fromFile: string): string | null {
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || /^data:/i.test(url)) return null;
    const clean = url.split(/[?#]/)[0]!;
    const abs = clean.startsWith('/') ? clean : posix.join('/', posix.dirname(fromFile), clean);
    return posix.normalize(abs).replace(/^\/+/, '');
  }

  private importsOf(rel: string): { eager: string[]; lazy: string[] } {
    let i = this.imports.get(rel);
    if (!i) {
      const p = join(this.dir, rel);
      i = existsSync(p) ? moduleImports(readFileSync(p, 'utf8')) : { eager: [], lazy: [] };
      this.imports.set(rel, i);
    }
    return i;
  }

  /** Follows imports from the given entry files; returns eager files, lazy-only files and pagefind files. */
  closure(entries: string[]): { eager: Set<string>; lazy: Set<string>; pagefind: Set<string> } {
    const eager = new Set<string>();
    const lazy = new Set<string>();
    const pagefind = new Set<string>();
    const visit = (rel: string, isLazy: boolean) => {
      if (rel.startsWith('pagefind/')) {
        pagefind.add(rel);
        return;
      }
      if (eager.has(rel) || (isLazy && lazy.has(rel))) return;
      (isLazy ? lazy : eager).add(rel);
      if (!isLazy) lazy.delete(rel);
      const imp = this.importsOf(rel);
      for (const s of imp.eager) {
        const r = this.resolve(s, rel);
        if (r) visit(r, isLazy);
      }
      for (const s of imp.lazy) {
        const r = this.resolve(s, rel);
        if (r) visit(r, true);
      }
    };
    for (const e of entries) visit(e, false);
    for (const e of eager) lazy.delete(e);
    return { eager, lazy, pagefind };
  }

  /** Measures one HTML page (dist-relative path to its .html file). */
  page(htmlRel: string): PageWeight {
    const html = readFileSync(join(this.dir, htmlRel), 'utf8');
    const { src, inline } = pageScripts(html);
    const entries = src.map((s) => this.resolve(s, htmlRel)).filter((s): s is string => s !== null);
    const { eager, lazy, pagefind } = this.closure(entries);
    const jsFiles = [...eager].sort();
    const cssFiles = startTags(html)
      .filter((t) => t.name === 'link' && /\bstylesheet\b/i.test(t.attrs.get('rel') ?? '') && t.attrs.get('href'))
      .map((t) => this.resolve(t.attrs.get('href')!, htmlRel))
      .filter((s): s is string => s !== null);
    const path = htmlRel === 'index.html' ? '/' : `/${htmlRel.replace(/index\.html$/, '')}`;
    return {
      path,
      chart: /<figure\b[^>]*\sdata-chart(?:[\s=>])/i.test(html),
      jsFiles,
      jsGzip: jsFiles.reduce((n, f) => n + this.fileGzip(f), 0) + inline.reduce((n, s) => n + gzipSize(s), 0),
      lazyGzip: [...lazy].reduce((n, f) => n + this.fileGzip(f), 0),
      pagefindGzip: [...pagefind].reduce((n, f) => n + this.fileGzip(f), 0),
      cssFiles,
      htmlGzip: gzipSize(html),
    };
  }
}

/** A reference to another origin found in a built file. */
export interface ForeignReference {
  file: string;
  what: string;
  url: string;
}

/** Finds references to other origins in HTML (assets, not `<a href>` links), CSS and JavaScript files. */
export function foreignReferences(dir: string, ownOrigins: string[]): ForeignReference[] {
  const found: ForeignReference[] = [];
  const check = (file: string, what: string, url: string) => {
    if (isOtherOrigin(url, ownOrigins)) found.push({ file, what, url });
  };
  const cssRefs = (file: string, css: string, where: string) => {
    for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/gi)) check(file, `${where} url()`, m[2]!);
    for (const m of css.matchAll(/@import\s+(["'])([^"']+)\1/gi)) check(file, `${where} @import`, m[2]!);
  };
  const jsRefs = (file: string, js: string, where: string) => {
    const { eager, lazy } = moduleImports(js);
    for (const s of [...eager, ...lazy]) check(file, `${where} import`, s);
    for (const m of js.matchAll(
      /\b(?:fetch|importScripts|new\s+(?:Worker|SharedWorker|EventSource|WebSocket))\(\s*["'`]([^"'`]+)["'`]/g,
    ))
      check(file, `${where} 请求`, m[1]!);
    for (const m of js.matchAll(/sourceMappingURL=(\S+)/g)) check(file, `${where} sourceMappingURL`, m[1]!);
  };
  for (const file of listFiles(dir, NOT_PUBLIC)) {
    const p = join(dir, file);
    if (/\.(html|svg)$/i.test(file)) {
      const text = readFileSync(p, 'utf8');
      for (const t of startTags(text)) {
        for (const [name, value] of t.attrs) {
          if (t.name === 'a' && name === 'href') continue;
          if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
          if (
            ['src', 'href', 'xlink:href', 'poster', 'data', 'action', 'formaction', 'background', 'manifest'].includes(
              name,
            )
          ) {
            check(file, `<${t.name} ${name}>`, value);
          } else if (name === 'srcset') {
            for (const part of value.split(',')) check(file, `<${t.name} srcset>`, part.trim().split(/\s+/)[0] ?? '');
          } else if (name === 'style') cssRefs(file, value, `<${t.name} style>`);
        }
      }
      for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssRefs(file, m[1]!, '<style>');
      for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (!/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1]!)) jsRefs(file, m[2]!, '<script>');
      }
    } else if (/\.css$/i.test(file)) cssRefs(file, readFileSync(p, 'utf8'), 'CSS');
    else if (/\.m?js$/i.test(file)) jsRefs(file, readFileSync(p, 'utf8'), 'JS');
  }
  return found;
}

/** Web font files and `@font-face` rules in the built site. */
export function webFonts(dir: string): string[] {
  const out: string[] = [];
  for (const file of listFiles(dir)) {
    if (/\.(woff2?|ttf|otf|eot)$/i.test(file)) out.push(file);
    else if (/\.(css|html)$/i.test(file) && /@font-face/i.test(readFileSync(join(dir, file), 'utf8')))
      out.push(`${file}（@font-face）`);
  }
  return out;
}

/** HTML files of the site, dist-relative, excluding pagefind's and Astro's asset folders. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir, ['pagefind', '_astro', ...NOT_PUBLIC]).filter((f) => f.endsWith('.html'));
}

/** Total gzip bytes of the site's own CSS: every stylesheet any page links plus every inline `<style>` (distinct). */
export function siteCss(dir: string, weights: PageWeight[]): { files: string[]; gzip: number; inlineGzip: number } {
  const files = new Set<string>();
  for (const w of weights) for (const f of w.cssFiles) files.add(f);
  // Stylesheets Astro emitted but no page links still count: they are the site's CSS.
  for (const f of listFiles(dir, ['pagefind', ...NOT_PUBLIC])) if (f.endsWith('.css')) files.add(f);
  const inline = new Set<string>();
  for (const f of htmlFiles(dir)) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
      inline.add(m[1]!);
  }
  const sorted = [...files].sort();
  const fileGzip = sorted.reduce(
    (n, f) => n + (existsSync(join(dir, f)) ? gzipSize(readFileSync(join(dir, f))) : 0),
    0,
  );
  const inlineGzip = inline.size ? gzipSize([...inline].join('\n')) : 0;
  return { files: sorted, gzip: fileGzip + inlineGzip, inlineGzip };
}

/** Total bytes of the files under a folder. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return listFiles(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** Formats bytes as KB with one decimal. */
export function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}
