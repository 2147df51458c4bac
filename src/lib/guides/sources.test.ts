import { describe, expect, it } from 'vitest';
import { groupSources, sourceDocument, type SourceReport } from './sources.ts';

const reports: SourceReport[] = [
  {
    url: '/reports/huzhou/2020-summary-and-plan/',
    title: '湖州市残联2020年工作总结',
    publisher: '湖州市残疾人联合会',
    file: '001_e0625d8656f0e88a.txt',
  },
];

describe('sourceDocument', () => {
  it('links a seed id to the report imported from it', () => {
    expect(sourceDocument('001', reports)).toEqual({
      document: '001',
      label: '湖州市残疾人联合会《湖州市残联2020年工作总结》',
      href: '/reports/huzhou/2020-summary-and-plan/',
      lang: 'zh-CN',
    });
  });

  it('names a seed without a published report by its number', () => {
    expect(sourceDocument('002', reports)).toEqual({ document: '002', label: '来源文件 002', lang: 'zh-CN' });
  });

  it('labels the reference file and marks its quotes as English', () => {
    const doc = sourceDocument('reference/service-guides.md', reports);
    expect(doc.href).toBeUndefined();
    expect(doc.lang).toBe('en');
    expect(doc.label).toContain('本站整理');
  });
});

describe('groupSources', () => {
  it('groups quotes by document in first-mention order without repeats', () => {
    const groups = groupSources(
      [
        { document: '002', quote: 'b' },
        { document: '001', quote: 'a' },
        { document: '002', quote: 'c' },
        { document: '002', quote: 'b' },
      ],
      reports,
    );
    expect(groups.map((g) => [g.document, g.quotes])).toEqual([
      ['002', ['b', 'c']],
      ['001', ['a']],
    ]);
  });
});
