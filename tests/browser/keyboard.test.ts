// Keyboard use of what every page shares: the skip link and the main navigation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useSite } from './harness.ts';

describe('keyboard: skip link and main navigation', () => {
  const site = useSite();

  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/orgs/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement), 'skip link is not the first focus');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0, 'focused skip link is not visible on screen');
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, 'main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => !!document.activeElement?.closest('main'));
    assert.ok(next, 'Tab after the skip link should stay inside the main content');
    await page.close();
  });

  it('every main navigation link is reached by Tab, shows focus, and opens with Enter', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/`);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const labels = await nav.getByRole('link').allTextContents();
    assert.deepEqual(labels, ['年度报告', '规划指标', '统计数据', '办事指南', '搜索']);
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.length < labels.length; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('nav[aria-label="主导航"]')) return null;
        const style = getComputedStyle(el);
        return { text: el.textContent?.trim() ?? '', outline: style.outlineStyle, shadow: style.boxShadow };
      });
      if (info) {
        reached.push(info.text);
        assert.ok(info.outline !== 'none' || info.shadow !== 'none', `focus on ${info.text} is not visible`);
      }
    }
    assert.deepEqual(reached, labels);
    // Focus is on the last link (搜索); Enter follows it.
    await Promise.all([page.waitForURL(/\/search\/$/), page.keyboard.press('Enter')]);
    await page.close();
  });

  it('marks the current section in the navigation', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}/reports/`);
    const current = page.getByRole('navigation', { name: '主导航' }).locator('[aria-current]');
    assert.equal(await current.textContent(), '年度报告');
    await page.close();
  });
});
