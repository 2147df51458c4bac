import { describe, expect, it } from 'vitest';
import { NO_CONTACT, anonymisedIn, contactRows, contactSummary, directoryGroups, orgLabel } from './display.ts';
import type { Org } from './schema.ts';

const base: Org = {
  id: 'demo',
  name: '示例市残疾人联合会',
  shortName: '示例市残联',
  level: 'city',
  region: '示例市',
  parentRegion: '示例省',
  source: '测试。',
};
const xx: Org = {
  ...base,
  id: 'xx',
  name: 'XX区残疾人联合会',
  shortName: 'XX区残联',
  region: 'XX区',
  anonymised: true,
};

describe('organisation display', () => {
  it('marks anonymised names, short names and regions, and only those', () => {
    expect(orgLabel(xx)).toBe('XX区残疾人联合会（原文匿名）');
    expect(orgLabel(xx, 'shortName')).toBe('XX区残联（原文匿名）');
    expect(orgLabel(xx, 'region')).toBe('XX区（原文匿名）');
    expect(orgLabel(base)).toBe('示例市残疾人联合会');
  });

  it('says plainly when no contact is sourced, and lists sourced items in page order', () => {
    expect(contactSummary(base)).toEqual({ name: '示例市残联', text: NO_CONTACT });
    const withContact: Org = {
      ...base,
      contact: {
        phone: { value: '12385', source: { document: '003', quote: 'x' } },
        address: { value: '示例路1号', source: { document: '003', quote: 'y' } },
      },
    };
    expect(contactRows(withContact).map((r) => r.label)).toEqual(['地址', '电话']);
    expect(contactSummary(withContact).text).toBe('地址 示例路1号；电话 12385');
  });

  it('finds anonymised regions a text mentions', () => {
    expect(anonymisedIn('XX区2023年适配轮椅', [base, xx])).toEqual(['XX区']);
    expect(anonymisedIn('湖州市', [base, xx])).toEqual([]);
  });

  it('groups the directory by the region above, in Chinese order', () => {
    const a = { data: { ...base, name: '乙市残联', parentRegion: '浙江省' } };
    const b = { data: { ...base, name: '甲市残联', parentRegion: '浙江省' } };
    const c = { data: { ...base, name: '丙区残联', parentRegion: '绍兴市' } };
    const groups = directoryGroups([a, c, b]);
    expect(groups.map((g) => g.region)).toEqual(['绍兴市', '浙江省']);
    expect(groups[1]?.orgs.map((o) => o.data.name)).toEqual(['甲市残联', '乙市残联']);
  });
});
