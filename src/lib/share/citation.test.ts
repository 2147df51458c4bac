import { describe, expect, it } from 'vitest';
import { ACCESS_DATE_NOTE, ACCESS_DATE_PLACEHOLDER, citation } from './citation.ts';

const url = 'https://example.invalid/plans/lishui-2021-2025/living-subsidy/';

describe('citation (GB/T 7714-2015, electronic resource)', () => {
  it('writes author, title with its part, [EB/OL], site, published date, access-date placeholder and address', () => {
    expect(
      citation({
        authors: ['丽水市残疾人联合会'],
        title: '丽水市残疾人事业发展“十四五”规划',
        part: '困难残疾人生活补贴覆盖率',
        site: '残疾人联合会公开信息网',
        published: '2021-12-16',
        url,
      }),
    ).toBe(
      `丽水市残疾人联合会. 丽水市残疾人事业发展“十四五”规划：困难残疾人生活补贴覆盖率[EB/OL]. 残疾人联合会公开信息网. (2021-12-16)[引用日期]. ${url}`,
    );
  });

  it('leaves out the date in round brackets when the document gives none, and a part equal to the title', () => {
    expect(citation({ authors: ['湖州市残疾人联合会'], title: '某报告', part: '某报告', site: '站', url })).toBe(
      `湖州市残疾人联合会. 某报告[EB/OL]. 站. [引用日期]. ${url}`,
    );
  });

  it('names up to three authors once each, then “等”', () => {
    const base = { title: 'T', site: 'S', url };
    expect(citation({ ...base, authors: ['甲', '乙', '甲'] })).toMatch(/^甲, 乙\. T/);
    expect(citation({ ...base, authors: ['甲', '乙', '丙', '丁'] })).toMatch(/^甲, 乙, 丙, 等\. T/);
    expect(citation({ ...base, authors: [] })).toMatch(/^T\[EB\/OL\]/);
  });

  it('explains the placeholder in Chinese, naming it as the reference writes it', () => {
    expect(ACCESS_DATE_NOTE).toContain(`“${ACCESS_DATE_PLACEHOLDER}”`);
    expect(citation({ authors: ['甲'], title: 'T', site: 'S', url })).toContain(`[${ACCESS_DATE_PLACEHOLDER}]`);
  });
});
