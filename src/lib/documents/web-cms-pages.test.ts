// `npm run import` on saved pages of three more CMS shapes (tests/fixtures/import/web/make-cms-fixtures.ts): a
// Hanweb page in GB2312 with <br>-separated lines and bold numbered headings, and a 集约化 page with an index table
// above the <h1>, bold-only section headings and a picture whose caption repeats its alt text, and a GBK page of
// <font> runs with a toolbar line.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../reports/import/run-import.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/web');
let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-cms-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
  for (const f of [
    'hanweb-br-gbk.htm',
    'jiyue-xxgk-utf8.html',
    'trs-font-gbk.html',
    'news-byline-utf8.html',
    'jiyue-notice-utf8.html',
    'old-center-gbk.htm',
  ])
    copyFileSync(join(FIXTURES, f), join(root, f));
  out = [];
  err = [];
});
const run = (file: string, year: string, kind: string) =>
  runImport([file, '--org', 'xx-district', '--year', year, '--kind', kind], {
    root,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
const written = (name: string) => readFileSync(join(root, 'content/reports/xx-district', name), 'utf8');

describe('npm run import on more CMS page shapes', () => {
  it('a 集约化 page: a caption that repeats the alt text is one figure note, and every word is proven kept', async () => {
    expect(await run('jiyue-xxgk-utf8.html', '2023', 'summary'), err.join('\n')).toBe(0);
    const md = written('2023-summary.md');
    expect(md).toContain('（图：县残疾人综合服务中心）');
    expect(md).toContain('publisher: 示例县残联');
    expect(md).toMatch(/published: ['"]?2024-01-18/);
    expect(md).not.toMatch(/仿宋|当前位置|ICP备|分享到|上一篇|阅读量/);
    expect(out.join('\n')).toMatch(/文字核对：.*全部保留/);
  });

  it('a 集约化 page: the index table above the <h1> is removed, the <h1> is the title, bold numbered lines are headings', async () => {
    expect(await run('jiyue-xxgk-utf8.html', '2023', 'summary'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain(
      [
        '提纲（4 个标题）：',
        '  ## 一、主要工作成效（第 19 行）',
        '    ### （二）康复服务更加精准（第 21 行）',
        '    ### 表1 2023年残疾人服务情况（第 23 行）',
        '  ## 二、2024年工作打算（第 28 行）',
      ].join('\n'),
    );
    expect(dry).toContain(
      '第 14 行 正文以外的网页内容：索引号： 000000000/2024-00001 分类： 工作总结 发布机构： 示例县残联 成文日期： 2024-01-16',
    );
    expect(dry).toContain('第 15 行 标题取自网页第 15 行：示例县残疾人联合会2023年度工作报告');
    const md = written('2023-summary.md');
    expect(md).not.toContain('索引号');
    expect(md).not.toContain('## 示例县残疾人联合会');
    expect(md.split('---\n')[2]).toMatch(/^\n2023年，县残联围绕中心工作/);
    // A bold start of a paragraph is no heading: the line goes on past the bold part.
    expect(md).toContain('\n（一）兜底保障更加有力。全年发放两项补贴共计1,280万元。\n');
  });

  it('a Hanweb GB2312 page: a centred line over a table titles the table, not the picture above it', async () => {
    expect(await run('hanweb-br-gbk.htm', '2022', 'summary-and-plan'), err.join('\n')).toBe(0);
    const md = written('2022-summary-and-plan.md');
    expect(md).toContain('\n2022年主要指标完成情况\n\n| 指标 | 计划 | 完成 |\n');
    expect(md).not.toContain('（图：2022年主要指标完成情况）');
    expect(md).toContain('（图：残疾人职业技能培训班开班现场）');
    expect(out.join('\n')).toContain('第 29 行 没有替代文字也没有图注的图片：（图片）');
    expect(md).toContain('title: 示例区残联2022年工作总结和2023年工作思路');
    expect(md).toContain('publisher: 示例区残疾人联合会');
    expect(md).toMatch(/published: ['"]?2023-03-15/);
    expect(md).toContain('## 一、2022年工作总结\n\n### （一）残疾人康复工作\n\n全年为320名残疾人');
    expect(md).not.toMatch(/仿宋|当前位置|ICP备|字号|打印本页|上一篇|技术支持/);
    // <br>-separated items of one sentence (1.…；2.…。) are paragraphs, not headings.
    expect(md).toContain('## 二、2023年工作思路\n\n1\\.继续实施康复救助项目；\n\n2\\.推进残疾人之家规范化建设。\n');
  });

  it('a GBK page of <font> runs: the toolbar with its view count is removed, a one-line enumeration is a paragraph', async () => {
    expect(await run('trs-font-gbk.html', '2023', 'summary'), err.join('\n')).toBe(0);
    const md = written('2023-summary.md');
    expect(md).not.toMatch(/浏览次数|打印|关闭/);
    expect(out.join('\n')).toContain('第 25 行 浏览次数：浏览次数：0 [打印] [关闭]');
    expect(md).toContain('## 二、下半年工作打算\n\n（一）做好残疾人证换发工作；（二）开展助残日后续活动。\n');
    expect(md).toContain('### （一）康复工作\n\n完成残疾人基本康复服务128人，适配辅助器具36件。');
    expect(md).toContain('（图：残疾人专场招聘会；图1 残疾人专场招聘会现场）');
    expect(md).toMatch(/published: ['"]?2023-07-05/);
    expect(out.join('\n')).toMatch(/文字核对：.*全部保留/);
  });

  it('a news page: the byline and the QR code prompt at the article end are listed, not made a heading', async () => {
    expect(await run('news-byline-utf8.html', '2024', 'summary'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('提纲（0 个标题）');
    expect(dry).toContain('第 14 行 责任编辑等署名：（责任编辑：王某某）');
    expect(dry).toContain('第 16 行 手机扫码提示：扫一扫在手机打开当前页');
    expect(dry).toContain('第 17 行 打印、关闭按钮：【我要打印】【关闭窗口】');
    const md = written('2024-summary.md');
    expect(md).toMatch(/各县（市、区）残联理事长参加会议。\n$/);
    expect(md).not.toMatch(/责任编辑|扫一扫|打印/);
  });

  it('a 集约化 notice: the title above the content area is the title though the content repeats it under the 文号', async () => {
    expect(await run('jiyue-notice-utf8.html', '2021', 'summary'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('第 5 行 标题取自网页第 5 行：关于印发《示例县残疾人事业发展“十四五”规划》的通知');
    expect(dry).not.toContain('正文以外的网页内容：关于印发');
    const md = written('2021-summary.md');
    expect(md).toContain('publisher: 示例县人民政府办公室');
    expect(md.split('---\n')[2]).toMatch(/^\n示政办发〔2022〕3号\n\n关于印发/);
  });

  it('an old GB2312 page: GBK-only characters read, the linked picture kept, the signature not made a heading', async () => {
    expect(await run('old-center-gbk.htm', '2023', 'summary'), err.join('\n')).toBe(0);
    expect(out.join('\n')).toContain('提纲（0 个标题）');
    const md = written('2023-summary.md');
    expect(md).toContain('其中堃达社区、珺璟村表现突出');
    expect(md).toContain('（图：堃达社区助残服务站）');
    expect(md).toMatch(/\n示例县残疾人联合会\n\n2023年12月4日\n$/);
    expect(md).toMatch(/published: ['"]?2023-12-05/);
  });
});
