import { describe, expect, it } from 'vitest';
import { maintainersSchema, trueOnly } from './schema-common.ts';
import { SEP } from './problem.ts';

describe('trueOnly', () => {
  it('accepts true or nothing, and says when to write it otherwise', () => {
    const flag = trueOnly('canBeNegative', '指标是增减数');
    expect(flag.parse(true)).toBe(true);
    expect(flag.parse(undefined)).toBeUndefined();
    const r = flag.safeParse(false);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('canBeNegative 只能写 true');
    expect(r.error?.issues[0]?.message).toContain('指标是增减数时写 canBeNegative: true；不是就删除这一行');
  });
});

describe('maintainersSchema', () => {
  const messages = (v: unknown) => maintainersSchema.safeParse(v).error?.issues.map((i) => i.message.split(SEP)[0]);
  it('accepts git-host accounts and teams', () => {
    expect(maintainersSchema.parse(['@huzhou-canlian', '@canlian/site-team', '@group/sub/team', '@a'])).toHaveLength(4);
  });
  it.each([
    [['huzhou-canlian'], '维护人账号写法不对'],
    [['@湖州'], '维护人账号写法不对'],
    [['@a b'], '维护人账号写法不对'],
    [['someone@example.com'], '维护人账号写法不对'],
    [['@-bad'], '维护人账号写法不对'],
    [['@org/'], '维护人账号写法不对'],
    [[], '维护人列表是空的'],
    ['@huzhou', 'maintainers 应为列表'],
    [['@Huzhou', '@huzhou'], '维护人 @huzhou 写了两次'],
  ])('rejects %j', (value, problem) => {
    expect(messages(value)).toEqual([problem]);
  });
});
