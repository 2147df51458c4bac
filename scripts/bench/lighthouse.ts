// Lighthouse (mobile emulation, its default) on one page of each type of the real site, with Debian's Chromium
// (never a downloaded browser) and the same flags as the browser tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium, listPages, serveStatic } from '../../tests/browser/harness.ts';

/**
 * Page types and the address pattern of each: the first built page that matches is audited, or for a type marked
 * `chart`, the first that draws a chart (a figure with something to plot), so the chart code is measured.
 */
export const PAGE_TYPES: [string, RegExp, { chart?: boolean }?][] = [
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

/** Runs Lighthouse on one page of each type present in `dist`. */
export async function runLighthouse(dist: string, log: (s: string) => void = console.log): Promise<LighthouseRow[]> {
  ensureChromium();
  const pages = listPages(dist);
  const server = await serveStatic(dist);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const [type, pattern, opts] of PAGE_TYPES) {
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
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
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
