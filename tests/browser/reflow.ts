// Reflow (WCAG 1.4.10): what stops the current page from fitting `width` CSS px without sideways scrolling. Wide
// content may scroll inside its own region: every table in main sits in a labelled, focusable region
// (role="region", tabindex="0", a name) so keyboard users can scroll it and screen readers announce it.
import type { Page } from 'playwright-core';

/** The width the reflow criterion names: 320 CSS px (1280 px at 400 % zoom). */
export const REFLOW_WIDTH = 320;

/** Problems, in Chinese, that break reflow on the page as it is laid out now; empty when it reflows. */
export async function reflowProblems(page: Page, width = REFLOW_WIDTH): Promise<string[]> {
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
  }, width);
}

/**
 * Waits until every chart with something to plot has its canvas: chart.js is fetched after the load event
 * (ChartFigure.astro), so a page measured at `load` may not have drawn its charts yet.
 */
export async function chartsDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('figure[data-chart]:not([data-chart-empty])')].every((f) =>
        f.querySelector('.chart-canvas canvas'),
      ),
    null,
    { timeout: 10_000 },
  );
}

/** The viewport the reflow check opens pages in: 320 CSS px wide, a phone's height. */
export const NARROW = { width: REFLOW_WIDTH, height: 640 };

/**
 * Resizes an open page and waits two frames, so that what lays itself out on resize has done so before the page
 * is measured or audited.
 */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
