// Reflow (WCAG 1.4.10). every-page.test.ts narrows every page to 320 px in three display modes and runs
// reflowProblems (reflow.ts); this file proves that check can fail, and that narrowing a loaded page measures what
// a page opened at 320 px shows (charts and the stacked materials list lay themselves out again on resize).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISPLAY_MODES, settingsInitScript, useSite } from './harness.ts';
import { chartsDrawn, narrowTo, REFLOW_WIDTH, reflowProblems } from './reflow.ts';

/** Pages whose layout depends most on the width: charts, a plan's indicator table, a guide's materials. */
const SAMPLES = ['/data/home-adaptations-2020/', '/plans/lishui-2021-2025/', '/guides/assistive-devices/', '/'];
const ELDER = DISPLAY_MODES.find((m) => m.name === 'elder-200')!;

describe(`reflow at ${REFLOW_WIDTH}px: the check itself`, () => {
  const site = useSite();

  it('fails on content wider than the screen and on a table outside a labelled scrolling region', async () => {
    const page = await site.newPage({ viewport: { width: REFLOW_WIDTH, height: 640 } });
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
    it(`a page narrowed to ${REFLOW_WIDTH}px is laid out as one opened at that width (${mode.label})`, async () => {
      const initScript = settingsInitScript(mode.settings);
      const narrow = await site.newPage({ viewport: { width: REFLOW_WIDTH, height: 640 }, initScript });
      const wide = await site.newPage({ initScript });
      for (const path of SAMPLES) {
        await narrow.goto(site.url + path, { waitUntil: 'load' });
        await chartsDrawn(narrow);
        await wide.goto(site.url + path, { waitUntil: 'load' });
        await narrowTo(wide);
        const layout = (p: typeof wide) =>
          p.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            main: Math.round(document.querySelector('main')!.getBoundingClientRect().width),
            canvases: [...document.querySelectorAll('canvas')].map((c) => Math.round(c.getBoundingClientRect().width)),
          }));
        const narrowed = await layout(wide);
        if (path.startsWith('/data/')) assert.ok(narrowed.canvases.length > 0, `${path}: its chart is drawn`);
        assert.deepEqual(narrowed, await layout(narrow), path);
        assert.deepEqual(await reflowProblems(wide), await reflowProblems(narrow), path);
      }
    });
  }
});
