// Lighthouse (mobile emulation, its default) on one page of each type of the real site, with Debian's Chromium
// (never a downloaded browser) and the same flags as the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium, listPages, serveStatic } from '../../tests/browser/harness.ts';

/** How a page type is picked and scored. */
interface TypeOptions {
  /** Audit the first matching page that draws a chart (a figure with something to plot). */
  chart?: boolean;
  /**
   * The pages carry `noindex` on purpose (embeds, shown in other sites' frames): SEO is scored without the one
   * audit that checks a page may be indexed, which such a page fails by design; that audit must fail, or the
   * page has lost its noindex.
   */
  noindex?: boolean;
}

/** The SEO audit a noindex page fails by design. */
const CRAWLABLE = 'is-crawlable';

/**
 * Page types and the address pattern of each: the first built page that matches is audited, or for a type marked
 * `chart`, the first that draws a chart (a figure with something to plot), so the chart code is measured.
 */
export const PAGE_TYPES: [string, RegExp, TypeOptions?][] = [
  ['首页', /^\/$/],
  ['目录页（年度报告）', /^\/reports\/$/],
  ['机构', /^\/orgs\/[^/]+\/$/],
  ['年度报告', /^\/reports\/[^/]+\/[^/]+\/$/],
  ['规划仪表盘', /^\/plans\/(?!method\/|compare\/)[^/]+\/$/],
  ['规划指标', /^\/plans\/[^/]+\/[^/]+\/$/, { chart: true }],
  ['数据集', /^\/data\/[^/]+\/$/],
  ['数据集（有图表）', /^\/data\/(?!org\/|topic\/|year\/)[^/]+\/$/, { chart: true }],
  ['办事指南', /^\/guides\/(?!category\/|audience\/)[^/]+\/$/],
  ['搜索', /^\/search\/$/],
  ['嵌入（规划指标图表）', /^\/embed\/plans\/[^/]+\/[^/]+\/$/, { chart: true, noindex: true }],
  ['嵌入（数据集图表）', /^\/embed\/data\/[^/]+\/$/, { chart: true, noindex: true }],
  ['无障碍声明', /^\/about\/accessibility\/$/],
];

/** True when the page has a chart figure with something to plot (see ChartFigure.astro). */
function drawsChart(dist: string, path: string): boolean {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return html.includes('data-chart-spec') && !html.includes('data-chart-empty');
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores (0–100) of one page, and the audits that cost points. */
export interface LighthouseRow {
  type: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Titles of failing audits that carry weight, for the "why below 100" note. */
  failing: string[];
}

/** Runs Lighthouse on one page of each type present in `dist` (or of the types `only` names). */
export async function runLighthouse(
  dist: string,
  log: (s: string) => void = console.log,
  only?: (type: string) => boolean,
): Promise<LighthouseRow[]> {
  ensureChromium();
  const pages = listPages(dist);
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const [type, pattern, opts] of PAGE_TYPES) {
      if (only && !only(type)) continue;
      const path = pages.find((p) => pattern.test(p) && (!opts?.chart || drawsChart(dist, p)));
      if (!path) {
        log(`    （没有${type}页面，跳过）`);
        continue;
      }
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse 没有结果：${path}`);
      const lhr = result.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      ) as LighthouseRow['scores'];
      const failing: string[] = [];
      if (opts?.noindex) {
        // Lighthouse's own weighted mean, without the audit a noindex page fails by design.
        const refs = (lhr.categories.seo?.auditRefs ?? []).filter((r) => r.id !== CRAWLABLE && r.weight > 0);
        const weight = refs.reduce((n, r) => n + r.weight, 0);
        const sum = refs.reduce((n, r) => n + r.weight * (lhr.audits[r.id]?.score ?? 1), 0);
        scores.seo = Math.round((weight ? sum / weight : 0) * 100);
        if (lhr.audits[CRAWLABLE]?.score !== 0)
          failing.push(`seo: ${CRAWLABLE} passed: the embed page lost its noindex`);
      }
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          if (opts?.noindex && ref.id === CRAWLABLE) continue;
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            failing.push(`${c}: ${audit.title}${audit.displayValue ? `（${audit.displayValue}）` : ''}`);
          }
        }
      }
      rows.push({ type, path, scores, failing });
      log(`    ${type} ${path}：${CATEGORIES.map((c) => scores[c]).join(' / ')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return rows;
}
