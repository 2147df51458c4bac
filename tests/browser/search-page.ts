// Driving the site's search page (/search/) as a reader does, shared by the search tests.
import type { Page } from 'playwright-core';

/** Waits until the search page has finished (its status is set and no longer 正在搜索…); returns the status. */
export async function searchStatus(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const t = document.querySelector('#search-status')?.textContent ?? '';
      return t !== '' && !t.includes('正在搜索');
    },
    null,
    { timeout: 20_000 },
  );
  return (await page.textContent('#search-status')) ?? '';
}

/**
 * Asks `q` on a search page that is already open, as a reader typing a new query does: types it in the box and
 * presses Enter, or, when `area` is given and differs from the one chosen, picks that area (a change of area
 * searches at once). The page stays loaded, so pagefind is not fetched and started again for every query (a
 * navigation per query made the query sets the slowest tests). Returns the status once the results are shown.
 */
export async function askInPage(page: Page, q: string, area?: string): Promise<string> {
  // The status of the last query must not be taken for this one's.
  await page.evaluate(() => {
    document.querySelector('#search-status')!.textContent = '';
  });
  const box = page.locator('#search-q');
  await box.fill(q);
  const select = page.locator('#search-area');
  if (area !== undefined && (await select.inputValue()) !== area) await select.selectOption(area);
  else await box.press('Enter');
  return searchStatus(page);
}

/** The address of the first result shown, or null when there is none. */
export async function firstResult(page: Page): Promise<string | null> {
  const first = page.locator('#search-results > li > a').first();
  return (await first.count()) ? first.getAttribute('href') : null;
}

/** Every result's address once the search has finished, pressing 显示更多 until all are shown. */
export async function allResults(page: Page): Promise<string[]> {
  await searchStatus(page);
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.getByRole('button', { name: '显示更多' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}
