import { describe, expect, it } from 'vitest';
import { ancestorsOf, orgTree, parentCycles } from './tree.ts';
import type { Org } from './schema.ts';

type Lite = { id: string; data: Pick<Org, 'id' | 'level' | 'region' | 'parentRegion' | 'parent' | 'name'> };
const org = (id: string, level: Org['level'], name: string, parent?: string): Lite => ({
  id,
  data: { id, level, name, region: name, parentRegion: '示例省', ...(parent ? { parent } : {}) },
});

describe('organisation tree', () => {
  const province = org('p', 'province', '甲省');
  const cityB = org('b', 'city', '乙市', 'p');
  const cityA = org('a', 'city', '丙市', 'p');
  const county = org('c', 'county', '丁县', 'b');
  const orphan = org('o', 'county', '戊县', 'missing');

  it('puts organisations under their parents, names in Chinese order, and an absent parent makes a root', () => {
    const roots = orgTree([county, cityA, province, orphan, cityB]);
    expect(roots.map((r) => r.org.id)).toEqual(['p', 'o']);
    expect(roots[0]!.children.map((c) => c.org.id)).toEqual(['a', 'b']);
    expect(roots[0]!.children[1]!.children.map((c) => c.org.id)).toEqual(['c']);
  });

  it('lists the ancestors nearest first and stops at a parent not on the site', () => {
    const byId = new Map([province, cityB, county, orphan].map((o) => [o.id, o]));
    expect(ancestorsOf(byId, 'c').map((o) => o.id)).toEqual(['b', 'p']);
    expect(ancestorsOf(byId, 'p')).toEqual([]);
    expect(ancestorsOf(byId, 'o')).toEqual([]);
  });

  it('finds each loop once, from its smallest id, and leaves self-parents to their own message', () => {
    expect(
      parentCycles([
        { id: 'x', parent: 'y' },
        { id: 'y', parent: 'z' },
        { id: 'z', parent: 'x' },
        { id: 'w', parent: 'x' },
        { id: 's', parent: 's' },
        { id: 't' },
      ]),
    ).toEqual([['x', 'y', 'z']]);
    expect(parentCycles([{ id: 'a', parent: 'b' }, { id: 'b' }])).toEqual([]);
  });

  it('does not loop forever on a cycle when walking ancestors', () => {
    const a = { id: 'a', data: { parent: 'b' } };
    const b = { id: 'b', data: { parent: 'a' } };
    expect(ancestorsOf(new Map([a, b].map((o) => [o.id, o])), 'a').map((o) => o.id)).toEqual(['b']);
  });
});
