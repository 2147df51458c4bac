// The materials checklist of a guide on a phone and on paper. At 375 px with large text or in 长者模式 every field of
// every material is on the screen, named, with nothing in a sideways-scrolling box; on a wide screen it stays a
// table. Printed (print media, with JavaScript on or off) the page carries its title, public address, 核对日期 and
// the checklist with tick boxes, no navigation and no English; the 打印材料清单 button opens the print dialog.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST, settingsInitScript, useSite } from './harness.ts';

/** Every guide page that has a materials table, as URL paths. */
const guidePages = readdirSync(join(DIST, 'guides'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((id) => {
    try {
      return readFileSync(join(DIST, 'guides', id, 'index.html'), 'utf8').includes('class="guide-materials');
    } catch {
      return false;
    }
  })
  .map((id) => `/guides/${id}/`);

const PHONE = { width: 375, height: 740 };
const PHONE_MODES: { label: string; settings: Record<string, string> }[] = [
  { label: '150% 文字', settings: { text: '150' } },
  { label: '长者模式', settings: { elder: 'on' } },
  { label: '长者模式＋200% 文字', settings: { elder: 'on', text: '200' } },
];

/** What of the checklist is not fully on the screen, or not named, at the current viewport. */
async function hiddenFields(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = window.innerWidth;
    const doc = document.documentElement;
    if (doc.scrollWidth > width) out.push(`页面宽 ${doc.scrollWidth}px，超出屏幕 ${width}px`);
    const region = document.querySelector<HTMLElement>('.guide-materials')?.closest<HTMLElement>('[role="region"]');
    if (region && region.scrollWidth > region.clientWidth)
      out.push(`材料清单要横向滚动才能看全（${region.scrollWidth}px > ${region.clientWidth}px）`);
    const headers = [...document.querySelectorAll('.guide-materials thead th')].map((th) => th.textContent!.trim());
    document.querySelectorAll('.guide-materials tbody tr').forEach((row, i) => {
      const cells = [...row.querySelectorAll<HTMLElement>('th, td')];
      cells.forEach((cell, col) => {
        if (cell.classList.contains('tick') || !cell.textContent!.trim()) return;
        const what = `第 ${i + 1} 项材料的“${headers[col]}”`;
        const r = cell.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) out.push(`${what}看不见`);
        else if (r.left < 0 || r.right > width + 0.5)
          out.push(`${what}在屏幕外（${Math.round(r.left)}–${Math.round(r.right)}px）`);
        // In the stacked view there are no column headers on the screen: each value says what it is.
        if (cell.tagName === 'TD' && !cell.innerText.trim().startsWith(`${headers[col]}：`))
          out.push(`${what}没有写明字段名（显示为“${cell.innerText.trim()}”）`);
      });
    });
    return out;
  });
}

const site = useSite();

describe('materials checklist on a phone', () => {
  it('there is at least one guide with materials to test', () => {
    assert.ok(guidePages.length > 0, 'dist/guides/ 中没有带材料清单的办事指南');
  });

  for (const mode of PHONE_MODES) {
    it(`every field of every material is visible at 375 px without scrolling sideways (${mode.label})`, async () => {
      const page = await site.newPage({ viewport: PHONE, initScript: settingsInitScript(mode.settings) });
      for (const path of guidePages) {
        await page.goto(site.url + path, { waitUntil: 'load' });
        assert.ok((await page.locator('.guide-materials tbody tr').count()) > 0, `${path}: 没有材料`);
        const found = await hiddenFields(page);
        assert.deepEqual(found, [], `${path}（${mode.label}）：\n  ${found.join('\n  ')}`);
      }
    });
  }

  it('stays a table with column headers on a wide screen', async () => {
    const page = await site.newPage();
    for (const path of guidePages) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      const layout = await page.evaluate(() => ({
        table: getComputedStyle(document.querySelector('.guide-materials')!).display,
        header: document.querySelector('.guide-materials thead th:nth-child(3)')!.getBoundingClientRect().height,
      }));
      assert.equal(layout.table, 'table', `${path}: 宽屏上材料清单应为表格`);
      assert.ok(layout.header > 1, `${path}: 宽屏上应显示表头`);
    }
  });
});

/** What the printed page shows: visible text of the parts a printout must and must not have. */
async function printView(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const shown = (sel: string) =>
      [...document.querySelectorAll<HTMLElement>(sel)].some((el) => el.getClientRects().length > 0);
    const meta = document.querySelector<HTMLElement>('.print-meta');
    return {
      title: document.querySelector<HTMLElement>('main h1')?.innerText.trim() ?? '',
      meta: meta && meta.getClientRects().length > 0 ? meta.innerText : '',
      checklist: shown('.guide-materials tbody tr'),
      ticks: shown('.guide-materials td.tick'),
      nav: ['.site-nav', '.site-search', '.breadcrumbs', '.a11y-bar', '.skip-link'].filter(shown),
      button: shown('[data-materials-print] button'),
      // Addresses are not words: the page's own and the links printed after their text are left out.
      english: [
        ...document.body.innerText.replace(/https?:\/\/\S+/g, '').matchAll(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})*/g),
      ].map((m) => m[0]),
    };
  });
}

describe('materials checklist on paper', () => {
  for (const javaScript of [true, false]) {
    it(`prints title, address, 核对日期 and the checklist, without navigation (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await site.newPage({ javaScript });
      for (const path of guidePages) {
        await page.goto(site.url + path, { waitUntil: 'load' });
        const screenTitle = await page.title();
        const view = await printView(page);
        assert.ok(view.title.length > 0 && screenTitle.startsWith(view.title), `${path}: 打印件没有标题`);
        assert.match(view.meta, /本页网址/, `${path}: 打印件没有网址`);
        assert.ok(
          view.meta.includes(`${path}`) && /https?:\/\//.test(view.meta),
          `${path}: 打印的网址不对：${view.meta}`,
        );
        assert.match(view.meta, /核对日期\s*\d{4}年\d{1,2}月\d{1,2}日/, `${path}: 打印件没有核对日期`);
        assert.ok(view.checklist, `${path}: 打印件没有材料清单`);
        assert.ok(view.ticks, `${path}: 打印件的材料清单没有打勾的方框`);
        assert.deepEqual(view.nav, [], `${path}: 打印件不应有导航和搜索`);
        assert.equal(view.button, false, `${path}: 打印件不应有打印按钮`);
        assert.deepEqual(view.english, [], `${path}: 打印件不应有英文`);
      }
    });
  }

  it('the 打印材料清单 button opens the print dialog, and is absent without JavaScript', async () => {
    const path = guidePages[0]!;
    const page = await site.newPage();
    await page.goto(site.url + path, { waitUntil: 'load' });
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: '打印材料清单' }).click();
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);

    const off = await site.newPage({ javaScript: false });
    await off.goto(site.url + path, { waitUntil: 'load' });
    assert.equal(await off.getByRole('button', { name: '打印材料清单' }).count(), 0);
  });
});
