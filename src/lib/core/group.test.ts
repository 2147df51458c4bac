import { describe, expect, it } from 'vitest';
import { groupEach, groupInto, indexBy, oncePer } from './group.ts';

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

describe('groupEach', () => {
  it('puts an item under each of its keys once, keeping order', () => {
    const items = [
      { id: 1, orgs: ['x', 'y'] },
      { id: 2, orgs: ['y', 'y'] },
      { id: 3, orgs: [] },
    ];
    const g = groupEach(items, (i) => i.orgs);
    expect([...g].map(([k, v]) => [k, v.map((i) => i.id)])).toEqual([
      ['x', [1]],
      ['y', [1, 2]],
    ]);
  });
});

describe('oncePer', () => {
  it('works an index out once per list and name, and again for another list', () => {
    let calls = 0;
    const make = (l: number[]) => {
      calls++;
      return new Set(l);
    };
    const a = [1, 2];
    expect(oncePer(a, 'set', make)).toBe(oncePer(a, 'set', make));
    expect(calls).toBe(1);
    expect(oncePer(a, 'other', (l) => l.length)).toBe(2);
    expect(oncePer([1, 2], 'set', make)).not.toBe(oncePer(a, 'set', make));
    expect(calls).toBe(2);
  });
});

describe('indexBy', () => {
  it('maps each key to the first item that has it', () => {
    const m = indexBy(['a1', 'b1', 'a2'], (s) => s[0]);
    expect([...m]).toEqual([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
  });
});
