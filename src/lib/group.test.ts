import { describe, expect, it } from 'vitest';
import { groupInto } from './group.ts';

describe('groupInto', () => {
  it('groups in one pass, keeping first-appearance order', () => {
    const g = groupInto(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...g]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });
});
