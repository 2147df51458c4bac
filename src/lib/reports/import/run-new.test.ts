import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../check/check-site.ts';
import { formatProblem } from '../../core/problem.ts';
import { runNew } from './run-new.ts';

let root: string;
let out: string[];
let err: string[];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-'));
  cpSync(new URL('../../../../data/orgs', import.meta.url).pathname, join(root, 'data/orgs'), { recursive: true });
  out = [];
  err = [];
});
const run = (...argv: string[]) => runNew(argv, { root, out: (l) => out.push(l), err: (l) => err.push(l) });
const file = 'content/reports/shangyu/2024-plan.md';

describe('runNew', () => {
  it('creates a scaffold that fails npm run check until filled, then passes', () => {
    expect(run('report', '--org', 'shangyu', '--year', '2024', '--kind', 'plan')).toBe(0);
    expect(out).toEqual([`已创建 ${file}。把所有“【待填写】”换成真实内容（注释里有说明），然后运行 npm run check。`]);
    const before = checkSite(root).problems.map(formatProblem);
    expect(before).toHaveLength(5);
    expect(before).toContain(
      `${file}:3: title — 还没有填写（仍是“【待填写】”占位内容） — 把“【待填写】”和后面的提示换成真实内容；不需要的可选字段整行删除`,
    );
    const text = readFileSync(join(root, file), 'utf8');
    writeFileSync(
      join(root, file),
      text
        .replace(/^summary: .*\n/m, '')
        .replace('【待填写】报告标题', '上虞区残联2024年工作计划')
        .replace('【待填写】原文件标题', '上虞区残联2024年工作计划')
        .replace('【待填写】原文件名', 'plan.txt')
        .replace(/【待填写】在这里写报告正文.*\n/, '## 一、主要任务\n\n正文。\n'),
    );
    expect(checkSite(root).problems).toEqual([]);
  });

  it('refuses to overwrite without --force', () => {
    run('report', '--org', 'shangyu', '--year', '2024', '--kind', 'plan');
    writeFileSync(join(root, file), 'mine');
    expect(run('report', '--org', 'shangyu', '--year', '2024', '--kind', 'plan')).toBe(1);
    expect(err[0]).toBe(
      `${file}: （整个文件） — 文件已存在，为避免覆盖已停止 — 直接编辑这个文件；确实要换成空白模板时加上 --force`,
    );
    expect(readFileSync(join(root, file), 'utf8')).toBe('mine');
    expect(run('report', '--org', 'shangyu', '--year', '2024', '--kind', 'plan', '--force')).toBe(0);
  });

  it.each([
    [
      ['guide', '--org', 'shangyu', '--year', '2024'],
      '（命令行）: 类型 — 不能新建“guide” — 目前可以新建年度报告：npm run new -- report --org 机构编号 --year 年份 [--kind 类型] [--end-year 年份] [--force]',
    ],
    [
      ['report', '--org', 'nowhere', '--year', '2024'],
      '（命令行）: --org — 机构“nowhere”不存在 — 改为已有的机构编号：huzhou、lishui、ruian、shangyu、xx-district；新机构请先在 data/orgs/ 添加',
    ],
    [
      ['report', '--org', 'shangyu', '--year', 'next'],
      '（命令行）: --year — “next”不是年份 — 写成 1949 到 2100 之间的四位数字，例如 --year 2023',
    ],
  ])('prints the problem for %j', (argv, message) => {
    expect(run(...argv)).toBe(1);
    expect(err[0]).toBe(message);
  });
});
