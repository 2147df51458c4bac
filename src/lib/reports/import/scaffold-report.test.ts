import { describe, expect, it } from 'vitest';
import { reportKind } from '../kind.ts';
import { PLACEHOLDER } from '../../core/placeholder.ts';
import { scaffoldReport } from './scaffold-report.ts';

const target = {
  org: 'lishui',
  orgName: '丽水市残疾人联合会',
  year: 2024,
  kind: 'summary' as const,
  path: 'content/reports/lishui/2024-summary.md',
};
const load = (text: string) => reportKind.load(target.path, text, new Uint8Array()).problems;

describe('scaffoldReport', () => {
  it('has every required field, with Chinese comments, and fails the check while placeholders remain', () => {
    const text = scaffoldReport(target);
    expect(text).toContain('publisher: 丽水市残疾人联合会');
    expect(text).toContain('# 原文件的标题，一字不改地照抄。');
    expect(text).not.toContain('endYear');
    expect(load(text).map((p) => p.field)).toEqual(['title', 'summary', 'source.title', 'source.file', '（正文）']);
  });

  it('passes the check once the placeholders are filled in', () => {
    const filled = scaffoldReport(target)
      .replace(`${PLACEHOLDER}报告标题`, '丽水市残联2024年工作总结')
      .replace(`${PLACEHOLDER}一两句话的摘要`, '2024年工作总结。')
      .replace(`${PLACEHOLDER}原文件标题`, '丽水市残联2024年工作总结')
      .replace(`${PLACEHOLDER}原文件名`, 'summary.docx')
      .replace(/【待填写】在这里写报告正文.*\n/, '## 一、基本情况\n\n正文。\n')
      .replace('  # published: 2024-01-31', '  published: 2025-01-15');
    expect(filled).not.toContain(PLACEHOLDER);
    expect(load(filled)).toEqual([]);
  });

  it('writes endYear for a five-year plan', () => {
    const text = scaffoldReport({ ...target, kind: 'five-year-plan', endYear: 2025, year: 2021 });
    expect(text).toContain('# 规划期的最后一年，按原文核对。\nendYear: 2025\n');
    expect(text).toContain('\nkind: five-year-plan\n');
  });
});
