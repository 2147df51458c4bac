// 显示设置: applied before first paint after a reload, kept across pages and visits, hidden without JavaScript;
// 朗读 appears only with a Chinese voice and switches on and off.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listPages, settingsInitScript, useSite } from './harness.ts';

/**
 * Records, from before any page script runs, when each settings attribute appears on <html> (performance.now()),
 * and what the first animation frame saw: attributes and the body's colours and size.
 */
const RECORDER = `
  window.__settingsLog = [];
  new MutationObserver((records) => {
    for (const r of records) window.__settingsLog.push({ attr: r.attributeName, value: document.documentElement.getAttribute(r.attributeName), at: performance.now() });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-contrast', 'data-text', 'data-elder', 'data-spacing', 'data-motion'] });
  requestAnimationFrame(() => {
    const d = document.documentElement;
    window.__firstFrame = { contrast: d.dataset.contrast, text: d.dataset.text, bg: document.body ? getComputedStyle(document.body).backgroundColor : null, rootSize: getComputedStyle(d).fontSize };
  });
`;

interface Record {
  log: { attr: string; value: string | null; at: number }[];
  firstFrame: { contrast?: string; text?: string; bg: string | null; rootSize: string };
  firstPaint: number | null;
}

const guidePage = listPages().find((p) => /^\/guides\/(?!category|audience)[^/]+\/$/.test(p));
const reportPage = listPages().find((p) => /^\/reports\/[^/]+\/\d{4}-[a-z-]+\/$/.test(p));

const site = useSite();

describe('display settings persist and apply before paint', () => {
  it('a setting chosen in the panel is on <html> before the first paint after reload, and on other pages', async () => {
    const page = await site.newPage({ initScript: RECORDER });
    await page.goto(`${site.url}/about/accessibility/`);
    await page.click('button[aria-controls="display-settings"]');
    await page.check('input[name="contrast"]');
    await page.check('input[name="text"][value="150"]');
    await page.reload({ waitUntil: 'load' });
    const read = () =>
      page.evaluate(async (): Promise<Record> => {
        // Let the first paint entry arrive.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint');
        const w = window as unknown as { __settingsLog: Record['log']; __firstFrame: Record['firstFrame'] };
        return { log: w.__settingsLog, firstFrame: w.__firstFrame, firstPaint: paint ? paint.startTime : null };
      });
    const rec = await read();
    assert.equal(rec.firstFrame.contrast, 'high', 'data-contrast was not set at the first animation frame');
    assert.equal(rec.firstFrame.text, '150', 'data-text was not set at the first animation frame');
    assert.equal(rec.firstFrame.bg, 'rgb(0, 0, 0)', 'the first frame was not drawn in high contrast');
    assert.equal(rec.firstFrame.rootSize, '24px', 'the first frame was not drawn at 150% text');
    const set = rec.log.find((e) => e.attr === 'data-contrast' && e.value === 'high');
    assert.ok(set, 'data-contrast was never set');
    if (rec.firstPaint !== null)
      assert.ok(set.at <= rec.firstPaint, `set at ${set.at} ms, after first paint at ${rec.firstPaint} ms`);
    // Another page of the same visit, and a new tab (a later visit), keep the settings.
    await page.goto(`${site.url}/orgs/`);
    assert.equal(await page.getAttribute('html', 'data-contrast'), 'high');
    const later = await page.context().newPage();
    await later.goto(`${site.url}/`);
    assert.equal(await later.getAttribute('html', 'data-text'), '150');
    assert.equal(
      await later.isChecked('input[name="text"][value="150"]'),
      true,
      'the panel does not show the saved size',
    );
    await page.context().close();
  });

  it('follows the system: prefers-contrast more and reduced motion apply without any choice', async () => {
    const page = await site.newPage({ contrast: 'more', reducedMotion: 'reduce' });
    await page.goto(`${site.url}/`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(0, 0, 0)');
    await page.click('button[aria-controls="display-settings"]');
    assert.equal(
      await page.isChecked('input[name="contrast"]'),
      true,
      'the panel should show the system contrast as on',
    );
    assert.equal(await page.isChecked('input[name="motion"]'), true);
    // Turning it off overrides the system preference.
    await page.uncheck('input[name="contrast"]');
    assert.equal(await page.getAttribute('html', 'data-contrast'), 'normal');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    await page.context().close();
  });

  it('ignores damaged or hostile stored values', async () => {
    const page = await site.newPage({
      initScript: settingsInitScript({ contrast: 'high" onload="x', text: '999', elder: 'on', motion: '<b>' }),
    });
    await page.goto(`${site.url}/`);
    const attrs = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    assert.deepEqual(attrs, { js: '', elder: 'on' });
    await page.context().close();
  });

  it('without JavaScript the settings button is hidden and a zoom hint is shown', async () => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(`${site.url}/`);
    assert.equal(await page.isVisible('button[aria-controls="display-settings"]'), false);
    assert.equal(await page.isVisible('.a11y-nojs'), true);
    assert.match((await page.textContent('.a11y-nojs')) ?? '', /放大页面/);
    await page.context().close();
  });
});

/** A fake speechSynthesis with the given voices, recording what is spoken. */
const fakeSpeech = (lang: string | null) => `
  window.__spoken = [];
  const voices = ${lang ? `[{ name: 'Test', lang: '${lang}', default: true, localService: true, voiceURI: 'test' }]` : '[]'};
  const synth = {
    speaking: false,
    getVoices: () => voices,
    addEventListener() {},
    cancel() { this.queue = []; },
    speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); setTimeout(() => u.onend && u.onend(), 5); },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
`;

describe('朗读 (read aloud)', () => {
  for (const [kind, path] of [
    ['report', reportPage],
    ['guide', guidePage],
  ] as const) {
    it(
      `on a ${kind} page reads the text with a Chinese voice and switches off`,
      { todo: path ? false : `页面尚未构建：${kind}` },
      async () => {
        const page = await site.newPage({ initScript: fakeSpeech('zh-CN') });
        await page.goto(site.url + path!);
        const button = page.getByRole('button', { name: '朗读全文' });
        await button.waitFor({ state: 'visible' });
        await button.focus();
        await page.keyboard.press('Enter');
        assert.equal(await button.getAttribute('aria-pressed'), 'true');
        await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length >= 2);
        const spoken = await page.evaluate(
          () => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken,
        );
        const h1 = (await page.textContent('main h1'))!.trim();
        assert.equal(spoken[0]!.text, h1, 'reading starts with the title');
        assert.equal(spoken[0]!.lang, 'zh-CN');
        await page.keyboard.press('Enter');
        assert.equal(await button.getAttribute('aria-pressed'), 'false');
        await page.context().close();
      },
    );
  }

  it(
    'stays hidden where there is no Chinese voice',
    { todo: reportPage ? false : '页面尚未构建：report' },
    async () => {
      const page = await site.newPage({ initScript: fakeSpeech('en-US') });
      await page.goto(site.url + reportPage!);
      await page.waitForTimeout(300);
      assert.equal(await page.isVisible('[data-read-aloud]'), false);
      await page.context().close();
    },
  );
});
