// Reflow (WCAG 1.4.10): at 320 CSS px wide no page scrolls sideways, in the default view and in 长者模式 with text
// at 200%. Wide content scrolls inside its own region: every table sits in a labelled, focusable region
// (role="region", tabindex="0", a name) so keyboard users can scroll it and screen readers announce it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DISPLAY_MODES, listPages, settingsInitScript, useSite } from './harness.ts';

const pages = listPages();
const WIDTH = 320;
const MODES = DISPLAY_MODES.filter((m) => m.name !== 'contrast');

/** What breaks reflow on the current page. */
async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const doc = document.documentElement;
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}>`;
    if (doc.scrollWidth > width) {
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('[role="region"][tabindex="0"]'))
        .filter((el) => el.getClientRects().length > 0)
        .slice(0, 5)
        .map((el) => `${describe(el)} 右边缘 ${Math.round(el.getBoundingClientRect().right)}px`);
      out.push(`页面宽 ${doc.scrollWidth}px（> ${width}px）：${wide.join('；')}`);
    }
    for (const table of document.querySelectorAll('main table')) {
      const region = table.closest<HTMLElement>('[role="region"]');
      const name =
        region?.getAttribute('aria-label') ||
        (region?.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join('')
          .trim();
      const caption = table.querySelector('caption')?.textContent?.trim().slice(0, 30) ?? '(无标题)';
      if (!region || region.getAttribute('tabindex') !== '0' || !name) {
        out.push(`表格“${caption}”不在带名称、tabindex="0" 的 role="region" 滚动区域中`);
      } else if (!['auto', 'scroll'].includes(getComputedStyle(region).overflowX)) {
        out.push(`表格“${caption}”的区域不能横向滚动（overflow-x: ${getComputedStyle(region).overflowX}）`);
      }
    }
    return out;
  }, WIDTH);
}

const site = useSite();

for (const mode of MODES) {
  describe(`reflow at ${WIDTH}px — ${mode.label}`, () => {
    let page: Page;
    before(async () => {
      page = await site.newPage({
        viewport: { width: WIDTH, height: 640 },
        initScript: settingsInitScript(mode.settings),
      });
    });

    for (const path of pages) {
      it(`${path} does not scroll sideways (${mode.label})`, async () => {
        await page.goto(site.url + path, { waitUntil: 'load' });
        const found = await reflowProblems(page);
        assert.deepEqual(found, [], `${path}（${mode.label}）：\n  ${found.join('\n  ')}`);
      });
    }
  });
}
