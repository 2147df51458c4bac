// The browser editor (/admin/, Decap CMS) driven in Chromium against Decap's local proxy (decap-server), which
// writes into a temporary copy of the project, never into this tree. Through the real UI, by role and label, it
// creates a 2024 report for an organisation, adds a material to a guide and an actual value to a plan; the files
// it wrote pass the check and build into pages. A wrong entry (year 20240, a missing title) is stopped by the
// editor with its message and writes nothing. Axe runs on the editor and its violations are printed (docs/cms.md).
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { backendFromEnv, gitOrigins } from '../../src/lib/cms/backend.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { adminCsp } from '../../src/lib/security/csp.ts';
import { checkSite } from '../../src/lib/check/check-site.ts';
import { formatProblem } from '../../src/lib/core/problem.ts';
import { DIST, launchBrowser, listPages, runAxe } from './harness.ts';

const ROOT = resolve('.');
/** What the check and the build read; node_modules is linked, not copied. */
const COPIED = [
  'content',
  'data',
  'sources',
  'inbox',
  'src',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

let repo = '';
let proxy: ChildProcess | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let url = '';
let proxyOrigin = '';
/** The id of the guide the editor created (its file name), built into a page by the last test. */
let GUIDE_CREATED = '';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const port = (s.address() as { port: number }).port;
  await new Promise((ok) => s.close(ok));
  return port;
}

async function waitFor(what: string, test: () => boolean | Promise<boolean>, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Serves dist/ like a static host. Two test-only differences, both for the local proxy: /admin/config.yml is
 * generated with `local_backend` (never in the published one), and the editor's policy names the proxy as its git
 * host instead of the configured one (the page's own policy is asserted first).
 */
function serve(): Promise<string> {
  const published = adminCsp(gitOrigins(backendFromEnv(process.env)), { meta: true });
  // The built configuration (it lists the committed organisations), pointed at the local proxy as
  // `cmsConfig({ localBackend })` would write it.
  const built = parse(readFileSync(join(DIST, 'admin/config.yml'), 'utf8')) as Record<string, unknown>;
  const local = cmsConfig({ backend: backendFromEnv({}), localBackend: `${proxyOrigin}/api/v1` });
  delete built.publish_mode;
  const config = stringify({ ...built, backend: local.backend, local_backend: local.local_backend });
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/admin/config.yml') {
      res.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' }).end(config);
      return;
    }
    let file = join(DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path.startsWith('/admin/')) {
      headers['Content-Security-Policy'] = adminCsp([proxyOrigin]);
      if (file.endsWith('.html')) {
        const html = body.toString('utf8');
        assert.ok(html.includes(`content="${published}"`), 'the built /admin/ page carries the editor policy');
        body = html.replace(published, adminCsp([proxyOrigin], { meta: true }));
      }
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) =>
    server!.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server!.address() as { port: number }).port}`)),
  );
}

const RECORD_CSP = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ← ' + (e.blockedURI || 'inline')));
`;

async function openEditor(hash = ''): Promise<Page> {
  const context = await browser!.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_CSP);
  const page = await context.newPage();
  if (process.env.CMS_TEST_KEEP)
    page.on('console', (m) => m.type() === 'error' && console.log('editor:', m.text().slice(0, 400)));
  await page.goto(`${url}/admin/`);
  // The local proxy's sign-in: one button, no account.
  const login = page.getByRole('button', { name: '登录' });
  await login.waitFor({ timeout: 20000 }).catch(() => undefined);
  if (await login.isVisible()) await login.click();
  await page.getByRole('link', { name: '年度报告' }).waitFor({ timeout: 20000 });
  if (hash) await page.goto(`${url}/admin/${hash}`);
  return page;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).click();
  await page.getByText('立即发布').click();
}

const file = (rel: string) => join(repo, rel);
/** Every file the editor could have written (content/ and data/). */
const listFiles = (root: string): string[] =>
  ['content', 'data']
    .flatMap((d) => (readdirSync(join(root, d), { recursive: true }) as string[]).map((f) => `${d}/${f}`))
    .sort();
const frontMatter = (rel: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file(rel), 'utf8'))![1]!);

