import { describe, expect, it } from 'vitest';
import { SEP } from '../core/problem.ts';
import { guideSchema } from './schema.ts';

/** A valid guide as parsed YAML; tests change one field at a time. */
function guide(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '测试事项',
    summary: '测试。',
    aliases: ['测试'],
    category: 'subsidy',
    audience: ['person'],
    provider: '测试县残联',
    eligibility: [],
    materials: [{ name: '居民身份证', required: true }],
    steps: [{ title: '申请', who: '申请人', what: '提出申请。' }],
    timeLimit: '请咨询',
    fee: '请咨询',
    channels: { online: [], offline: [{ where: '测试县残联' }], trips: '请咨询' },
    contact: { ask: '测试县残联' },
    basis: [],
    orgs: 'all',
    sources: [{ document: '001', quote: '测试。' }],
    lastChecked: '2026-01-01',
    ...over,
  };
}

/** The problem part of each issue message. */
function problems(data: unknown): string[] {
  const r = guideSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message.split(SEP)[0]}`);
}

describe('guideSchema', () => {
  it('parses a valid guide and fills defaults', () => {
    const g = guideSchema.parse(guide());
    expect(g.faq).toEqual([]);
    expect(g.related).toEqual([]);
    expect(g.orgs).toBe('all');
  });

  it('accepts Chinese labels for category, audience and material form and stores the ids', () => {
    const g = guideSchema.parse(
      guide({
        category: '补贴',
        audience: ['家属', 'employer'],
        materials: [{ name: '照片', form: '原件', required: true }],
      }),
    );
    expect(g.category).toBe('subsidy');
    expect(g.audience).toEqual(['family', 'employer']);
    expect(g.materials[0]?.form).toBe('original');
  });

  it('restores the three digits of a document number YAML read as a number', () => {
    const g = guideSchema.parse(guide({ sources: [{ document: 1, quote: '测试。' }] }));
    expect(g.sources[0]?.document).toBe('001');
  });

  it('accepts seed numbers as sources and rejects other names (reference notes are covered below)', () => {
    expect(problems(guide({ sources: [{ document: 3, quote: 'x' }] }))).toEqual([]);
    expect(problems(guide({ sources: [{ document: '文件一', quote: 'x' }] }))).toEqual([
      'sources.0.document: 来源文件写法不对',
    ]);
  });

  it('rejects an unknown audience and an empty audience list', () => {
    expect(problems(guide({ audience: ['老人'] }))).toEqual(['audience.0: audience 的取值“老人”不在允许的列表中']);
    expect(problems(guide({ audience: [] }))).toEqual(['audience: 至少要写一类服务对象']);
  });

  it('rejects orgs that are neither all nor a list of ids', () => {
    expect(problems(guide({ orgs: 'everyone' }))).toEqual(['orgs: orgs 写法不对']);
    expect(problems(guide({ orgs: ['Huzhou'] }))).toEqual(['orgs.0: 编号只能用小写英文字母、数字和短横线']);
  });

  it('reads [all], as the browser editor writes it, as all, and stops all chosen together with an organisation', () => {
    const parsed = guideSchema.safeParse(guide({ orgs: ['all'] }));
    expect(parsed.success && parsed.data.orgs).toBe('all');
    expect(problems(guide({ orgs: ['all', 'huzhou'] }))).toEqual(['orgs: all 和机构编号写在了一起']);
    expect(problems(guide({ orgs: [] }))).toEqual(['orgs: 机构列表是空的']);
  });

  it('requires a source naming contact when a phone is given', () => {
    expect(problems(guide({ contact: { ask: 'x', phone: '0572-1234567' } }))).toEqual([
      'contact: 写了电话、地址或办公时间，但没有注明出处',
    ]);
    const sourced = guide({
      contact: { ask: 'x', phone: '0572-1234567' },
      sources: [{ document: '001', quote: 'x', fields: ['contact'] }],
    });
    expect(problems(sourced)).toEqual([]);
  });

  it('rejects a malformed phone number', () => {
    const data = guide({
      contact: { ask: 'x', phone: '1234' },
      sources: [{ document: '001', quote: 'x', fields: ['contact'] }],
    });
    expect(problems(data)).toEqual(['contact.phone: 电话号码格式不对']);
  });

  it('rejects source fields that name no field of the guide', () => {
    expect(problems(guide({ sources: [{ document: '001', quote: 'x', fields: ['steps[1]', 'price'] }] }))).toEqual([
      'sources.0.fields.1: 没有名为“price”的字段',
    ]);
  });

  it('accepts a basis named by title or by number only, not by neither', () => {
    expect(problems(guide({ basis: [{ number: '国发〔2015〕52号' }, { title: '《残疾人证管理办法》' }] }))).toEqual([]);
    expect(problems(guide({ basis: [{ note: '某文件' }] }))).toEqual(['basis.0: 设定依据既没有名称也没有文号']);
  });

  it('rejects unknown keys', () => {
    expect(problems(guide({ phone: '0572-1234567' }))).toHaveLength(1);
  });

  it('rejects the research notes as a quoted source and points to basis', () => {
    expect(problems(guide({ sources: [{ document: 'reference/service-guides.md', quote: 'Flow: notes' }] }))).toEqual([
      'sources.0.document: 调研笔记不是来源文件，网页上不能引用它',
    ]);
  });

  it('accepts a guide sourced only by a basis document with fields, and rejects one with no source at all', () => {
    const basis = [{ number: '国发〔2015〕52号', issuer: '国务院', points: ['两项补贴可以同时享受'], fields: ['faq'] }];
    expect(problems(guide({ sources: [], basis }))).toEqual([]);
    expect(problems(guide({ sources: [], basis: [{ number: '国发〔2015〕52号' }] }))).toEqual(['sources: 没有写来源']);
  });

  it('checks the field names a basis document supports and counts it for contact', () => {
    expect(problems(guide({ basis: [{ number: '国发〔2015〕52号', fields: ['fees'] }] }))).toEqual([
      'basis.0.fields.0: 没有名为“fees”的字段',
    ]);
    const contact = { ask: '测试县残联', phone: '0578-1234567' };
    expect(problems(guide({ contact, basis: [{ number: '某文件', fields: ['contact'] }] }))).toEqual([]);
  });

  it('reads changes with a date and a note for readers', () => {
    const g = guideSchema.parse(guide({ changes: [{ date: '2026-12-01', note: '补充了网上办理渠道' }] }));
    expect(g.changes).toEqual([{ date: '2026-12-01', note: '补充了网上办理渠道' }]);
    expect(guideSchema.parse(guide()).changes).toEqual([]);
    expect(problems(guide({ changes: [{ date: '2026-02-30', note: '改了' }] }))[0]).toMatch(/^changes\.0\.date: /);
    expect(problems(guide({ changes: [{ date: '2026-12-01', note: ' ' }] }))).toEqual([
      'changes.0.note: 更新说明是空的',
    ]);
  });
});
