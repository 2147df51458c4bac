// `npm run import` on PDFs: a LibreOffice-exported plan is imported with its furniture listed and its words kept;
// a scanned PDF stops with the message and exit code 1.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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
