// `npm run import` on Word files as Word, WPS and LibreOffice save them: the dry run's outline, removals and
// words-kept line, and the markdown written. On main (mammoth's text) these headings were glued onto the
// paragraph after them (总体情况全市持证残疾人达到1,234人。), the automatic 一、 was lost and pictures vanished unlisted.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { wordReportDocx } from '../../../tests/fixtures/import/word/word-report.ts';
import { wpsReportDocx } from '../../../tests/fixtures/import/word/wps-report.ts';
import { wordOutlineReportDocx } from '../../../tests/fixtures/import/word/word-outline-report.ts';
import { wordTitleHeadingDocx } from '../../../tests/fixtures/import/word/word-title-heading.ts';
import { minimalDocx } from '../../../tests/fixtures/import/minimal-docx.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { runImport } from '../reports/import/run-import.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { readDocx } from './docx.ts';
import { reportKind } from '../reports/kind.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/word');
let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-word-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/xx-district.yaml'), 'id: xx-district\nname: XX区残疾人联合会\n');
  out = [];
  err = [];
});

const run = (...argv: string[]) =>
  runImport([...argv, '--org', 'xx-district', '--year', '2023'], {
    root,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
const written = () => readFileSync(join(root, 'content/reports/xx-district/2023-summary.md'), 'utf8');
const body = () => written().split('---\n')[2]!;

describe('npm run import on Word files', () => {
  it('a Word file typed like the seeds (no heading styles, numbers typed by hand) imports as it did through mammoth', async () => {
    // The same document and expected markdown as src/lib/import/docx.test.ts (the mammoth path).
    const docx = minimalDocx([
      '某区残联2023年工作总结',
      '一、基本情况',
      '截至10月底，持证残疾人XXX人。',
      [
        ['类别', '人数'],
        ['听力', '1445'],
      ],
      '二、工作计划',
      '（一）加强组织建设',
      '补助X万元。',
    ]);
    const c = convertDocument(await readDocx(docx, 'seed-like.docx'));
    expect(c.title?.text).toBe('某区残联2023年工作总结');
    expect(renderBody(c.blocks)).toBe(
      '## 一、基本情况\n\n截至10月底，持证残疾人XXX人。\n\n| 类别 | 人数 |\n| --- | --- |\n| 听力 | 1445 |\n\n## 二、工作计划\n\n### （一）加强组织建设\n\n补助X万元。\n',
    );
  });

  it('a Word report: headings kept apart, automatic numbering kept, figures noted, removals listed, words proven kept', async () => {
    writeFileSync(join(root, 'report.docx'), await wordReportDocx());
    expect(await run('report.docx', '--dry-run'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('标题：某市残疾人联合会2023年工作总结');
    expect(dry).toContain(
      [
        '提纲（5 个标题）：',
        '  ## 一、总体情况（第 5 行）',
        '    ### （一）康复服务（第 7 行）',
        '    ### （二）就业服务（第 15 行）',
        '  ## 二、下一步工作（第 29 行）',
        '    ### （一）加强组织建设（第 30 行）',
      ].join('\n'),
    );
    expect(dry).toContain(
      [
        '删除的内容（4 处）：',
        '  第 1 行 页眉页脚：某市残联文件',
        '  第 2 行 Word 目录：目录',
        '  第 3 行 Word 目录：一、总体情况 1',
        '  第 14 行 没有替代文字也没有图注的图片：图片 3',
      ].join('\n'),
    );
    expect(dry).toMatch(/文字核对：原文 \d+ 个字、数字和字母，全部保留（删除的 4 处已列出）/);
    expect(await run('report.docx')).toBe(0);
    const md = body();
    expect(md).toContain(
      '## 一、总体情况\n\n全市持证残疾人达到1,234人。\n\n### （一）康复服务\n\n完成残疾儿童康复救助56人。',
    );
    expect(md).not.toContain('总体情况全市');
    expect(md).toContain('（图：康复中心外景：三层白色楼房）');
    expect(md).toContain('（图：图 2 助残日活动现场）');
    expect(md).toContain('| 就业 | 个体就业 | 85 |');
    expect(md).toContain('专栏：助残日活动覆盖1.2万人次。');
    expect(md).toContain('［1］含外地户籍儿童3人。');
    expect(
      reportKind.load('content/reports/xx-district/2023-summary.md', written(), new Uint8Array()).problems,
    ).toEqual([]);
  });

  it('a WPS report: numeric style ids and outline levels are headings', async () => {
    writeFileSync(join(root, 'wps.docx'), await wpsReportDocx());
    expect(await run('wps.docx', '--dry-run'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('标题：某县残联2022年工作总结');
    expect(dry).toContain(
      [
        '  ## 一、基本情况（第 2 行）',
        '    ### （一）残疾人康复（第 4 行）',
        '      #### 1.精准康复（第 6 行）',
        '      #### 2.辅具服务（第 8 行）',
        '  ## 二、存在问题（第 12 行）',
      ].join('\n'),
    );
    expect(dry).toContain('第 11 行 没有替代文字也没有图注的图片：图片 1');
    expect(dry).toMatch(/文字核对：.*全部保留/);
  });

  it('a Word report outlined with a custom style and numbered through heading styles imports as Word shows it', async () => {
    writeFileSync(join(root, 'outline.docx'), await wordOutlineReportDocx());
    expect(await run('outline.docx', '--dry-run'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('标题：某县残疾人联合会2024年度工作报告');
    expect(dry).toContain(
      [
        '  ## 第一部分 年度工作回顾（第 2 行）',
        '    ### 1 基层组织建设（第 3 行）',
        '      #### 1.1 乡镇残联（第 5 行）',
        '      #### 1.2 村社区残协（第 7 行）',
        '    ### 2 康复服务（第 9 行）',
        '  ## 第二部分 下一年工作安排（第 30 行）',
        '    ### 3 就业帮扶（第 31 行）',
      ].join('\n'),
    );
    expect(dry).toContain(
      ['  第 1 行 页眉页脚：某县残联', '  第 1 行 页眉页脚：— 2 —', '  第 4 行 修订中删除的文字：五'].join('\n'),
    );
    expect(dry).toMatch(/文字核对：.*全部保留（删除的 3 处已列出）/);
    expect(await run('outline.docx')).toBe(0);
    const md = body();
    expect(md).toContain('全县2024年新建残疾人之家六个，详见残联网站。');
    expect(md).toContain('一、残疾儿童康复救助；\n\n二、辅助器具适配；\n\n① 助听器\n\n② 轮椅');
    expect(md).toContain('| 甲街道 | 12 | 40 | 新建站点 |\n| 乙街道 | 12 | 35 |  |');
    expect(md).toContain('（图：残疾人之家活动室内景）');
    expect(md).toContain('(1) 开展职业技能培训。');
    expect(md).toContain('本报告共3页。');
    expect(md).toContain('［1］含新建残协9个。 数据截至12月底。');
  });

  it('a Word report whose only heading style is on its title: the typed 一、 （一） are found by their numbers', async () => {
    writeFileSync(join(root, 'title.docx'), await wordTitleHeadingDocx());
    expect(await run('title.docx', '--dry-run'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('标题：某县残联2023年工作总结');
    expect(dry).toContain(
      [
        '提纲（4 个标题）：',
        '  ## 一、主要工作（第 2 行）',
        '    ### （一）康复服务（第 3 行）',
        '    ### （二）教育就业（第 5 行）',
        '  ## 二、存在问题（第 7 行）',
      ].join('\n'),
    );
    expect(dry).toMatch(/文字核对：.*全部保留/);
  });

  it('a .doc converted by LibreOffice imports with its outline', { timeout: 120_000 }, async () => {
    copyFileSync(join(FIXTURES, 'lo-report.doc'), join(root, 'report.doc'));
    expect(await run('report.doc', '--dry-run'), err.join('\n')).toBe(0);
    const dry = out.join('\n');
    expect(dry).toContain('标题：某区残疾人联合会2024年工作总结');
    expect(dry).toContain(['  ## 一、总体情况（第 2 行）', '    ### （一）康复服务（第 4 行）'].join('\n'));
    expect(dry).toContain('.doc 文件已由 LibreOffice 转为 .docx 后读取');
    expect(dry).toMatch(/文字核对：.*全部保留/);
  });

  it('a .doc without LibreOffice: exit 1 and how to install it', async () => {
    copyFileSync(join(FIXTURES, 'lo-report.doc'), join(root, 'report.doc'));
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      expect(await run('report.doc', '--dry-run')).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
    expect(err[0]).toMatch(
      /^report\.doc: （整个文件） — \.doc 是旧版 Word\/WPS 格式.*没有安装 LibreOffice.* — 安装 LibreOffice：sudo apt-get install libreoffice-writer-nogui/,
    );
  });
});
