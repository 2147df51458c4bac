import { describe, expect, it } from 'vitest';
import { SEP } from '../core/problem.ts';
import { orgSchema } from './schema.ts';

/** A valid organisation as parsed YAML; tests change one field at a time. */
function org(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'demo',
    name: '示例市残疾人联合会',
    shortName: '示例市残联',
    level: 'city',
    region: '示例市',
    parentRegion: '示例省',
    source: '测试。',
    ...over,
  };
}

const src = { document: '003', quote: '测试原句。' };

/** `path: problem` of each issue. */
function problems(data: unknown): string[] {
  const r = orgSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message.split(SEP)[0]}`);
}

describe('organisation contact details', () => {
  it('accepts sourced items and an anonymised flag', () => {
    const o = orgSchema.parse(
      org({
        anonymised: true,
        contact: {
          phone: { value: '0578-1234567', source: src },
          hours: { value: '周一至周五 8:30-12:00，14:00-17:30', source: { document: 3, quote: 'x' } },
          address: { value: '示例路1号', source: src },
          online: { value: '浙里办 App 搜索“示例市残联”', source: src },
        },
      }),
    );
    expect(o.contact?.hours?.source.document).toBe('003');
    expect(o.anonymised).toBe(true);
  });

  it('rejects a bare phone, address or hours without a source', () => {
    expect(problems(org({ contact: { phone: '0578-1234567' } }))).toEqual(['contact.phone: 写了电话，但没有注明出处']);
    expect(problems(org({ contact: { phone: 5781234567 } }))).toEqual(['contact.phone: 写了电话，但没有注明出处']);
    expect(problems(org({ contact: { address: '示例路1号' } }))).toEqual(['contact.address: 写了地址，但没有注明出处']);
    expect(problems(org({ contact: { hours: { value: '8:30-17:00' } } }))).toEqual([
      'contact.hours.source: 办公时间没有注明出处',
    ]);
  });

  it('rejects the research notes as a source', () => {
    expect(
      problems(org({ contact: { phone: { value: '12385', source: { document: 'reference/x.md', quote: 'x' } } } })),
    ).toEqual(['contact.phone.source.document: 来源文件写法不对']);
  });

  it('rejects malformed phone numbers', () => {
    for (const phone of ['1234', '0578 1234567', '(0578)1234567', '０５７８-１２３４５６７'])
      expect(problems(org({ contact: { phone: { value: phone, source: src } } }))).toEqual([
        'contact.phone.value: 电话号码格式不对',
      ]);
  });

  it('rejects hours that are not real times of day', () => {
    const hours = (value: string) => problems(org({ contact: { hours: { value, source: src } } }));
    expect(hours('工作日上午')).toEqual(['contact.hours.value: 办公时间没有写具体时刻']);
    expect(hours('8:30-25:00')).toEqual(['contact.hours.value: 时刻“25:00”不存在']);
    expect(hours('8:60-17:00')).toEqual(['contact.hours.value: 时刻“8:60”不存在']);
    expect(hours('14:00-5:30')).toEqual(['contact.hours.value: 时间段“14:00-5:30”的结束时刻不晚于开始时刻']);
    expect(hours('8:30')).toEqual(['contact.hours.value: 办公时间没有写成“开始-结束”的时间段']);
    expect(hours('周一至周五 8：30至12：00，14:00—17:30')).toEqual([]);
  });

  it('rejects unknown contact items and a non-boolean anonymised', () => {
    expect(problems(org({ contact: { email: 'x' } }))).toHaveLength(1);
    expect(problems(org({ anonymised: '是' }))).toEqual(['anonymised: anonymised 应为 true 或 false']);
  });
});
