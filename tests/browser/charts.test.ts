// Charts are drawn with JavaScript on: a labelled canvas next to the summary, the HTML legend shown, no script
// error; and redrawn (not duplicated) when the reader switches to high contrast. The table and summary without
// JavaScript are covered by no-js.test.ts, the colours and sizes by axe in three modes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, listPages, useSite } from './harness.ts';

/** Pages of a type whose HTML holds a chart figure. */
const html = (p: string) => readFileSync(join(DIST, p, 'index.html'), 'utf8');
const INDICATOR = /^\/plans\/(?!method|compare)[^/]+\/[^/]+\/$/;
const withChart = (pattern: RegExp) =>
  listPages().filter(
    (p) => pattern.test(p) && html(p).includes('data-chart-spec') && !html(p).includes('data-chart-empty'),
  );
const indicatorPage = withChart(INDICATOR)[0];
const datasetPage = withChart(/^\/data\/(?!org|topic|year)[^/]+\/$/)[0];
/** An indicator with a qualitative target and no reported value: nothing to plot. */
const emptyPage = listPages().find((p) => INDICATOR.test(p) && html(p).includes('data-chart-empty'));

describe('charts', () => {
  const site = useSite();

  it(`${emptyPage} shows summary and table but no empty chart, and loads no chart code`, async () => {
    assert.ok(emptyPage, 'the site has an indicator with nothing to plot');
    const page = await site.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(site.url + emptyPage, { waitUntil: 'networkidle' });
    const figure = page.locator('figure[data-chart]').first();
    assert.equal(await figure.locator('canvas, .chart-canvas').count(), 0);
    assert.equal(await figure.locator('[data-chart-summary]').isVisible(), true);
    assert.equal(await figure.locator('table').count(), 1);
    assert.deepEqual(
      requested.filter((p) => /\/charts\.[\w-]+\.js$/.test(p)),
      [],
    );
    await page.context().close();
  });

  for (const path of [indicatorPage, datasetPage]) {
    it(`${path} draws a labelled chart and redraws it in high contrast`, async () => {
      assert.ok(path, 'the built site has this page type');
      const page = await site.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.url + path);
      const figure = page.locator('figure[data-chart]').first();
      const canvas = figure.locator('.chart-canvas canvas');
      await canvas.waitFor({ state: 'attached', timeout: 10_000 });
      assert.equal(await canvas.getAttribute('role'), 'img');
      const label = (await canvas.getAttribute('aria-label')) ?? '';
      assert.ok(label.length > 4, `the canvas has a name (${label})`);
      const box = await canvas.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 50, 'the canvas has a size');
      // Something was painted: not every pixel of the canvas is transparent.
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
        return false;
      });
      assert.ok(painted, 'the chart is drawn');
      const legend = figure.locator('[data-chart-legend]');
      if (await legend.count()) assert.equal(await legend.isVisible(), true, 'the HTML legend is shown');

      await page.evaluate(() => document.documentElement.setAttribute('data-contrast', 'high'));
      await page.waitForTimeout(300);
      assert.equal(await figure.locator('.chart-canvas canvas').count(), 1, 'redrawn in place, not added twice');
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('draws a >99% target as a target with its comparator, on a 0–100 % axis', async () => {
    const path = '/plans/lishui-2021-2025/living-subsidy-coverage/';
    const page = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + path);
    const figure = page.locator('figure[data-chart]').first();
    await figure.locator('.chart-canvas canvas').waitFor({ state: 'attached', timeout: 10_000 });
    const spec = JSON.parse((await figure.locator('script[data-chart-spec]').textContent()) ?? '{}');
    assert.deepEqual([spec.yMin, spec.yMax], [0, 100]);
    assert.deepEqual(spec.target, {
      index: 5,
      value: 99,
      comparator: '>',
    });
    assert.equal(
      spec.series.some((s: { line?: string }) => s.line === 'dashed'),
      false,
      'no flat line from the baseline',
    );
    const legend = await figure.locator('[data-chart-legend]').innerText();
    assert.match(legend, /2025年目标>99%（高于99%）/);
    assert.match(await figure.locator('[data-chart-summary]').innerText(), /目标>99%（高于99%）/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
