import { describe, expect, it } from 'vitest';
import { EVERYDAY_WORDS, MAIN_GUIDE_IDS, suggestTerms } from './suggest.ts';

describe('suggestTerms', () => {
  it('turns an everyday description into the site’s words', () => {
    expect(suggestTerms('孩子不会说话')).toEqual(['儿童康复', '言语']);
    expect(suggestTerms('老人听不见')).toEqual(['听力', '助听器']);
    expect(suggestTerms('家里台阶太高 轮椅上不去')).toEqual(['无障碍改造']);
  });
  it('matches the longer everyday word, not a shorter one inside it', () => {
    expect(suggestTerms('走不了路')).toEqual(['辅助器具', '无障碍改造']);
  });
  it('reads full-width text and caps the number of suggestions', () => {
    expect(suggestTerms('孩子看不见，听不见，不会说话', 3)).toHaveLength(3);
  });
  it('suggests nothing for words it does not know', () => {
    expect(suggestTerms('火星')).toEqual([]);
  });
  it('keeps the map small and its words plain', () => {
    for (const [word, terms] of Object.entries(EVERYDAY_WORDS)) {
      expect(word.length).toBeGreaterThan(1);
      expect(terms.length).toBeGreaterThan(0);
    }
    expect(MAIN_GUIDE_IDS.length).toBeLessThanOrEqual(8);
  });
});
