import { describe, expect, it } from 'vitest';
import { spreadCategories } from './category-column.ts';

describe('spreadCategories', () => {
  it('rebuilds groups from labels at their centres (a row, or between two rows)', () => {
    // 甲 on row 1 of rows 0–2; 乙 between rows 3 and 4; 丙 on row 5.
    expect(
      spreadCategories(6, [
        { text: '甲', at: 1 },
        { text: '乙', at: 3.5 },
        { text: '丙', at: 5 },
      ]),
    ).toEqual({
      categories: ['甲', '甲', '甲', '乙', '乙', '丙'],
      ambiguous: false,
    });
  });
  it('allows a label half a row off its centre (a text layer puts it on one of the two middle lines)', () => {
    expect(
      spreadCategories(4, [
        { text: '甲', at: 0 },
        { text: '乙', at: 3 },
      ]),
    ).toEqual({ categories: ['甲', '甲', '乙', '乙'], ambiguous: false });
  });
  it('says when two splits fit (labels of even groups on a middle row)', () => {
    // Rows 3–4 and 5–6 with labels on rows 4 and 6, or rows 3–5 and 6 with labels at their centres.
    expect(
      spreadCategories(7, [
        { text: '甲', at: 1 },
        { text: '乙', at: 4 },
        { text: '丙', at: 6 },
      ])?.ambiguous,
    ).toBe(true);
  });
  it('gives up when no split fits', () => {
    expect(
      spreadCategories(6, [
        { text: '甲', at: 0 },
        { text: '乙', at: 1 },
      ]),
    ).toBeUndefined();
  });
});
