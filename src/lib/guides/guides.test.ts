import { describe, expect, it } from 'vitest';
import { guideSchema, type Guide } from './schema.ts';
import {
  audienceUrl,
  categoryUrl,
  groupByCategory,
  guidesForAudience,
  guideUrl,
  linkGuideTitles,
  onlineAnswer,
  orgsLabel,
  relatedGuides,
  summaryRows,
  whoAnswer,
} from './guides.ts';

/** A valid guide with one change. */
function make(id: string, over: Record<string, unknown> = {}): { id: string; data: Guide } {
  const data = guideSchema.parse({
    title: id,
    summary: '测试。',
    aliases: ['测试'],
    category: 'subsidy',
    audience: ['person'],
    provider: '县级残联',
    eligibility: ['条件一'],
    materials: [],
    steps: [{ title: '申请', who: '申请人', what: '申请。' }],
    timeLimit: '请咨询',
    fee: '不收费',
    channels: { online: [], offline: [{ where: '县级残联' }], trips: '请咨询' },
    contact: { ask: '县级残联' },
    basis: [],
    orgs: 'all',
    sources: [{ document: '001', quote: 'x' }],
    lastChecked: '2026-11-23',
    ...over,
  });
  return { id, data };
}

describe('urls', () => {
  it('follows the fixed site URLs', () => {
    expect(guideUrl('care-allowance')).toBe('/guides/care-allowance/');
    expect(categoryUrl('subsidy')).toBe('/guides/category/subsidy/');
    expect(audienceUrl('employer')).toBe('/guides/audience/employer/');
  });
});

describe('grouping and sorting', () => {
  const guides = [
    make('b', { title: '乙', category: 'subsidy' }),
    make('a', { title: '甲', category: 'certificate', audience: ['person', 'family'] }),
    make('c', { title: '丙', category: 'subsidy', audience: ['employer'] }),
  ];

  it('groups by category in the fixed order and leaves empty categories out', () => {
    expect(groupByCategory(guides).map((g) => [g.label, g.guides.map((x) => x.id)])).toEqual([
      ['证件', ['a']],
      ['补贴', ['c', 'b']],
    ]);
  });

  it('lists the guides for one audience', () => {
    expect(guidesForAudience(guides, 'family').map((g) => g.id)).toEqual(['a']);
    expect(guidesForAudience(guides, 'employer').map((g) => g.id)).toEqual(['c']);
  });

  it('puts named related guides first, then the same category, never the guide itself', () => {
    const g = make('x', { category: 'subsidy', related: ['a'] });
    expect(relatedGuides(g, [...guides, g]).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(relatedGuides(g, [...guides, g], 2).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('summary box', () => {
  it('answers online: available channels, explicitly not, or whom to ask', () => {
    const on = make('o', { channels: { online: [{ name: '浙里办', available: true }], offline: [], trips: '零次' } });
    expect(onlineAnswer(on.data)).toBe('可以：浙里办（见“办理渠道”）');
    const off = make('o', { channels: { online: [{ name: '某网', available: false }], offline: [], trips: '一次' } });
    expect(onlineAnswer(off.data)).toBe('不能网上办理');
    expect(onlineAnswer(make('o').data)).toBe('来源文件没有写明能否网上办理，请咨询县级残联');
  });

  it('answers who can apply from the conditions, or says whom to ask', () => {
    expect(whoAnswer(make('w').data)).toBe('条件一');
    expect(whoAnswer(make('w', { eligibility: ['一', '二'] }).data)).toBe('一（共 2 条，见“申请条件”）');
    expect(whoAnswer(make('w', { eligibility: [] }).data)).toBe('个人；申请条件请咨询县级残联');
  });

  it('lists the rows in a fixed order and adds the benefit only when given', () => {
    expect(summaryRows(make('s').data).map((r) => r.label)).toEqual([
      '谁可以办',
      '办理单位',
      '收费',
      '办理时间',
      '跑几次',
      '能否网上办',
    ]);
    expect(summaryRows(make('s', { benefit: '每月262元' }).data).at(-1)).toEqual({
      label: '待遇标准',
      value: '每月262元',
    });
  });

  it('names the organisations a guide applies to', () => {
    expect(orgsLabel(['huzhou'], { huzhou: '湖州市残疾人联合会' })).toBe('湖州市残疾人联合会');
    expect(orgsLabel('all', {})).toContain('各地通用');
  });
});

describe('linkGuideTitles', () => {
  const guides = [make('renewal', { title: '残疾人证换领' })];

  it('links guide titles in Chinese quotes and keeps the quotes as text', () => {
    expect(linkGuideTitles('到期换领不收费，见“残疾人证换领”。', guides)).toEqual([
      { text: '到期换领不收费，见“' },
      { text: '残疾人证换领', href: '/guides/renewal/' },
      { text: '”。' },
    ]);
  });

  it('leaves other quoted words alone', () => {
    expect(linkGuideTitles('提出“全面换发智能化残疾人证”', guides)).toEqual([{ text: '提出“全面换发智能化残疾人证”' }]);
  });
});

describe('guideOrgFilters', () => {
  it('lists every organisation for a national guide, else the named ones in site order, skipping unknown ids', async () => {
    const { guideOrgFilters } = await import('./guides.ts');
    const orgs = [
      { id: 'a', data: { shortName: '甲' } },
      { id: 'b', data: { shortName: '乙' } },
      { id: 'c', data: { shortName: '丙' } },
    ];
    const order = new Map(orgs.map((o, i) => [o.id, i]));
    expect(guideOrgFilters('all', orgs, order)).toEqual(['甲', '乙', '丙']);
    expect(guideOrgFilters(['c', 'a', 'c', 'x'], orgs, order)).toEqual(['甲', '丙']);
  });
});
