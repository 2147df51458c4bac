import { describe, expect, it } from 'vitest';
import { trueOnly } from './schema-common.ts';

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
