// What to offer when a search finds nothing. People describe their situation (孩子不会说话) where the site names
// the service (儿童康复, 言语); a small curated map from everyday words to the site's words turns a dead end into
// searches that find pages. Every word on the right must find pages on the site: the browser test
// (tests/browser/search.test.ts) searches each one.
import { toHalfWidth } from './query.ts';

/**
 * Everyday words (as people type them, parts of a sentence) → the site's words to search instead. Longer everyday
 * words are matched first, so 听不见 wins over a shorter word inside it.
 */
export const EVERYDAY_WORDS: Record<string, string[]> = {
  不会说话: ['儿童康复', '言语'],
  说话晚: ['儿童康复', '言语'],
  说话不清: ['儿童康复', '言语'],
  不说话: ['儿童康复', '言语'],
  口吃: ['言语', '康复训练'],
  孩子: ['儿童康复'],
  小孩: ['儿童康复'],
  宝宝: ['儿童康复'],
  看不见: ['视力', '辅助器具'],
  看不清: ['视力', '辅助器具'],
  眼睛: ['视力', '辅助器具'],
  失明: ['视力', '辅助器具'],
  听不见: ['听力', '助听器'],
  听不清: ['听力', '助听器'],
  耳朵: ['听力', '助听器'],
  耳聋: ['听力', '助听器'],
  走不了路: ['辅助器具', '无障碍改造'],
  走路: ['辅助器具', '无障碍改造'],
  腿脚: ['辅助器具', '无障碍改造'],
  瘫痪: ['重度残疾人护理补贴', '辅助器具'],
  卧床: ['重度残疾人护理补贴', '辅助器具'],
  照顾: ['重度残疾人护理补贴'],
  没人管: ['重度残疾人护理补贴', '托养'],
  没钱: ['困难残疾人生活补贴', '临时救助'],
  生活困难: ['困难残疾人生活补贴', '临时救助'],
  家里困难: ['困难残疾人生活补贴', '临时救助'],
  看病: ['家庭医生', '康复'],
  医生: ['家庭医生'],
  找工作: ['就业', '创业'],
  上班: ['就业'],
  工作: ['就业'],
  上学: ['助学补助'],
  读书: ['助学补助'],
  大学: ['助学补助'],
  退休: ['养老保险补助'],
  老了: ['养老保险补助'],
  开车: ['停车', '燃油补贴'],
  加油: ['燃油补贴'],
  欺负: ['法律援助', '维权'],
  吃亏: ['法律援助', '维权'],
  纠纷: ['法律援助', '维权'],
  台阶: ['无障碍改造'],
  楼梯: ['无障碍改造'],
  厕所: ['无障碍改造'],
  洗澡: ['无障碍改造'],
  装修: ['无障碍改造'],
  丢了: ['残疾人证'],
  证件: ['残疾人证'],
  反应慢: ['智力', '康复救助'],
  精神病: ['精神', '康复'],
};

/** Guides offered after a search finds nothing, by page id, in this order (those the site has). */
export const MAIN_GUIDE_IDS: string[] = [
  'disability-certificate-first',
  'care-allowance',
  'living-allowance',
  'child-rehabilitation',
  'assistive-devices',
  'home-accessibility-adaptation',
];

const byLength = Object.keys(EVERYDAY_WORDS).sort((a, b) => b.length - a.length);

/**
 * The site's words to try instead of a query that found nothing: those of each everyday word the query contains,
 * in the order they appear in the query, without repeats and at most `limit`.
 */
export function suggestTerms(query: string, limit = 4): string[] {
  let rest = toHalfWidth(query);
  const found: { at: number; terms: string[] }[] = [];
  for (const word of byLength) {
    const at = rest.indexOf(word);
    if (at < 0) continue;
    found.push({ at, terms: EVERYDAY_WORDS[word]! });
    // Blank the word out so a shorter word inside it (说话 in 不会说话) is not matched again.
    rest = rest.split(word).join(' '.repeat(word.length));
  }
  const out = found.sort((a, b) => a.at - b.at).flatMap((f) => f.terms);
  return [...new Set(out)].slice(0, limit);
}
