// Every page of the built site, in each display mode (default, high contrast, 长者模式 with text at 200%, and the
// reading aids 纯文本/阅读辅助线/大鼠标 over high contrast), loaded once per mode and checked for everything that
// must hold on every page:
// - axe-core: zero violations of WCAG 2.2 A/AA and best practice; high contrast also runs the 7:1 rule
//   (color-contrast-enhanced); 长者模式 also checks 22 px body text and 60 × 60 px targets;
// - the Content-Security-Policy: the site's <meta> policy, and nothing blocked (csp.test.ts proves the recorder
//   notices a violation);
// - reflow at 320 px (WCAG 1.4.10) in every mode but plain high contrast: those modes open the page at 320 px and
//   widen it to the desktop for axe (reflow.test.ts proves the check fails on a page that does not fit, and that
//   a widened page is laid out as one opened wide).
// One tab per mode, reused for every URL, and the modes side by side keep the run short: loading each page once
// for all three checks is what keeps npm test under its time.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  DISPLAY_MODES,
  type DisplayMode,
  describeViolations,
  listPages,
  runAxe,
  settingsInitScript,
  DESKTOP,
  useSite,
} from './harness.ts';
import { RECORD_VIOLATIONS, recordCsp } from './csp-recorder.ts';
import { chartsDrawn, NARROW, REFLOW_WIDTH, reflowProblems, resizeTo } from './reflow.ts';

const pages = listPages();

/** Standalone targets in 长者模式 smaller than 60 × 60 CSS px (links inside sentences are exempt, WCAG 2.5.8). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'button',
      'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"])',
      'select',
      'summary',
      'label:has(> input[type="radio"], > input[type="checkbox"])',
      ':is(nav, .site-footer, .link-list, .toc) a',
      '.site-name',
    ].join(',');
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 59.5 || r.height < 59.5;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 20)}” ${Math.round(r.width)}×${Math.round(r.height)}`;
      });
  });
}

/** The modes whose pages must also reflow at 320 px (plain high contrast lays out as the default does). */
const REFLOW_MODES = new Set(DISPLAY_MODES.filter((m) => m.name !== 'contrast').map((m) => m.name));

/** One tab of one display mode, with its CSP recorder. */
interface Tab {
  page: Page;
  csp: ReturnType<typeof recordCsp>;
}

/**
 * What is wrong with `path` in `mode`: settings not applied, CSP broken, anything that stops the page reflowing
 * at 320 px, and (once widened to the desktop) axe violations and small text or targets in 长者模式.
 */
async function problems({ page, csp }: Tab, url: string, path: string, mode: DisplayMode): Promise<string[]> {
  const desktop = DESKTOP.viewport!;
  const reflow = REFLOW_MODES.has(mode.name);
  // A reflow mode opens the page at 320 px, as a phone does, and widens it for axe: chart.js sizes a canvas when
  // it draws, so a page narrowed after its charts were drawn could be measured before they follow.
  const size = reflow ? NARROW : desktop;
  if (page.viewportSize()?.width !== size.width) await page.setViewportSize(size);
  const res = await page.goto(url + path, { waitUntil: 'load' });
  if (!res) return [`${path}: no response`];
  const out: string[] = [];
  out.push(...(await csp.problems(path)));
  const attrs = await page.evaluate(() => {
    const { js: _js, ...settings } = document.documentElement.dataset;
    return JSON.stringify(Object.entries(settings).sort());
  });
  if (attrs !== JSON.stringify(Object.entries(mode.settings).sort()))
    out.push(`${path}: the display settings were not applied (${attrs})`);
  if (reflow) {
    await chartsDrawn(page);
    const wide = await reflowProblems(page);
    if (wide.length) out.push(`${path}（${mode.label}，${REFLOW_WIDTH}px 宽）：\n    ${wide.join('\n    ')}`);
    await resizeTo(page, desktop);
  }
  const violations = await runAxe(page, mode.settings.contrast === 'high' ? ['color-contrast-enhanced'] : []);
  if (violations.length) out.push(describeViolations(`${path} (${mode.label})`, violations));
  if (mode.settings.elder === 'on') {
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    if (bodySize < 22) out.push(`${path}: body text is ${bodySize}px in 长者模式 (at least 22px)`);
    const small = await smallTargets(page);
    if (small.length)
      out.push(`${path}: targets smaller than 60×60 px in 长者模式:\n    ${small.slice(0, 8).join('\n    ')}`);
  }
  return out;
}

describe(`all ${pages.length} pages in ${DISPLAY_MODES.length} display modes: axe, CSP and reflow`, () => {
  const site = useSite({ cacheAssets: true });
  const tabs: Tab[] = [];
  before(async () => {
    for (const mode of DISPLAY_MODES) {
      const page = await site.newPage({ initScript: settingsInitScript(mode.settings) + RECORD_VIOLATIONS });
      tabs.push({ page, csp: recordCsp(page) });
    }
  });

  it('finds pages to test', () => {
    assert.ok(pages.length >= 10, `only ${pages.length} pages found in dist/`);
  });

  for (const path of pages) {
    it(`${path}: axe, CSP and reflow (${DISPLAY_MODES.map((m) => m.label).join('、')})`, async () => {
      // The modes run side by side, one tab each, to keep the run short.
      const found = await Promise.all(DISPLAY_MODES.map((mode, i) => problems(tabs[i]!, site.url, path, mode)));
      assert.deepEqual(found.flat(), [], found.flat().join('\n'));
    });
  }
});
