import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../check/check-site.ts';
import { runImport } from './run-import.ts';
import { runInbox } from './run-inbox.ts';

const REPO = join(import.meta.dirname, '../../../..');
const SITE = join(REPO, 'tests/fixtures/valid');
const DOCX = join(REPO, 'tests/fixtures/import/word/lo-report.docx');
const PDF = join(REPO, 'tests/fixtures/import/pdf/plan-libreoffice.pdf');
const DATE = ['--published-on', '2026-12-01'];

/** A copy of the valid fixture site (organisation `demo`, one report: content/reports/demo/2023-summary.md). */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'inbox-'));
  for (const dir of ['data', 'content']) cpSync(join(SITE, dir), join(root, dir), { recursive: true });
  return root;
}

function put(root: string, rel: string, from: string | Uint8Array | string[]): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  if (typeof from === 'string') copyFileSync(from, join(root, rel));
  else writeFileSync(join(root, rel), Array.isArray(from) ? from.join('\n') : from);
}

/** Every file under root with its bytes, to show that a failed run changed nothing. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      files[join(e.parentPath, e.name).slice(root.length + 1)] = readFileSync(join(e.parentPath, e.name), 'hex');
  }
  return files;
}

let root: string;
let out: string[];
let err: string[];
const io = () => ({ root, out: (l: string) => out.push(l), err: (l: string) => err.push(l) });
const inbox = (...argv: string[]) => runInbox(argv, io());

beforeEach(() => {
  root = site();
  out = [];
  err = [];
});

describe('runInbox', () => {
  it('turns a .docx and a .pdf into the reports npm run import writes for them, and empties the inbox', async () => {
    put(root, 'inbox/demo/2024-summary.docx', DOCX);
    put(root, 'inbox/demo/2021-2025-five-year-plan.pdf', PDF);
    put(root, 'inbox/README.md', ['# 收件箱']);
    expect(await inbox(...DATE)).toBe(0);
    expect(err).toEqual([]);

    // The same files, imported one by one with the same options into another copy of the site.
    const other = site();
    const upload = mkdtempSync(join(tmpdir(), 'upload-'));
    copyFileSync(DOCX, join(upload, '2024-summary.docx'));
    copyFileSync(PDF, join(upload, '2021-2025-five-year-plan.pdf'));
    const quiet = { root: other, cwd: upload, out: () => {}, err: (l: string) => err.push(l) };
    expect(await runImport(['2024-summary.docx', '--org', 'demo', '--year', '2024', ...DATE], quiet)).toBe(0);
    expect(
      await runImport(
        [
          '2021-2025-five-year-plan.pdf',
          '--org',
          'demo',
          '--year',
          '2021',
          '--kind',
          'five-year-plan',
          '--end-year',
          '2025',
          ...DATE,
        ],
        quiet,
      ),
    ).toBe(0);
    for (const report of ['content/reports/demo/2024-summary.md', 'content/reports/demo/2021-five-year-plan.md']) {
      expect(readFileSync(join(root, report), 'utf8')).toBe(readFileSync(join(other, report), 'utf8'));
    }

    // The inbox files are gone, the folder they were in too; the README stays. The site passes the check.
    expect(readdirSync(join(root, 'inbox'))).toEqual(['README.md']);
    expect(checkSite(root).problems).toEqual([]);

    const report = readFileSync(join(root, 'inbox-report.md'), 'utf8');
    expect(report.split('\n').slice(0, 9)).toEqual([
      '# 收件箱导入报告',
      '',
      '导入了 2 个文件，收件箱里的这些文件已删除。请通读每份报告，与原文核对。',
      '',
      '## inbox/demo/2021-2025-five-year-plan.pdf',
      '',
      '- 已写入：content/reports/demo/2021-five-year-plan.md',
      '- 标题：某某县残疾人事业发展“十四五”规划',
      '',
    ]);
    expect(report).toContain(
      [
        '### 提纲（5 个标题）',
        '',
        '- 一、发展基础（第 6 行）',
        '- 二、主要目标（第 14 行）',
        '  - （一）总体目标（第 15 行）',
        '  - （二）主要指标（第 19 行）',
        '- 三、保障措施（第 31 行）',
        '',
        '### 删除的内容（4 处）',
        '',
        '- 第 1 行（第 1 页） 页眉（每页重复）：某某县残疾人联合会',
      ].join('\n'),
    );
    expect(report).toContain(
      '## inbox/demo/2024-summary.docx\n\n- 已写入：content/reports/demo/2024-summary.md\n- 标题：某区残疾人联合会2024年工作总结\n',
    );
    expect(report).toContain('- 第 8 行 没有替代文字也没有图注的图片：图片（图像2）\n');
    expect(report).toContain('文字核对：原文 190 个字、数字和字母，全部保留（删除的 1 处已列出）\n');
    // Printed too, and the last line says where the report is.
    expect(out.slice(0, -1).join('\n')).toBe(report);
    expect(out.at(-1)).toBe('已导入 2 个文件，报告写在 inbox-report.md。请通读全文与原文核对，再运行 npm run check。');
  });

  it('says there is nothing to import when the inbox is empty or missing, and writes nothing', async () => {
    expect(await inbox()).toBe(0);
    expect(out).toEqual(['收件箱（inbox/）里没有要导入的文件。']);
    put(root, 'inbox/README.md', ['# 收件箱']);
    put(root, 'inbox/demo/.gitkeep', []);
    put(root, 'inbox/demo/README.md', ['本机构的说明']);
    put(root, 'inbox/.DS_Store', new Uint8Array([0, 0, 0, 1]));
    const before = snapshot(root);
    out = [];
    expect(await inbox()).toBe(0);
    expect(out).toEqual(['收件箱（inbox/）里没有要导入的文件。']);
    expect(snapshot(root)).toEqual(before);
  });

  it('--dry-run checks and prints the report and changes nothing', async () => {
    put(root, 'inbox/demo/2024-summary.docx', DOCX);
    const before = snapshot(root);
    expect(await inbox('--dry-run', ...DATE)).toBe(0);
    expect(out[2]).toBe('试运行：1 个文件都可以导入，没有写入或删除任何文件。');
    expect(out).toContain('- 将写入：content/reports/demo/2024-summary.md');
    expect(out.at(-1)).toBe('试运行：没有写入任何文件。去掉 --dry-run 将写入上面的 1 份报告并删除收件箱里的文件。');
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses to replace a published report without --force, and replaces it with --force', async () => {
    put(root, 'inbox/demo/2023-summary.docx', DOCX);
    const before = snapshot(root);
    expect(await inbox(...DATE)).toBe(1);
    expect(err[0]).toBe(
      'inbox/demo/2023-summary.docx: 文件名 — content/reports/demo/2023-summary.md 已存在，为避免覆盖已停止 — 确认要用这个文件替换已发布的报告时，运行 npm run inbox -- --force；否则改正文件名里的年份或类型',
    );
    const { 'inbox-report.md': report, ...rest } = snapshot(root);
    expect(rest).toEqual(before);
    expect(Buffer.from(report!, 'hex').toString()).toContain('没有导入任何文件：发现 1 个问题');
    expect(await inbox('--force', ...DATE)).toBe(0);
    expect(readFileSync(join(root, 'content/reports/demo/2023-summary.md'), 'utf8')).toContain(
      'title: 某区残疾人联合会2024年工作总结\n',
    );
    expect(out).toContain('- 已写入：content/reports/demo/2023-summary.md（替换了原有的报告）');
  });

  it('reports every bad file in the project format, changes nothing, and writes the problems to the report', async () => {
    put(root, 'inbox/demo/2024-summary.docx', DOCX); // good, but not imported while others are bad
    put(root, 'inbox/hangzhou/2024-summary.docx', DOCX);
    put(root, 'inbox/demo/总结.docx', DOCX);
    put(root, 'inbox/demo/2024-report.docx', DOCX);
    put(root, 'inbox/demo/2024-plan.odt', DOCX);
    put(root, 'inbox/demo/2021-five-year-plan.pdf', PDF);
    put(
      root,
      'inbox/demo/2025-plan.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef]),
    );
    put(root, 'inbox/demo/2024-summary.pdf', PDF);
    put(root, 'inbox/2022-summary.docx', DOCX);
    const outside = join(mkdtempSync(join(tmpdir(), 'inbox-report-')), 'report.md');
    const before = snapshot(root);
    expect(await inbox('--report', outside, ...DATE)).toBe(1);
    expect(snapshot(root)).toEqual(before);
    expect(err).toEqual([
      'inbox/2022-summary.docx: 文件夹 — 文件直接放在了收件箱里，没有放进机构的文件夹 — 移到 inbox/机构编号/ 里，例如 inbox/demo/2022-summary.docx',
      'inbox/demo/2021-five-year-plan.pdf: 文件名 — 五年规划的文件名没有写结束年份 — 写出规划期的起止年份，例如 2021-2025-five-year-plan.pdf',
      'inbox/demo/2024-plan.odt: 文件名 — 不支持“.odt”格式的文件 — 只能导入 Word 文件（.docx、.doc、.wps）、PDF（.pdf）、保存的网页（.html、.htm）或文本（.txt、.md）；其他格式请用 Word 或 WPS 另存为 .docx',
      'inbox/demo/2024-report.docx: 文件名 — 没有“report”这种报告类型 — 文件名写成“年份-类型.扩展名”，例如 2024-summary.docx；五年规划写起止年份，例如 2021-2025-five-year-plan.pdf；类型是其中之一：summary（年度工作总结）、plan（年度工作计划）、summary-and-plan（年度总结和计划）、five-year-plan（五年规划）',
      'inbox/demo/2024-summary.pdf: 文件名 — 和 inbox/demo/2024-summary.docx 是同一份报告（机构、年份和类型都相同） — 只留下其中一个文件；两份不同的报告请在文件名里写对各自的年份和类型',
      'inbox/demo/2025-plan.docx: （整个文件） — 无法读取这个 Word 文件 — 确认文件没有损坏：用 Word 或 WPS 打开后另存为 .docx 再导入',
      'inbox/demo/总结.docx: 文件名 — 文件名“总结.docx”不符合规定 — 文件名写成“年份-类型.扩展名”，例如 2024-summary.docx；五年规划写起止年份，例如 2021-2025-five-year-plan.pdf；类型是其中之一：summary（年度工作总结）、plan（年度工作计划）、summary-and-plan（年度总结和计划）、five-year-plan（五年规划）',
      'inbox/hangzhou/2024-summary.docx: 文件夹 — 机构“hangzhou”不存在 — 把文件放进已有机构的文件夹：demo；新机构请先在 data/orgs/ 添加',
      '\n收件箱导入未完成：8 个问题。请按每行“—”后面的提示修改收件箱里的文件后再运行。',
    ]);
    expect(out).toEqual([]);
    const report = readFileSync(outside, 'utf8');
    expect(report).toContain('没有导入任何文件：发现 8 个问题，收件箱和网站内容都没有改动。');
    expect(report).toContain('- inbox/demo/2025-plan.docx: （整个文件） — 无法读取这个 Word 文件 — ');
  });

  it('asks for a title in the file, not on the command line', async () => {
    put(root, 'inbox/demo/2020-summary.txt', ['一、2020年工作总结', '正文。', '二、2021年主要工作']);
    expect(await inbox(...DATE)).toBe(1);
    expect(err[0]).toBe(
      'inbox/demo/2020-summary.txt: 标题 — 文件第一行不是标题（它以编号开头或是一个完整的句子） — 在文件第一行单独写出报告的标题（例如“某某市残联2024年工作总结”）后重新上传；或不用收件箱，改用 npm run import 加 --title 导入',
    );
  });

  it('refuses files given on the command line and a bad date', async () => {
    expect(await inbox('report.docx', '--published-on', '2026-02-30')).toBe(1);
    expect(err.slice(0, 2)).toEqual([
      '（命令行）: report.docx — 收件箱不需要指定文件 — 把文件放进 inbox/机构编号/ 后运行 npm run inbox [-- --published-on 本站发布日期] [--report 报告文件] [--force] [--dry-run]；导入别处的单个文件用 npm run import',
      '（命令行）: --published-on — “2026-02-30”不是日期 — 写成 --published-on 2026-12-01 这样的年-月-日；不写就用今天的日期',
    ]);
    expect(existsSync(join(root, 'inbox-report.md'))).toBe(false);
  });
});
