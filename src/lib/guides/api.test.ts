import { describe, expect, it } from 'vitest';
import { testApiContext as ctx } from '../../../tests/helpers/api-context.ts';
import { guideApiItem, guideApiItemSchema } from './api.ts';
import { guideSchema } from './schema.ts';

function guide(orgs: 'all' | string[]) {
  const data = guideSchema.parse({
    title: '护理补贴',
    summary: '测试。',
    aliases: ['护理费'],
    category: '补贴',
    audience: ['家属'],
    provider: '县级残联',
    eligibility: ['条件一'],
    materials: [],
    steps: [{ title: '申请', who: '申请人', what: '申请。' }],
    timeLimit: '请咨询',
    fee: '不收费',
    channels: { online: [], offline: [{ where: '县级残联' }], trips: '请咨询' },
    contact: { ask: '县级残联' },
    basis: [],
    orgs,
    sources: [{ document: '001', quote: 'x' }],
    lastChecked: '2026-11-23',
  });
  return guideApiItem({ id: 'care-allowance', data }, ctx);
}

describe('guideApiItem', () => {
  it('gives ids, labels and an absolute address', () => {
    expect(guide('all')).toMatchObject({
      id: 'care-allowance',
      aliases: ['护理费'],
      category: 'subsidy',
      categoryLabel: '补贴',
      audience: ['family'],
      audienceLabels: ['家属'],
      url: 'https://example.org/guides/care-allowance/',
    });
  });

  it('always gives orgs as a list, and says when a guide applies everywhere', () => {
    expect(guide('all')).toMatchObject({ national: true, orgs: [] });
    expect(guide(['huzhou'])).toMatchObject({ national: false, orgs: ['huzhou'] });
    expect(guideApiItemSchema.safeParse(guide('all')).success).toBe(true);
  });
});
