// `npm run import` on saved web pages: the GBK page of a TRS/WCM site and the UTF-8 page of a 集约化 site are
// written as reports with title, date and 来源 in the front matter, the chrome listed and every word proven kept.
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
  root = mkdtempSync(join(tmpdir(), 'import-web-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/lishui.yaml'), 'id: lishui\nname: 丽水市残疾人联合会\n');
  for (const f of ['trs-gbk.htm', 'jiyue-utf8.html']) copyFileSync(join(FIXTURES, f), join(root, f));
  out = [];
  err = [];
});
const run = (...argv: string[]) => runImport(argv, { root, out: (l) => out.push(l), err: (l) => err.push(l) });

describe('npm run import on a saved web page', () => {
  it('imports the GBK page: front matter from the page, outline from the numbering, chrome listed', async () => {
    expect(
      await run('trs-gbk.htm', '--org', 'lishui', '--year', '2021', '--kind', 'five-year-plan', '--end-year', '2025'),
    ).toBe(0);
    expect(err).toEqual([]);
    const text = readFileSync(join(root, 'content/reports/lishui/2021-five-year-plan.md'), 'utf8');
    expect(text).toContain('title: 示例市残疾人事业发展“十四五”规划');
    expect(text).toContain('publisher: 示例市残联');
    expect(text).toMatch(/published: ['"]?2021-12-16/);
    expect(text).toContain('## 一、发展基础');
    expect(text).toContain('### （一）“十三五”时期取得的成就');
    expect(text).toContain('（图：残疾人之家康复训练；残疾人之家开展康复训练）');
    expect(text).toContain('| 2 | 困难残疾人家庭无障碍改造（户） | 〔3,000〕 | 〔3,000〕 | 预期性 |');
    expect(text).not.toMatch(/仿宋|打印本页|当前位置|ICP备|浏览次数|上一篇/);
    const printed = out.join('\n');
    expect(printed).toContain('删除的内容（9 处）');
    expect(printed).toContain('第 43 行 当前位置导航：当前位置：首页 > 规划计划 > 正文');
    expect(printed).toContain('第 118 行 备案号、网站标识码：浙ICP备00000000号');
    expect(printed).toContain('网页编码：GB18030');
    expect(printed).toMatch(/文字核对：原文 \d+ 个字、数字和字母，全部保留/);
  });

  it('imports the UTF-8 page with its <h2>/<h3> headings', async () => {
    expect(await run('jiyue-utf8.html', '--org', 'lishui', '--year', '2022', '--kind', 'summary', '--dry-run')).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('标题：示例县残联2022年工作总结');
    expect(printed).toContain('发布日期：2023-01-09');
    expect(printed).toContain('## 一、主要工作（第 40 行）');
    expect(printed).toContain('### （二）就业帮扶更加精准（第 44 行）');
    expect(printed).toContain('正文以外的网页内容：相关文章');
    expect(printed).toMatch(/文字核对：.*全部保留/);
  });
});
