import { describe, expect, it } from 'vitest';
import { patternOf, writeCodeowners } from './codeowners.ts';
import type { OwnerPeople, ReadFile } from './ownership.ts';

const files: Record<string, string> = {
  'data/site.yaml': 'name: x\n',
  'data/orgs/huzhou.yaml': 'id: huzhou\n',
  'data/orgs/lishui.yaml': 'id: lishui\n',
  'data/orgs/ruian.yaml': 'id: ruian\n',
  'content/reports/huzhou/2020-summary.md': '---\n---\n',
  'content/reports/huzhou/2021-summary.md': '---\n---\n',
  'content/reports/ruian/2020-summary.md': '---\n---\n',
  'data/plans/lishui-2021-2025.yaml': 'org: lishui\n',
  'data/plans/lishui-2021-2025/indicators.yaml': 'indicators: []\n',
  'data/datasets/huzhou-homes.yaml': 'org: huzhou\n',
  'data/datasets/huzhou-homes.csv': 'a\n1\n',
  'content/guides/care.md': '---\norgs: all\n---\n',
  'content/guides/huzhou doctor.md': '---\norgs: [huzhou]\n---\n',
};
const read: ReadFile = (p) => files[p];
const people = (site: string[]): OwnerPeople => ({
  orgs: new Map([
    ['huzhou', { name: '湖州市残联', maintainers: ['@huzhou-canlian'] }],
    ['lishui', { name: '丽水市残联', maintainers: ['@lishui-a', '@canlian/lishui'] }],
    ['ruian', { name: '瑞安市残联', maintainers: [] }],
  ]),
  site,
});

describe('writeCodeowners', () => {
  it('writes * for the site first, then each organisation’s files, and leaves out organisations without maintainers', () => {
    const { text, without } = writeCodeowners(Object.keys(files), read, people(['@canlian/site']));
    expect(without).toEqual(['ruian']);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '* @canlian/site',
      '/content/guides/huzhou\\ doctor.md @huzhou-canlian',
      '/content/reports/huzhou/ @huzhou-canlian',
      '/data/datasets/huzhou-homes.csv @huzhou-canlian',
      '/data/datasets/huzhou-homes.yaml @huzhou-canlian',
      '/data/orgs/huzhou.yaml @huzhou-canlian',
      '/inbox/huzhou/ @huzhou-canlian',
      '/data/orgs/lishui.yaml @lishui-a @canlian/lishui',
      '/data/plans/lishui-2021-2025.yaml @lishui-a @canlian/lishui',
      '/data/plans/lishui-2021-2025/ @lishui-a @canlian/lishui',
      '/inbox/lishui/ @lishui-a @canlian/lishui',
    ]);
    expect(text).toContain('# 湖州市残联\n');
    expect(text).toContain('它们的文件归网站维护人：ruian\n');
  });

  it('writes no * line when the site names no maintainers, and says so', () => {
    const { text } = writeCodeowners(Object.keys(files), read, people([]));
    expect(text).not.toMatch(/^\*/m);
    expect(text).toContain('网站还没有写维护人');
  });

  it('anchors patterns and escapes spaces and #', () => {
    expect(patternOf('content/reports/huzhou/2020-summary.md')).toBe('/content/reports/huzhou/');
    expect(patternOf('data/plans/p/actuals.csv')).toBe('/data/plans/p/');
    expect(patternOf('content/guides/a b#c.md')).toBe('/content/guides/a\\ b\\#c.md');
  });
});
