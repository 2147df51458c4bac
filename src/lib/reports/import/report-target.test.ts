import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/problem.ts';
import { readOrgs, resolveTarget } from './report-target.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'target-'));
  mkdirSync(join(root, 'data/orgs'), { recursive: true });
  writeFileSync(join(root, 'data/orgs/lishui.yaml'), 'id: lishui\nname: 丽水市残疾人联合会\n');
  writeFileSync(join(root, 'data/orgs/ruian.yaml'), 'id: ruian\nname: 瑞安市残疾人联合会\n');
});

const errors = (values: Record<string, string>) => resolveTarget(root, values, 'a.txt').problems.map(formatProblem);

describe('readOrgs', () => {
  it('reads ids and full names', () => {
    expect([...readOrgs(root)]).toEqual([
      ['lishui', '丽水市残疾人联合会'],
      ['ruian', '瑞安市残疾人联合会'],
    ]);
  });
});

describe('resolveTarget', () => {
  it('gives the path and the publisher', () => {
    expect(
      resolveTarget(root, { org: 'lishui', year: '2021', kind: 'five-year-plan', 'end-year': '2025' }, 'a.txt'),
    ).toEqual({
      target: {
        org: 'lishui',
        orgName: '丽水市残疾人联合会',
        year: 2021,
        endYear: 2025,
        kind: 'five-year-plan',
        path: 'content/reports/lishui/2021-five-year-plan.md',
      },
      problems: [],
    });
    expect(resolveTarget(root, { org: 'ruian', year: '2020' }, 'a.txt').target?.kind).toBe('summary');
  });

  it('lists the known organisations for an unknown one', () => {
    expect(errors({ org: 'hangzhou', year: '2020' })).toEqual([
      'a.txt: --org — 机构“hangzhou”不存在 — 改为已有的机构编号：lishui、ruian；新机构请先在 data/orgs/ 添加',
    ]);
  });

  it('explains missing and malformed values', () => {
    expect(errors({})).toEqual([
      'a.txt: --org — 没有指定机构 — 加上 --org 机构编号，可用：lishui、ruian',
      'a.txt: --year — 没有指定年份 — 加上 --year 2023 这样的四位年份（报告所属的年份）',
    ]);
    expect(errors({ org: 'ruian', year: '20' })).toEqual([
      'a.txt: --year — “20”不是年份 — 写成 1949 到 2100 之间的四位数字，例如 --year 2023',
    ]);
    expect(errors({ org: 'ruian', year: '2020年' })).toHaveLength(1);
    expect(errors({ org: 'ruian', year: '2020', kind: 'annual' })).toEqual([
      'a.txt: --kind — 没有“annual”这种报告类型 — 改为其中之一：summary（年度工作总结）、plan（年度工作计划）、summary-and-plan（年度总结和计划）、five-year-plan（五年规划）',
    ]);
    expect(errors({ org: 'ruian', year: '2021', kind: 'five-year-plan' })).toEqual([
      'a.txt: --end-year — 五年规划需要写明结束年份 — 加上 --end-year，值为原文所写规划期的最后一年，例如 --end-year 2025',
    ]);
    expect(errors({ org: 'ruian', year: '2021', 'end-year': '2021' })).toEqual([
      'a.txt: --end-year — 结束年份不晚于开始年份 — 结束年份要大于 --year 2021，例如五年规划 2021—2025 写 --year 2021 --end-year 2025',
    ]);
  });
});
