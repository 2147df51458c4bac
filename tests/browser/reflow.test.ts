// Reflow (WCAG 1.4.10). every-page.test.ts opens every page at 320 px in three display modes, runs reflowProblems
// (reflow.ts), then widens the page to the desktop for axe; this file proves the reflow check can fail, and that
// a widened page is laid out as one opened wide, so axe audits what a desktop reader sees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DESKTOP, DISPLAY_MODES, settingsInitScript, useSite } from './harness.ts';
import { chartsDrawn, NARROW, REFLOW_WIDTH, reflowProblems, resizeTo } from './reflow.ts';

/** Pages whose layout depends most on the width: charts, a plan's indicator table, a guide's materials. */
const SAMPLES = ['/data/home-adaptations-2020/', '/plans/lishui-2021-2025/', '/guides/assistive-devices/', '/'];
const ELDER = DISPLAY_MODES.find((m) => m.name === 'elder-200')!;

describe(`reflow at ${REFLOW_WIDTH}px: the check itself`, () => {
  const site = useSite();

  it('fails on content wider than the screen and on a table outside a labelled scrolling region', async () => {
    const page = await site.newPage({ viewport: NARROW });
    await page.goto(site.url + '/about/accessibility/');
    assert.deepEqual(await reflowProblems(page), [], 'the accessibility statement reflows');
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.id = 'too-wide';
      wide.style.width = '600px';
      wide.textContent = '宽';
      const table = document.createElement('table');
      table.innerHTML = '<caption>未加区域的表格</caption><tr><td>1</td></tr>';
      document.querySelector('main')!.append(wide, table);
    });
    const found = (await reflowProblems(page)).join('\n');
    assert.match(found, /页面宽 \d+px（> 320px）：.*<div#too-wide> 右边缘 \d+px/);
    assert.match(found, /表格“未加区域的表格”不在带名称、tabindex="0" 的 role="region" 滚动区域中/);
  });

  for (const mode of [DISPLAY_MODES[0]!, ELDER]) {
    it(`a page opened at ${REFLOW_WIDTH}px and widened is laid out as one opened wide (${mode.label})`, async () => {
      const initScript = settingsInitScript(mode.settings);
      const widened = await site.newPage({ viewport: NARROW, initScript });
      const wide = await site.newPage({ initScript });
      // What axe and the 长者模式 checks measure: the page's width, main's, and every heading's and control's box.
      const layout = (p: Page) =>
        p.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          main: Math.round(document.querySelector('main')!.getBoundingClientRect().width),
          boxes: [...document.querySelectorAll('h1, h2, h3, button, select, summary, nav a')].map((el) => {
            const r = el.getBoundingClientRect();
            return `${Math.round(r.left)},${Math.round(r.width)}×${Math.round(r.height)}`;
          }),
        }));
      for (const path of SAMPLES) {
        await widened.setViewportSize(NARROW);
        await widened.goto(site.url + path, { waitUntil: 'load' });
        await chartsDrawn(widened);
        assert.deepEqual(await reflowProblems(widened), [], `${path} reflows`);
        await resizeTo(widened, DESKTOP.viewport!);
        await wide.goto(site.url + path, { waitUntil: 'load' });
        await chartsDrawn(wide);
        const a = await layout(widened);
        assert.ok(a.boxes.length > 3, path);
        assert.deepEqual(a, await layout(wide), path);
      }
    });
  }
});
