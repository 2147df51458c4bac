import { describe, expect, it } from 'vitest';
import { basisLabel, groupSources, sourceDocument, type SourceReport } from './sources.ts';

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
    });
  });

  it('never names a seed without a published report by its bare number', () => {
    expect(sourceDocument('002', reports)).toEqual({ document: '002', label: '来源文件（本站未登记）' });
  });
});

describe('basisLabel', () => {
  it('names a document by title, number, issuer and issue date', () => {
    expect(
      basisLabel({
        title: '《残疾人证管理办法》',
        number: '残联发〔2017〕1号',
        issuer: '中国残联',
        date: '2017-05-27',
      }),
    ).toBe('《残疾人证管理办法》（残联发〔2017〕1号），中国残联2017年5月27日印发');
  });

  it('uses the number alone and adds the note', () => {
    expect(basisLabel({ number: '浙民福〔2021〕191号', issuer: '浙江省', note: '浙江省的规定' })).toBe(
      '浙民福〔2021〕191号，浙江省；浙江省的规定',
    );
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
