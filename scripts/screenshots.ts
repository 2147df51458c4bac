// `npm run screenshots`: one page of each type, at 375 and 1280 CSS px, in each display mode, into screenshots/
// (git-ignored) for a person to look at. Needs a built site (`npm run build`).
//   node scripts/screenshots.ts            all page types
//   node scripts/screenshots.ts /guides/   only pages whose path starts with the argument
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DISPLAY_MODES, launchBrowser, listPages, serveStatic, settingsInitScript } from '../tests/browser/harness.ts';

/** Page types in site order: the first built page matching each pattern stands for its type. */
const TYPES: [name: string, pattern: RegExp][] = [
  ['home', /^\/$/],
  ['orgs', /^\/orgs\/$/],
  ['org', /^\/orgs\/[^/]+\/$/],
  ['reports', /^\/reports\/$/],
  ['report', /^\/reports\/[^/]+\/[^/]+\/$/],
  ['plans', /^\/plans\/$/],
  ['plan', /^\/plans\/(?!method|compare)[^/]+\/$/],
  ['indicator', /^\/plans\/[^/]+\/[^/]+\/$/],
  ['data', /^\/data\/$/],
  ['dataset', /^\/data\/[^/]+\/$/],
  ['guides', /^\/guides\/$/],
  ['guide', /^\/guides\/(?!category|audience)[^/]+\/$/],
  ['sources', /^\/sources\/$/],
  ['source', /^\/sources\/[^/]+\/$/],
  ['embed-indicator', /^\/embed\/plans\/[^/]+\/[^/]+\/$/],
  ['embed-dataset', /^\/embed\/data\/[^/]+\/$/],
  ['search', /^\/search\/$/],
  ['accessibility', /^\/about\/accessibility\/$/],
  ['not-found', /^\/404\.html$/],
];
const WIDTHS = [375, 1280];
const OUT = 'screenshots';

const only = process.argv[2];
const pages = listPages();
const chosen = TYPES.flatMap(([name, pattern]) => {
  const path = pages.find((p) => pattern.test(p));
  return path && (!only || path.startsWith(only))
    ? [{ name, path: name === 'search' ? `${path}?q=残疾证` : path }]
    : [];
});

mkdirSync(OUT, { recursive: true });
const server = await serveStatic();
const browser = await launchBrowser();
let count = 0;
try {
  for (const mode of DISPLAY_MODES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      await context.addInitScript(settingsInitScript(mode.settings));
      const page = await context.newPage();
      for (const { name, path } of chosen) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.waitForTimeout(150);
        await page.screenshot({ path: join(OUT, `${name}-${width}-${mode.name}.png`), fullPage: true });
        count++;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const missing = TYPES.filter(([name]) => !chosen.some((c) => c.name === name)).map(([name]) => name);
console.log(
  `已保存 ${count} 张截图到 ${OUT}/。${missing.length && !only ? `尚未构建的页面类型：${missing.join('、')}。` : ''}`,
);
