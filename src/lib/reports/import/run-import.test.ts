import { todayInChina } from '../../core/format.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../../tests/fixtures/import/minimal-docx.ts';
import { seedPath } from '../../../../tests/fixtures/import/seeds.ts';
import { reportKind } from '../kind.ts';
import { runImport } from './run-import.ts';

let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/lishui.yaml'), 'id: lishui\nname: 丽水市残疾人联合会\n');
  writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
  writeFileSync(
    join(root, 'doc.txt'),
    'XX区残联2023年工作总结\n一、基本情况\n补助X万元。\n二、工作计划\n（一）加强组织建设\n',
  );
  out = [];
  err = [];
});

const run = (...argv: string[]) => runImport(argv, { root, out: (l) => out.push(l), err: (l) => err.push(l) });
const target = () => join(root, 'content/reports/xx-district/2023-summary.md');

describe('runImport', () => {
  it('writes a report that passes the report check', async () => {
    expect(await run('doc.txt', '--org', 'xx-district', '--year', '2023', '--published-on', '2024-06-01')).toBe(0);
    const text = readFileSync(target(), 'utf8');
    expect(text).toBe(
      [
        '---',
        'title: XX区残联2023年工作总结',
        'published: 2024-06-01',
        'org: xx-district',
        'year: 2023',
        'kind: summary',
        'summary: 补助X万元。',
        'source:',
        '  title: XX区残联2023年工作总结',
        '  publisher: XX区残疾人联合会',
        '  file: doc.txt',
        '---',
        '',
        '## 一、基本情况',
        '',
        '补助X万元。',
        '',
        '## 二、工作计划',
        '',
        '### （一）加强组织建设',
        '',
      ].join('\n'),
    );
    const loaded = reportKind.load('content/reports/xx-district/2023-summary.md', text, new Uint8Array());
    expect(loaded.problems).toEqual([]);
    expect(out.at(-1)).toBe(
      '\n已写入 content/reports/xx-district/2023-summary.md。请通读全文与原文核对，再运行 npm run check。',
    );
  });

  it('dates the report today (in China) unless --published-on says otherwise, and refuses a non-date', async () => {
    expect(await run('doc.txt', '--org', 'xx-district', '--year', '2023')).toBe(0);
    expect(readFileSync(target(), 'utf8')).toContain(`\npublished: ${todayInChina()}\n`);
    expect(
      await run('doc.txt', '--org', 'xx-district', '--year', '2023', '--force', '--published-on', '2024-02-30'),
    ).toBe(1);
    expect(err[0]).toContain('--published-on — “2024-02-30”不是日期');
  });

  it('refuses to overwrite without --force and overwrites with it', async () => {
    await run('doc.txt', '--org', 'xx-district', '--year', '2023');
    writeFileSync(target(), 'edited');
    expect(await run('doc.txt', '--org', 'xx-district', '--year', '2023')).toBe(1);
    expect(err[0]).toBe(
      'content/reports/xx-district/2023-summary.md: （整个文件） — 文件已存在，为避免覆盖已停止 — 确认要用新导入的内容替换时，加上 --force 再运行；否则改用别的 --year 或 --kind',
    );
    expect(readFileSync(target(), 'utf8')).toBe('edited');
    expect(await run('doc.txt', '--org', 'xx-district', '--year', '2023', '--force')).toBe(0);
    expect(readFileSync(target(), 'utf8')).toMatch(/^---\ntitle: XX区残联2023年工作总结\npublished: /);
  });

  it('--dry-run prints the outline and removals and writes nothing', async () => {
    writeFileSync(
      join(root, 'doc.txt'),
      '[bookmark: _Toc1]某区残联总结\n一、基本情况\n已落实##paidbegin##88名。\n##paidend##\n二、计划\n',
    );
    expect(await run('doc.txt', '--org', 'xx-district', '--year', '2023', '--dry-run')).toBe(0);
    expect(existsSync(target())).toBe(false);
    expect(out).toEqual([
      '标题：某区残联总结',
      '\n提纲（2 个标题）：',
      '  ## 一、基本情况（第 2 行）',
      '  ## 二、计划（第 5 行）',
      '\n删除的内容（3 处）：',
      '  第 1 行 Word 书签标记：[bookmark: _Toc1]',
      '  第 3 行 网页抓取标记：##paidbegin##',
      '  第 4 行 网页抓取标记：##paidend##',
      // 48 = bookmarkToc1 (12) + 某区残联总结 一基本情况 已落实 (14) + paidbegin 88名 (12) + paidend (7) + 二计划 (3).
      '\n文字核对：原文 48 个字、数字和字母，全部保留（删除的 3 处已列出）',
      '\n试运行：没有写入任何文件。去掉 --dry-run 将写入 content/reports/xx-district/2023-summary.md。',
    ]);
  });

  it.each([
    [
      ['doc.txt', '--org', 'hangzhou', '--year', '2023'],
      'doc.txt: --org — 机构“hangzhou”不存在 — 改为已有的机构编号：lishui、xx-district；新机构请先在 data/orgs/ 添加',
    ],
    [
      ['doc.txt', '--org', 'lishui', '--year', '二〇二三'],
      'doc.txt: --year — “二〇二三”不是年份 — 写成 1949 到 2100 之间的四位数字，例如 --year 2023',
    ],
    [
      ['--org', 'lishui', '--year', '2023'],
      '（命令行）: 文件路径 — 没有指定要导入的文件 — 写成 npm run import -- 文件路径 --org 机构编号 --year 年份 [--kind 类型] [--end-year 年份] [--title 标题] [--published-on 本站发布日期] [--force] [--dry-run]',
    ],
    [
      ['missing.txt', '--org', 'lishui', '--year', '2023'],
      'missing.txt: （整个文件） — 找不到这个文件 — 检查路径和文件名是否写对；相对路径从运行命令的目录算起',
    ],
    [
      ['report.odt', '--org', 'lishui', '--year', '2023'],
      'report.odt: （整个文件） — 不支持“.odt”格式的文件 — 只能导入 .txt、.md、Word 文件（.docx、.doc、.wps）、PDF（.pdf）或保存的网页（.html、.htm）',
    ],
    [
      ['old.doc', '--org', 'lishui', '--year', '2023'],
      'old.doc: （整个文件） — 找不到这个文件 — 检查路径和文件名是否写对；相对路径从运行命令的目录算起',
    ],
    [
      ['doc.txt', '--org', 'lishui', '--year', '2023', '--verbose'],
      'doc.txt: --verbose — 不认识这个参数 — 可用的参数：--org、--year、--kind、--end-year、--title、--published-on、--force、--dry-run',
    ],
  ])('prints the problem for %j', async (argv, message) => {
    expect(await run(...argv)).toBe(1);
    expect(err[0]).toBe(message);
    expect(err.at(-1)).toMatch(/^\n导入未完成：\d+ 个问题。/);
  });

  it('reports an empty file, a folder, a broken .docx and a missing title', async () => {
    writeFileSync(join(root, 'empty.txt'), ' \n\n');
    mkdirSync(join(root, 'folder.txt'));
    writeFileSync(join(root, 'broken.docx'), 'not a zip');
    writeFileSync(join(root, 'notitle.txt'), '一、2020年工作总结\n正文。\n二、2021年主要工作\n');
    const first = async (...argv: string[]) => {
      err = [];
      expect(await run(...argv, '--org', 'lishui', '--year', '2020')).toBe(1);
      return err[0];
    };
    expect(await first('empty.txt')).toBe(
      'empty.txt: （整个文件） — 文件是空的，没有可导入的文字 — 确认选对了文件；Word 文件请确认正文是文字而不是图片',
    );
    expect(await first('folder.txt')).toBe(
      'folder.txt: （整个文件） — 无法读取这个文件 — 确认这是一个文件（不是文件夹）、有读取权限，并且没有被其他程序占用',
    );
    expect(await first('broken.docx')).toBe(
      'broken.docx: （整个文件） — 无法读取这个 Word 文件 — 确认文件没有损坏：用 Word 或 WPS 打开后另存为 .docx 再导入',
    );
    expect(await first('notitle.txt')).toBe(
      'notitle.txt: --title — 文件第一行不是标题（它以编号开头或是一个完整的句子） — 用 --title "报告标题" 写出标题，例如 --title "某某市残联2020年工作总结"',
    );
    expect(await run('notitle.txt', '--org', 'lishui', '--year', '2020', '--title', '某市残联2020年工作总结')).toBe(0);
  });

  it('imports a .docx with a table', async () => {
    writeFileSync(
      join(root, 'plan.docx'),
      minimalDocx([
        '某市规划',
        '一、主要指标',
        [
          ['序号', '指标'],
          ['1', '>99%'],
        ],
        '二、保障措施',
      ]),
    );
    expect(await run('plan.docx', '--org', 'lishui', '--year', '2021', '--kind', 'plan')).toBe(0);
    expect(readFileSync(join(root, 'content/reports/lishui/2021-plan.md'), 'utf8')).toContain(
      '## 一、主要指标\n\n| 序号 | 指标 |\n| --- | --- |\n| 1 | >99% |\n\n## 二、保障措施\n',
    );
  });

  it('reads GB18030 text files', async () => {
    const gbk = Buffer.from([
      0xc4, 0xb3, 0xca, 0xd0, 0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xdc, 0xbd, 0xe1, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3,
    ]);
    writeFileSync(join(root, 'gbk.txt'), gbk);
    expect(await run('gbk.txt', '--org', 'lishui', '--year', '2020')).toBe(0);
    expect(out[0]).toBe('标题：某市工作总结');
    expect(out).toContain('文件编码：GB18030（已转为 UTF-8）');
  });

  it('imports seed 003 with its publication date', async () => {
    expect(
      await run(seedPath('003'), '--org', 'lishui', '--year', '2021', '--kind', 'five-year-plan', '--end-year', '2025'),
    ).toBe(0);
    const text = readFileSync(join(root, 'content/reports/lishui/2021-five-year-plan.md'), 'utf8');
    expect(text).toContain('  published: 2021-12-16\n  file: 003_a1e747283835999b.txt\n');
    expect(text).toContain('endYear: 2025\n');
  });
});
