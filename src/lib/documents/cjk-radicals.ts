/**
 * PDF printers that work from glyphs (Chromium's Skia, some WPS versions) write a ToUnicode map that names the
 * first code point of a glyph, and in Noto/Source Han fonts the glyph of 人 is shared with the Kangxi radical ⼈
 * (U+2F08), 民 with the CJK radical ⺠ (U+2EA0). Copied or extracted text then holds radicals that look like, but
 * are not, the characters on the page, so search, the words-kept check and the site's text would all be wrong.
 * The reader reads each such radical as the character whose glyph it shares (the page shows that character).
 *
 * Kangxi radicals (U+2F00–U+2FD5) have a Unicode compatibility mapping (NFKC); the supplement (U+2E80–U+2EF3) has
 * none (except ⻳), so its pairs below were read from the cmap of Noto Sans/Serif CJK SC (the simplified-Chinese faces):
 * every radical mapped to the same glyph as a unified ideograph. ⼾ is there too: its SC glyph is 户, not NFKC's 戶.
 * Regenerate with `node tests/fixtures/import/pdf/radical-pairs.ts` (needs fonts-noto-cjk).
 */
const PAIRS =
  '⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓' +
  '⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻇𧢲⻈讠⻉贝⻊𧾷⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食' +
  '⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⼾户';

const TABLE: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();

const RADICAL = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;
const RADICAL_ONE = /^[\u2E80-\u2EF3\u2F00-\u2FD5]$/u;

/** The character a radical's glyph shows, or undefined for a character that is not such a radical. */
export function radicalAsCharacter(ch: string): string | undefined {
  const mapped = TABLE.get(ch);
  if (mapped) return mapped;
  const n = ch.normalize('NFKC');
  return n !== ch && RADICAL_ONE.test(ch) ? n : undefined;
}

/**
 * Reads radicals as the characters their glyphs show; `counts` gathers each replacement (`⼈→人` → times) so the
 * reader can list them as layout notes.
 */
export function readRadicals(text: string, counts: Map<string, number>): string {
  return text.replace(RADICAL, (ch) => {
    const to = radicalAsCharacter(ch);
    if (!to) return ch;
    const key = `${ch}→${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return to;
  });
}
