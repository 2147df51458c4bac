// `npm run import` on PDFs: a LibreOffice-exported plan is imported with its furniture listed and its words kept;
// a scanned PDF stops with the message and exit code 1.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { printHtmlPdf } from '../../../tests/fixtures/import/pdf/report-chromium.ts';
import { runImport } from '../reports/import/run-import.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/pdf');
let root: string;
let out: string[];
let err: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'import-pdf-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/xx-county.yaml'), 'id: xx-county\nname: 某某县残疾人联合会\n');
  copyFileSync(join(FIXTURES, 'plan-libreoffice.pdf'), join(root, 'plan.pdf'));
  copyFileSync(join(FIXTURES, 'unreadable/scanned.pdf'), join(root, 'scan.pdf'));
  out = [];
  err = [];
});

const run = (...argv: string[]) => runImport(argv, { root, out: (l) => out.push(l), err: (l) => err.push(l) });

describe('npm run import with a PDF', { timeout: 60_000 }, () => {
  it('imports a text PDF: outline, furniture listed with its page, words kept', async () => {
    expect(
      await run('plan.pdf', '--org', 'xx-county', '--year', '2021', '--kind', 'five-year-plan', '--end-year', '2025'),
    ).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('标题：某某县残疾人事业发展“十四五”规划');
    expect(printed).toContain('## 一、发展基础（第 6 行）');
    expect(printed).toContain('### （二）主要指标（第 19 行）');
    expect(printed).toContain('删除的内容（4 处）：');
    expect(printed).toContain('第 26 行（第 1 页） 页码：第 1 页 共 2 页');
    expect(printed).toContain('第 27 行（第 2 页） 页眉（每页重复）：某某县残疾人联合会');
    expect(printed).toMatch(/文字核对：原文 \d+ 个字、数字和字母，全部保留（删除的 4 处已列出）/);
    const md = readFileSync(join(root, 'content/reports/xx-county/2021-five-year-plan.md'), 'utf8');
    expect(md).not.toMatch(/第 \d 页|^某某县残疾人联合会$/m);
    expect(md).toContain('| 1.残疾人家庭人均收入年均增长(%) | >7.5 | 预期性 |');
    expect(md).toContain(
      '根据《某某省残疾人事业发展“十四五”规划》和《某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》',
    );
  });

  it('stops at a scanned PDF with the message and exit code 1', async () => {
    expect(await run('scan.pdf', '--org', 'xx-county', '--year', '2022', '--dry-run')).toBe(1);
    expect(err[0]).toBe(
      'scan.pdf: （整个文件） — 这个 PDF 没有文字层（可能是扫描件），本站不做文字识别 — 请向发文单位要 Word 原件（.docx、.doc 或 .wps）再导入；没有原件时，请把文字录入 Word 或记事本，存为 .docx 或 .txt 后导入',
    );
  });
});

describe(
  'npm run import with a Chromium print it has not seen: 第一章 chapters, a 文件 header, 第 N 页 共 M 页',
  { timeout: 60_000 },
  () => {
    const HEADER = `<div style="width:100%;font-size:10pt;font-family:'Noto Serif CJK SC';text-align:center;color:#c00;">××市残疾人联合会文件</div>`;
    const FOOTER = `<div style="width:100%;font-size:11pt;font-family:'Noto Serif CJK SC';text-align:center;">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>`;

    it('finds each heading at its level, not glued to its number, takes out the header and page numbers, joins the lines', async () => {
      const html = readFileSync(join(FIXTURES, 'report-chapters.html'), 'utf8');
      writeFileSync(join(root, 'report.pdf'), await printHtmlPdf(html, { header: HEADER, footer: FOOTER }));
      writeFileSync(join(root, 'data/orgs/xx-city.yaml'), 'id: xx-city\nname: 示例市残疾人联合会\n');
      expect(await run('report.pdf', '--org', 'xx-city', '--year', '2024', '--kind', 'summary')).toBe(0);
      const printed = out.join('\n');
      expect(printed).toContain('标题：示例市残疾人联合会关于2024年工作情况的报告');
      const outline = out.filter((l) => /^\s+#+ /.test(l)).map((l) => l.trim().replace(/（第 \d+ 行）$/, ''));
      expect(outline).toEqual([
        '## 第一章 工作进展',
        '### 一、兜底保障持续巩固',
        '#### （一）落实两项补贴制度',
        '#### （二）加强托养照护服务',
        '### 二、康复服务提质增效',
        '## 第二章 存在问题和下一步打算',
        '### 一、存在的问题',
        '### 二、下一步打算',
      ]);
      expect(printed).toContain('删除的内容（4 处）：');
      expect(out.filter((l) => /页眉（每页重复）：××市残疾人联合会文件$/.test(l))).toHaveLength(2);
      expect(out.filter((l) => /页码：第 [12] 页共 2 页$/.test(l))).toHaveLength(2);
      expect(printed).toMatch(/文字核对：原文 \d+ 个字、数字和字母，全部保留（删除的 4 处已列出）/);
      const md = readFileSync(join(root, 'content/reports/xx-city/2024-summary.md'), 'utf8');
      const body = md.slice(md.indexOf('\n---\n') + 5);
      expect(body).not.toMatch(/××市残疾人联合会文件|第 \d 页/);
      // Every paragraph whole: the wrapped lines joined without a space, a paragraph across the page break in one piece.
      const paragraphs = body
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('#'));
      expect(paragraphs).toHaveLength(9);
      expect(paragraphs).toContain(
        '依托乡镇敬老院和社区日间照料中心开展残疾人托养服务，推广“居家托养＋上门服务”模式，为一户多残、老残一体等特殊困难家庭提供照护服务，减轻家庭照护负担。',
      );
      expect(paragraphs).toContain(
        '1\\.开展入户核查。组织基层专职委员逐户走访，核对残疾人家庭收入和生活状况，建立动态管理台账，做到底数清、情况明。',
      );
      expect(paragraphs).toContain(
        '深入实施残疾人精准康复服务行动，建立残疾儿童康复救助定点机构动态管理制度，开展定点机构服务质量评估，评估结果向社会公开。(1)康复机构规范化建设；(2)辅助器具适配服务；(3)社区康复服务。',
      );
    });
  },
);
