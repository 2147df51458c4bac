import { describe, expect, it } from 'vitest';
import { numberedSources, sourceKey } from './sources.ts';
import type { Dataset } from './types.ts';

const row = (document: string, sentence: string) => ({ document, sentence }) as Dataset['rows'][number];

describe('numberedSources', () => {
  it('lists each sentence once, numbered in first-cited order, and skips rows without one', () => {
    const { sources, ids } = numberedSources([
      row('003', '甲。'),
      row('003', '乙。'),
      row('003', '甲。'),
      row('004', '甲。'),
      row('004', ''),
    ]);
    expect(sources).toEqual([
      { n: 1, document: '003', sentence: '甲。' },
      { n: 2, document: '003', sentence: '乙。' },
      { n: 3, document: '004', sentence: '甲。' },
    ]);
    expect(ids.get(sourceKey('003', '甲。'))).toBe(1);
    expect(ids.get(sourceKey('004', '甲。'))).toBe(3);
    expect(ids.has(sourceKey('004', ''))).toBe(false);
  });
});
