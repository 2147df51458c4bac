import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { ownerOfFile, ownersOfChange, rightsProblems, type OwnerPeople, type ReadFile } from './ownership.ts';

const files: Record<string, string> = {
  'data/plans/lishui-2021-2025.yaml': 'id: lishui-2021-2025\norg: lishui\n',
  'data/plans/broken.yaml': 'org: [\n',
  'data/datasets/huzhou-2020.yaml': 'org: huzhou\n',
  'data/datasets/two.yaml': 'org:\n  - huzhou\n  - lishui\n',
  'data/datasets/one-in-list.yml': 'org:\n  - ruian\n',
  'content/guides/local.md': '---\ntitle: 本地指南\norgs:\n  - huzhou\n---\n正文\n',
  'content/guides/national.md': '---\ntitle: 全国指南\norgs: all\n---\n正文\n',
  // As the browser editor writes a national guide: a list of only `all`.
  'content/guides/national-list.md': '---\ntitle: 全国指南\norgs: [all]\n---\n正文\n',
  'content/guides/shared.md': '---\ntitle: 共用指南\norgs: [huzhou, lishui]\n---\n正文\n',
};
const read: ReadFile = (p) => files[p];

describe('ownerOfFile', () => {
  it.each([
    ['data/orgs/lishui.yaml', { org: 'lishui' }],
    ['content/reports/lishui/2024-summary.md', { org: 'lishui' }],
    ['data/plans/lishui-2021-2025.yaml', { org: 'lishui' }],
    ['data/plans/lishui-2021-2025/indicators.yaml', { org: 'lishui' }],
    ['data/plans/lishui-2021-2025/actuals.csv', { org: 'lishui' }],
    ['data/datasets/huzhou-2020.yaml', { org: 'huzhou' }],
    ['data/datasets/huzhou-2020.csv', { org: 'huzhou' }],
    ['data/datasets/one-in-list.csv', { org: 'ruian' }],
    ['data/datasets/two.csv', { site: '几个机构共用的数据集' }],
    ['content/guides/local.md', { org: 'huzhou' }],
    ['content/guides/national.md', { site: '全国通用的办事指南' }],
    ['content/guides/national-list.md', { site: '全国通用的办事指南' }],
    ['content/guides/shared.md', { site: '几个地区共用的办事指南' }],
    ['data/site.yaml', { site: '网站设置' }],
    ['data/sources/004.yaml', { site: '来源文件登记（各机构共用）' }],
    ['sources/reference/a.pdf', { site: '来源文件登记（各机构共用）' }],
    ['src/lib/orgs/schema.ts', { site: '网站的程序、文档或共用文件' }],
    ['content/reports/README.md', { site: '网站的程序、文档或共用文件' }],
    ['data/plans/README.md', { site: '网站的程序、文档或共用文件' }],
    ['inbox/lishui/2024-summary.docx', { org: 'lishui' }],
    ['inbox/README.md', { site: '网站的程序、文档或共用文件' }],
    ['inbox/lishui/README.md', { site: '网站的程序、文档或共用文件' }],
  ])('%s', (path, owner) => {
    expect(ownerOfFile(path, read)).toEqual(owner);
  });

  it('cannot tell when the file that names the organisation is unreadable or missing', () => {
    expect(ownerOfFile('data/plans/broken.yaml', read)).toBeUndefined();
    expect(ownerOfFile('data/plans/missing/indicators.yaml', read)).toBeUndefined();
    expect(ownerOfFile('data/orgs/Upper.yaml', read)).toBeUndefined();
  });
});

describe('ownersOfChange', () => {
  const none: ReadFile = () => undefined;
  it('takes the owners of both versions, so moving a plan to another organisation touches both', () => {
    const before: ReadFile = (p) => (p === 'data/plans/p.yaml' ? 'org: lishui\n' : undefined);
    const now: ReadFile = (p) => (p === 'data/plans/p.yaml' ? 'org: huzhou\n' : undefined);
    expect(ownersOfChange('data/plans/p.yaml', before, now)).toEqual([{ org: 'lishui' }, { org: 'huzhou' }]);
    expect(ownersOfChange('data/plans/p.yaml', now, now)).toEqual([{ org: 'huzhou' }]);
  });
  it('uses the version that can be read when the other has a slip, and the site when neither can', () => {
    const before: ReadFile = (p) => (p === 'data/plans/p.yaml' ? 'org: huzhou\n' : undefined);
    const now: ReadFile = (p) => (p === 'data/plans/p.yaml' ? 'org: [\n' : undefined);
    expect(ownersOfChange('data/plans/p.yaml', before, now)).toEqual([{ org: 'huzhou' }]);
    expect(ownersOfChange('data/plans/p.yaml', now, now)).toEqual([{ site: '网站的程序、文档或共用文件' }]);
  });
  it('knows a deleted report by its folder', () => {
    const before: ReadFile = (p) => (p === 'content/reports/lishui/2020-summary.md' ? 'x' : undefined);
    expect(ownersOfChange('content/reports/lishui/2020-summary.md', before, none)).toEqual([{ org: 'lishui' }]);
  });
});

describe('rightsProblems', () => {
  const people: OwnerPeople = {
    orgs: new Map([
      ['huzhou', { name: '湖州市残联', maintainers: ['@huzhou-canlian'] }],
      ['lishui', { name: '丽水市残联', maintainers: ['@lishui-a', '@canlian/lishui'] }],
      ['ruian', { name: '瑞安市残联', maintainers: [] }],
    ]),
    site: ['@canlian/site'],
  };
  it('passes a change to one’s own files and names the owner of every other file', () => {
    const problems = rightsProblems(
      'huzhou',
      [
        { file: 'content/reports/huzhou/2024-summary.md', owners: [{ org: 'huzhou' }] },
        { file: 'content/reports/lishui/2024-summary.md', owners: [{ org: 'lishui' }] },
        { file: 'data/orgs/ruian.yaml', owners: [{ org: 'ruian' }] },
        { file: 'data/plans/p.yaml', owners: [{ org: 'huzhou' }, { org: 'lishui' }] },
        { file: 'data/site.yaml', owners: [{ site: '网站设置' }] },
      ],
      people,
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/reports/lishui/2024-summary.md: （整个文件） — 这个文件属于丽水市残联（维护人 @lishui-a、@canlian/lishui），不属于湖州市残联 — 把这处改动交给丽水市残联的维护人提交，或从本次提交中去掉',
      'data/orgs/ruian.yaml: （整个文件） — 这个文件属于瑞安市残联（还没有写维护人，见 data/orgs/ruian.yaml 的 maintainers），不属于湖州市残联 — 把这处改动交给瑞安市残联的维护人提交，或从本次提交中去掉',
      'data/plans/p.yaml: （整个文件） — 这个文件属于丽水市残联（维护人 @lishui-a、@canlian/lishui），不属于湖州市残联 — 把这处改动交给丽水市残联的维护人提交，或从本次提交中去掉',
      'data/site.yaml: （整个文件） — 这个文件是网站设置，属于网站维护人（维护人 @canlian/site），不属于湖州市残联 — 把这处改动交给网站维护人提交，或从本次提交中去掉',
    ]);
    expect(rightsProblems('huzhou', [{ file: 'data/orgs/huzhou.yaml', owners: [{ org: 'huzhou' }] }], people)).toEqual(
      [],
    );
  });
});