describe('the editor is not a public page', () => {
  const admin = readFileSync(join(DIST, 'admin/index.html'), 'utf8');

  it('is noindex, outside the search index and the public-page tests', () => {
    assert.match(admin, /<meta name="robots" content="noindex, nofollow">/);
    assert.doesNotMatch(admin, /data-pagefind-body/);
    assert.ok(!listPages().some((p) => p.startsWith('/admin/')));
  });

  it('only /publish/ links it', () => {
    const linking = listPages().filter((p) =>
      /href="\/admin\/"/.test(readFileSync(join(DIST, p.endsWith('.html') ? p : `${p}index.html`), 'utf8')),
    );
    assert.deepEqual(linking, ['/publish/']);
  });
});

describe('browser editor (/admin/) against the local proxy', () => {
  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'cms-test-'));
    for (const p of COPIED) cpSync(join(ROOT, p), join(repo, p), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
    const port = await freePort();
    proxyOrigin = `http://127.0.0.1:${port}`;
    proxy = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
      env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo },
      stdio: 'ignore',
    });
    await waitFor('decap-server', async () => {
      try {
        const r = await fetch(`${proxyOrigin}/api/v1`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        });
        return r.ok;
      } catch {
        return false;
      }
    });
    url = await serve();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    proxy?.kill();
    // CMS_TEST_KEEP=1 keeps the copy to look at what the editor wrote.
    if (repo && !process.env.CMS_TEST_KEEP) rmSync(repo, { recursive: true, force: true });
    else console.log(`copy kept: ${repo}`);
  });

  const REPORT = 'content/reports/xx-district/2024-summary.md';

  it('stops a report with year 20240 and no title, and writes nothing', async () => {
    const before = listFiles(repo);
    const page = await openEditor('#/collections/reports/new');
    await page.getByRole('spinbutton', { name: '年份（报告所述年份）' }).fill('20240');
    await page.getByRole('combobox', { name: '机构' }).click();
    await page.getByRole('combobox', { name: '机构' }).fill('XX区');
    await page.getByRole('option', { name: /XX区残疾人联合会/ }).click();
    await page.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '年度工作总结（summary）' }).click();
    await publish(page);
    await page.getByText('“年份（报告所述年份）”必须位于 1949 和 2100 之间').waitFor();
    await page.getByText('“标题”是必填项').waitFor();
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(listFiles(repo), before, 'the editor wrote a file');
    await page.context().close();
  });

  it('creates a 2024 report for an organisation', async () => {
    const page = await openEditor('#/collections/reports/new');
    await page.getByRole('textbox', { name: '标题', exact: true }).fill('XX区残联2024年工作总结');
    await page.getByRole('combobox', { name: '机构' }).click();
    await page.getByRole('combobox', { name: '机构' }).fill('XX区');
    await page.getByRole('option', { name: /XX区残疾人联合会/ }).click();
    await page.getByRole('spinbutton', { name: '年份（报告所述年份）' }).fill('2024');
    await page.getByRole('combobox', { name: '类型' }).click();
    await page.getByRole('option', { name: '年度工作总结（summary）' }).click();
    await page.getByRole('textbox', { name: '本站发布日期 (可选)' }).fill('2025-01-20');
    await page.getByRole('textbox', { name: '原文标题' }).fill('XX区残联2024年工作总结');
    await page.getByRole('textbox', { name: '发布机构' }).fill('XX区残疾人联合会');
    await page.getByRole('textbox', { name: '原文文件名' }).fill('xx-district-2024-summary.docx');
    const body = page.locator('[data-slate-editor="true"]').last();
    await body.click();
    await page.keyboard.type('2024年，全区持证残疾人工作稳步推进。');
    await publish(page);
    await waitFor(REPORT, () => existsSync(file(REPORT))).catch(async (e) => {
      const shown = await page.getByText(/”|必填|错误|失败/).allTextContents();
      if (process.env.CMS_TEST_KEEP) await page.screenshot({ path: join(repo, 'report.png') });
      throw new Error(
        `${(e as Error).message}; the editor shows: ${shown.filter((t) => /”|必填/.test(t)).join(' | ')}`,
      );
    });
    const fm = frontMatter(REPORT);
    assert.equal(fm.org, 'xx-district');
    assert.equal(fm.year, 2024);
    assert.equal(fm.kind, 'summary');
    assert.equal(fm.source.publisher, 'XX区残疾人联合会');
    assert.match(readFileSync(file(REPORT), 'utf8'), /全区持证残疾人工作稳步推进/);
    await page.context().close();
  });

  const GUIDE = 'content/guides/disability-certificate-first.md';

  it("adds a material to a guide's 申请材料", async () => {
    const before = frontMatter(GUIDE).materials as { name: string }[];
    const page = await openEditor('#/collections/guides/entries/disability-certificate-first');
    await page.getByRole('button', { name: '新增申请材料' }).click();
    await page.getByRole('textbox', { name: '材料名称' }).last().fill('户口簿');
    // A national guide shows its 适用地区 as chosen (the file says `[all]`, which the choice list reads).
    await page.getByText('全国各地（all）', { exact: true }).waitFor();
    await publish(page);
    await waitFor('the guide to change', () => (frontMatter(GUIDE).materials as unknown[]).length > before.length);
    const after = frontMatter(GUIDE).materials as { name: string; required: boolean }[];
    assert.deepEqual(
      after.slice(0, before.length).map((m) => m.name),
      before.map((m) => m.name),
    );
    assert.deepEqual(after.at(-1), { name: '户口簿', required: false });
    assert.deepEqual(frontMatter(GUIDE).orgs, ['all']);
    await page.context().close();
  });

  it('creates a guide for one organisation, named in ASCII; the check reads it and the build publishes it', async () => {
    const before = listFiles(repo);
    const page = await openEditor('#/collections/guides/new');
    const box = (name: string) => page.getByRole('textbox', { name, exact: true });
    const choose = async (combobox: string, option: string) => {
      await page.getByRole('combobox', { name: combobox }).last().click();
      await page.getByRole('option', { name: option }).click();
    };
    const addText = async (list: string, label: string, text: string) => {
      await page.getByRole('button', { name: `新增${list}` }).click();
      await box(label).last().fill(text);
    };
    await box('事项名称').fill('XX区残疾人临时救助申请');
    await box('摘要').fill('XX区的特困、贫困残疾人家庭遇到临时困难，可以向XX区残联申请临时救助。');
    await addText('常用叫法', '常用叫法', '临时救助');
    await choose('类别', '补贴（subsidy）');
    await page.getByRole('button', { name: '新增服务对象' }).click();
    await choose('服务对象', '个人（person）');
    await box('实施主体').fill('XX区残联');
    await addText('受理条件', '受理条件', 'XX区的特困、贫困残疾人家庭，具体条件请咨询XX区残联。');
    // Lists of objects start empty (not with one half-made item).
    await page.getByText('0 申请材料').waitFor();
    await page.getByRole('button', { name: '新增申请材料' }).click();
    await box('材料名称').fill('居民身份证');
    await page.getByRole('button', { name: '新增办理流程' }).click();
    await box('步骤名称').fill('咨询并申请');
    await box('谁来办').fill('残疾人或家属');
    await box('做什么').fill('向XX区残联咨询并提出申请。');
    await box('办结时限').fill('来源文件没有写明，请咨询XX区残联。');
    await box('收费').fill('来源文件没有写明，请咨询XX区残联。');
    await page.getByRole('button', { name: '新增网上办理渠道' }).click();
    await box('渠道名称').fill('浙里办');
    await page.getByRole('button', { name: '新增线下办理地点' }).click();
    await box('办理地点').fill('XX区残联');
    await box('跑动次数').fill('来源文件没有写明，请咨询XX区残联。');
    await box('咨询单位').fill('XX区残联');
    await choose('适用地区', 'XX区残疾人联合会（xx-district）');
    await page.getByRole('button', { name: '新增来源原句' }).click();
    await box('来源文件编号').last().fill('004');
    await box('原文句子（照抄）').last().fill('对44名贫困残疾人家庭实施临时救助X万元。');
    await box('最近核对日期').fill('2026-12-01');
    await page.locator('[data-slate-editor="true"]').last().click();
    await page.keyboard.type('XX区为生活遇到临时困难的残疾人家庭提供临时救助。');
    await publish(page);
    const added = () => listFiles(repo).filter((f) => !before.includes(f));
    await waitFor('the new guide', () => added().length > 0).catch(async (e: Error) => {
      if (process.env.CMS_TEST_KEEP) await page.screenshot({ path: join(repo, 'guide.png'), fullPage: true });
      const shown = await page.getByText(/”|必填|错误|失败/).allTextContents();
      throw new Error(`${e.message}; the editor shows: ${shown.join(' | ')}`);
    });
    const [rel] = added();
    assert.match(rel!, /^content\/guides\/subsidy-\d{8}-\d{4}\.md$/);
    await waitFor('the whole guide', () => /临时救助。\s*$/.test(readFileSync(file(rel!), 'utf8')));
    const fm = frontMatter(rel!);
    assert.deepEqual(fm.orgs, ['xx-district']);
    assert.deepEqual(fm.materials, [{ name: '居民身份证', required: false }]);
    const problems = checkSite(repo).problems.map(formatProblem);
    assert.deepEqual(problems, [], problems.join('\n'));
    GUIDE_CREATED = rel!.replace(/^content\/guides\/(.+)\.md$/, '$1');
    await page.context().close();
  });

  const ACTUALS = 'data/plans/xx-district-2023/actuals.csv';

  it('adds an indicator actual; a year outside the plan is reported by the check with its usual message', async () => {
    // The one committed actuals file has a value for every indicator: the copy loses one, which the editor adds back.
    const original = readFileSync(file(ACTUALS), 'utf8');
    const row = original.split('\n').find((l) => l.startsWith('new-stable-employment,2023,'))!;
    writeFileSync(file(ACTUALS), original.replace(`${row}\n`, ''));
    const page = await openEditor('#/collections/actuals/entries/xx-district-2023/actuals');
    await page.getByRole('button', { name: '新增实际值（每行一个）' }).click();
    const last = (name: string) => page.getByRole('textbox', { name }).last();
    await last('指标编号（indicators.yaml 中的 id）').fill('new-stable-employment');
    const year = page.getByRole('spinbutton', { name: '年份（四位数字）' }).last();
    await year.fill('2024');
    await page.getByRole('spinbutton', { name: '实际值（数字；百分比写 73，不写 0.73）' }).last().fill('34');
    await last('原文写法（如 73％，可空） (可选)').fill('34名');
    await last('来源文件编号（如 004）').fill('004');
    await last('来源原句（照抄原文）').fill('其中新增稳定就业34名，超额完成省市新增残疾人稳定就业30名任务');
    await publish(page);
    await waitFor('the actuals to change', () =>
      readFileSync(file(ACTUALS), 'utf8').includes('new-stable-employment,2024,'),
    );
    // A 2024 value in a plan that ends in 2023: the editor cannot know, the check says so.
    const problems = checkSite(repo).problems.map(formatProblem);
    assert.deepEqual(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0]!,
      /^data\/plans\/xx-district-2023\/actuals\.csv:\d+: year — 2024 年晚于规划的目标年份（2023 年）/,
    );
    await year.fill('2023');
    await publish(page);
    await waitFor('the year to be corrected', () =>
      readFileSync(file(ACTUALS), 'utf8').includes('new-stable-employment,2023,34,34名,004,'),
    );
    await page.context().close();
  });

  const DATASET = 'data/datasets/xx-district-2023-accessibility';
  const SENTENCE = '重要公共场所无障碍改造任务数11个，完成16个，完成率145％，位居全市第一';
  /** The table as an official's spreadsheet saves it; `done` is the completed count, typed as 61 by mistake first. */
  const table = (done: number) =>
    `项目,个数,来源文件,原文\r\n改造任务数,11,004,${SENTENCE}\r\n完成数,${done},004,${SENTENCE}\r\n`;

  /** Uploads a file through the editor's media library (the header's “媒体”, then “上传”). */
  async function upload(page: Page, name: string, body: string): Promise<void> {
    const media = page.getByRole('heading', { name: '媒体资源' });
    if (!(await media.isVisible())) {
      // The header (and its 媒体 button) is shown outside the entry editor.
      await page.goto(`${url}/admin/#/collections/datasets`);
      await page.getByRole('button', { name: '媒体' }).click();
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('上传', { exact: true }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(body, 'utf8') });
  }

  it('creates a dataset and uploads its CSV; a mistyped figure is reported by the check, the corrected one passes', async () => {
    const page = await openEditor('#/collections/datasets/new');
    await page.getByRole('textbox', { name: '数据集标题' }).fill('XX区2023年重要公共场所无障碍改造');
    await page.getByRole('combobox', { name: '机构' }).click();
    await page.getByRole('combobox', { name: '机构' }).fill('XX区');
    await page.getByRole('option', { name: /XX区残疾人联合会/ }).click();
    await page.getByRole('spinbutton', { name: '年份 (可选)', exact: true }).fill('2023');
    await page.getByRole('combobox', { name: '主题' }).click();
    await page.getByRole('option', { name: '无障碍改造（accessibility）' }).click();
    await page.getByRole('button', { name: '新增来源文件编号' }).click();
    await page.getByRole('textbox', { name: '来源文件编号' }).last().fill('004');
    await page
      .getByRole('textbox', { name: '许可说明' })
      .fill('数字照录政府机构公开发布的工作文件；转载请注明原文件和发布机构。');
    await page.getByRole('button', { name: '新增主键列' }).click();
    await page.getByRole('textbox', { name: '主键列' }).last().fill('项目');
    const columns: [string, string, string, string, string][] = [
      ['项目', '文字（text）', '', '原文所说的项目', ''],
      ['个数', '整数（integer）', '个', '重要公共场所的个数', ''],
      ['来源文件', '文字（text）', '', '这一行数字出自哪份来源文件', '来源文件（document）'],
      ['原文', '文字（text）', '', '这一行数字所在的原文句子，一字未改', '原文（sentence）'],
    ];
    for (const [i, [name, type, unit, meaning, role]] of columns.entries()) {
      await page.getByRole('button', { name: '新增各列说明' }).click();
      await page.getByRole('textbox', { name: '列名（与 CSV 第一行一致）' }).last().fill(name);
      // The i-th 类型 is this column's (the chart's own 类型 comes after the columns).
      await page.getByRole('combobox', { name: '类型', exact: true }).nth(i).click();
      await page.getByRole('option', { name: type }).click();
      if (unit) await page.getByRole('textbox', { name: '单位 (可选)' }).last().fill(unit);
      await page.getByRole('textbox', { name: '含义' }).last().fill(meaning);
      if (role) {
        await page.getByRole('combobox', { name: '用途 (可选)' }).last().click();
        await page.getByRole('option', { name: role }).click();
      }
    }
    await publish(page);
    // The proxy writes in place: wait until the file parses with all four columns (written after the rest).
    const saved = () => {
      const v = existsSync(file(`${DATASET}.yaml`)) ? parse(readFileSync(file(`${DATASET}.yaml`), 'utf8')) : null;
      const columns = (v as { columns?: unknown[] } | null)?.columns;
      return columns?.length === 4 ? (v as Record<string, unknown>) : undefined;
    };
    await waitFor(`${DATASET}.yaml`, () => saved() !== undefined).catch(async (e: Error) => {
      if (process.env.CMS_TEST_KEEP) await page.screenshot({ path: join(repo, 'dataset.png'), fullPage: true });
      const shown = await page.getByText(/”|必填|错误|失败/).allTextContents();
      throw new Error(`${e.message}; the editor shows: ${shown.join(' | ')}`);
    });
    const meta = saved()!;
    assert.deepEqual(meta.org, ['xx-district']);
    assert.deepEqual(meta.source, { document: ['004'] });
    const problems = () => checkSite(repo).problems.map(formatProblem);
    // Saved without its table: the check names the file to upload.
    assert.ok(
      problems().some((p) => p.startsWith(`${DATASET}.yaml: （整个文件） — 没有数据表 ${DATASET}.csv`)),
      problems().join('\n'),
    );
    await upload(page, 'xx-district-2023-accessibility.csv', table(61));
    // The proxy replaces a file by removing and writing it: wait for the whole table, as uploaded.
    const uploaded = (body: string) => () => {
      try {
        return readFileSync(file(`${DATASET}.csv`), 'utf8') === body;
      } catch {
        return false;
      }
    };
    await waitFor(`${DATASET}.csv`, uploaded(table(61)));
    assert.deepEqual(problems(), [
      `${DATASET}.csv:3: 个数 — 数字“61”在这一行的原文中找不到 — 核对数字是否照录原文；每个数字都要出现在“原文”列的句子里`,
    ]);
    // The corrected table, uploaded again under the same name, replaces the first once the official confirms
    // (Decap asks with the browser's own dialog, in English; the editor page rewrites it in Chinese).
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await upload(page, 'xx-district-2023-accessibility.csv', table(16));
    await waitFor('the corrected table', uploaded(table(16)));
    assert.deepEqual(asked, ['媒体库中已经有名为“xx-district-2023-accessibility.csv”的文件。要用刚选的文件替换它吗？']);
    assert.deepEqual(problems(), []);
    await page.context().close();
  });

  /** Entry, the label of a top-level text field, its name in the file, the file. */
  const RESAVED: [string, string, string, string][] = [
    // The anonymised organisation's file has a comment (its name must stay anonymised), which saving keeps.
    ['#/collections/orgs/entries/xx-district', '来源说明', 'source', 'data/orgs/xx-district.yaml'],
    ['#/collections/plans/entries/lishui-2021-2025', '标题', 'title', 'data/plans/lishui-2021-2025.yaml'],
    [
      '#/collections/datasets/entries/child-rehabilitation-2020',
      '数据集标题',
      'title',
      'data/datasets/child-rehabilitation-2020.yaml',
    ],
    ['#/collections/settings/entries/site', '网站名称', 'name', 'data/site.yaml'],
  ];

  it('edits an organisation, a plan, a dataset and the settings, changing nothing else', async () => {
    for (const [hash, label, key, rel] of RESAVED) {
      const text = readFileSync(file(rel), 'utf8');
      const before = parse(text) as Record<string, unknown>;
      const page = await openEditor(hash);
      const box = page.getByRole('textbox', { name: label, exact: true });
      await box.click();
      await box.press('End');
      await page.keyboard.type('（修订）');
      await publish(page);
      const expected = { ...before, [key]: `${before[key] as string}（修订）` };
      await waitFor(`${rel} to be saved`, () => {
        // The proxy writes the file in place: a read in the middle of the write sees an empty file (null).
        const now = parse(readFileSync(file(rel), 'utf8')) as Record<string, unknown> | null;
        return now?.[key] === expected[key];
      }).catch(async (e: Error) => {
        const shown = await page.getByText(/”|必填|错误|失败/).allTextContents();
        throw new Error(`${e.message}; the editor shows: ${shown.join(' | ')}`);
      });
      // Fields the editor cannot show (a highlight's row) are kept, and so are comments, quoting and every line but
      // the changed one (src/lib/cms/yaml-keep.ts).
      const now = readFileSync(file(rel), 'utf8');
      assert.deepEqual(parse(now), expected, rel);
      const lines = now.split('\n');
      assert.deepEqual(
        text.split('\n').filter((l, i) => l !== lines[i]),
        text.split('\n').filter((l) => l.startsWith(`${key}:`)),
        `${rel}: only the ${key} line changes`,
      );
      assert.equal(lines.length, text.split('\n').length, rel);
      await page.context().close();
    }
  });

  it('the files it wrote pass the check and build into pages', () => {
    const result = checkSite(repo);
    assert.deepEqual(result.problems.map(formatProblem), []);
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const page = readFileSync(join(repo, 'dist/reports/xx-district/2024-summary/index.html'), 'utf8');
    assert.match(page, /XX区残联2024年工作总结/);
    assert.match(readFileSync(join(repo, 'dist/guides/disability-certificate-first/index.html'), 'utf8'), /户口簿/);
    const dataset = readFileSync(join(repo, 'dist/data/xx-district-2023-accessibility/index.html'), 'utf8');
    assert.match(dataset, /XX区2023年重要公共场所无障碍改造/);
    assert.ok(GUIDE_CREATED, 'the guide test ran first');
    const guide = readFileSync(join(repo, `dist/guides/${GUIDE_CREATED}/index.html`), 'utf8');
    assert.match(guide, /XX区残疾人临时救助申请/);
    assert.match(guide, /居民身份证/);
  });

  it('prints the axe violations of the editor (recorded in docs/cms.md)', async () => {
    for (const hash of ['', '#/collections/reports/new']) {
      const page = await openEditor(hash);
      await new Promise((r) => setTimeout(r, 1000));
      const violations = await runAxe(page);
      const nodes = violations.reduce((n, v) => n + v.targets.length, 0);
      console.log(`axe /admin/${hash}: ${violations.length} rules, ${nodes} nodes`);
      for (const v of violations) console.log(`  [${v.impact}] ${v.id} ×${v.targets.length} — ${v.help}`);
      const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      assert.deepEqual(csp, [], 'the editor runs under its policy without a violation');
      await page.context().close();
    }
  });
});
