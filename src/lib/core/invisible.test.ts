import { describe, expect, it } from 'vitest';
import {
  BODY_FORBIDDEN,
  describeCodePoint,
  findInvisible,
  invisibleClass,
  invisibleFix,
  invisibleLineProblems,
  onlyInvisible,
  showInvisible,
} from './invisible.ts';
import { idSchema, textSchema } from './schema-common.ts';

describe('invisible characters', () => {
  it('classes every control, bidi and zero-width character and nothing printable', () => {
    for (const cp of [0x00, 0x01, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xfffe, 0xffff, 0xd800])
      expect(invisibleClass(cp), cp.toString(16)).toBe('control');
    for (const cp of [0x061c, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069])
      expect(invisibleClass(cp), cp.toString(16)).toBe('bidi');
    for (const cp of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
      expect(invisibleClass(cp), cp.toString(16)).toBe('zero-width');
    for (const ch of '\t\n\r a中，。“”《》（）％①\u3000')
      expect(invisibleClass(ch.codePointAt(0) ?? 0), JSON.stringify(ch)).toBeUndefined();
  });

  it('names the character with its code and Chinese name', () => {
    expect(describeCodePoint(0x200b)).toBe('U+200B（零宽空格）');
    expect(describeCodePoint(0x1b)).toBe('U+001B（转义符 ESC）');
    expect(describeCodePoint(0x0e)).toBe('U+000E（控制字符）');
  });

  it('gives the position in characters, the line and the column', () => {
    expect(findInvisible('残联\n第二行\u200b字')).toEqual([
      { codePoint: 0x200b, kind: 'zero-width', position: 7, line: 2, column: 4 },
    ]);
    // An astral character counts as one.
    expect(findInvisible('😀\u202e')[0]?.position).toBe(2);
  });

  it('tells text made only of invisible characters from text that holds some', () => {
    expect(onlyInvisible('\u200b \u2060')).toBe(true);
    expect(onlyInvisible('丽水\u200b')).toBe(false);
    expect(onlyInvisible('  ')).toBe(false);
    expect(showInvisible('合计\u200b')).toBe('合计〔U+200B（零宽空格）〕');
  });

  it('bodies keep joiners and direction marks but not spaces, overrides or controls', () => {
    const body = '👨\u200d👩 \u200e(a) 甲\u200b乙 \u202e丙 \u0007';
    expect(findInvisible(body, BODY_FORBIDDEN).map((h) => h.codePoint)).toEqual([0x200b, 0x202e, 0x07]);
  });

  it('reports a file full of them as five lines and one summary', () => {
    const problems = invisibleLineProblems('x.csv', Array.from({ length: 9 }, () => 'a\u001bb').join('\n'), {
      field: '（整行）',
    });
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(problems[5]?.problem).toContain('还有 4 行');
    expect(invisibleLineProblems('a.md', '正文\n正文\u0000', { firstLine: 10, field: '（正文）' })[0]?.line).toBe(11);
  });
});

describe('text and id fields reject invisible characters', () => {
  const messages = (r: { error?: { issues: { message: string }[] } }) =>
    r.error?.issues.map((i) => i.message.split('\u0000')[0]);
  it.each([
    ['\u200b', '只有看不见的字符 U+200B（零宽空格），没有文字'],
    [' \u200b\u200b ', '只有看不见的字符 U+200B（零宽空格），没有文字'],
    ['丽水\u202e市', '含有看不见的字符：第 3 个字是 U+202E（从右到左强制，会让文字倒过来显示）'],
    ['\u001b[1m标题', '含有看不见的字符：第 1 个字是 U+001B（转义符 ESC）'],
    [
      'a\u0000b\u0085c\u2066d\u2069e',
      '含有看不见的字符：第 2 个字是 U+0000（空字符 NUL），第 4 个字是 U+0085（C1 控制字符），第 6 个字是 U+2066（从左到右隔离），另有 1 处',
    ],
  ])('text %j', (value, problem) => {
    expect(messages(textSchema.safeParse(value))).toEqual([problem]);
  });

  it('keeps ordinary text, tabs and line breaks', () => {
    expect(textSchema.safeParse('丽水市残疾人联合会\t（2023）\n第二行').success).toBe(true);
  });

  it('an id with a zero-width space gets that one message, not also the pattern one', () => {
    expect(messages(idSchema.safeParse('li\u200bshui'))).toEqual(['含有看不见的字符：第 3 个字是 U+200B（零宽空格）']);
    expect(messages(idSchema.safeParse('\ufefflishui'))).toEqual([
      '含有看不见的字符：第 1 个字是 U+FEFF（BOM 字节顺序标记）',
    ]);
  });
});

describe('a value from a fixed list with an invisible character', () => {
  it('names the character instead of refusing a correct-looking value', async () => {
    const { z } = await import('zod');
    const { validateWithSchema } = await import('./zod-problems.ts');
    const schema = z.object({ level: z.enum(['city', 'county'], '层级写法不对') });
    const { problems } = validateWithSchema(schema, { level: 'city\u200d' }, 'a.yaml', () => 3);
    expect(problems.map((p) => p.problem)).toEqual(['含有看不见的字符：第 5 个字是 U+200D（零宽连字）']);
  });
});

describe('characters a probe found passing', () => {
  it('classes separators, soft hyphens, fillers, tags, variation selectors and bad-decode marks', () => {
    const cases: [number, string][] = [
      [0x2028, 'separator'],
      [0x2029, 'separator'],
      [0x00ad, 'zero-width'],
      [0x180e, 'zero-width'],
      [0xe0001, 'zero-width'],
      [0xe0041, 'zero-width'],
      [0xe007f, 'zero-width'],
      [0xfe00, 'zero-width'],
      [0xfe0f, 'zero-width'],
      [0xe0100, 'zero-width'],
      [0xe01ef, 'zero-width'],
      [0x3164, 'filler'],
      [0x115f, 'filler'],
      [0x1160, 'filler'],
      [0xffa0, 'filler'],
      [0xfffc, 'bad-decode'],
      [0xfffd, 'bad-decode'],
    ];
    for (const [cp, kind] of cases) expect(invisibleClass(cp), cp.toString(16)).toBe(kind);
    // Neighbours of the ranges, and the braille blank (a real braille character), are not classed.
    for (const cp of [0xdf, 0x180d, 0x180f, 0xe0080, 0xfdff, 0xfe10, 0xe00ff, 0xe01f0, 0x2800, 0x3163, 0xfffb]) {
      expect(invisibleClass(cp), cp.toString(16)).toBeUndefined();
    }
  });

  it('names them in Chinese with their code', () => {
    expect(describeCodePoint(0x2028)).toBe('U+2028（行分隔符）');
    expect(describeCodePoint(0x00ad)).toBe('U+00AD（软连字符）');
    expect(describeCodePoint(0x3164)).toBe('U+3164（韩文填充字符）');
    expect(describeCodePoint(0xe0041)).toBe('U+E0041（标签字符）');
    expect(describeCodePoint(0xfe0f)).toBe('U+FE0F（变体选择符）');
    expect(describeCodePoint(0xe0100)).toBe('U+E0100（变体选择符）');
    expect(describeCodePoint(0xfffd)).toBe('U+FFFD（替换符 �，原来的字没有转换过来）');
  });

  it('says a bad decode is a lost character, and a separator is not a line break', () => {
    expect(invisibleFix('bad-decode')).toContain('文件可能是从别的编码错误转换过来的');
    expect(invisibleFix('separator')).toContain('\\L 或 \\P');
  });

  it('bodies keep U+FE0F after an emoji and in a keycap, and nothing else of these', () => {
    const body = '❤\ufe0f 1\ufe0f\u20e3 甲\ufe0f 葛\u{e0100} ☎\ufe0e 残\u00ad联 \u3164 a\u2028b \ufffd \u{e0041}';
    expect(findInvisible(body, BODY_FORBIDDEN).map((h) => h.codePoint)).toEqual([
      0xfe0f, 0xe0100, 0xfe0e, 0xad, 0x3164, 0x2028, 0xfffd, 0xe0041,
    ]);
    expect(findInvisible(body, BODY_FORBIDDEN)[0]?.position).toBe(9);
    // Titles, names and ids keep no emoji presentation selector either.
    expect(findInvisible('助残日❤\ufe0f').map((h) => h.codePoint)).toEqual([0xfe0f]);
  });

  it('a field of only fillers, braille blanks or such marks is empty', () => {
    expect(onlyInvisible('\u3164')).toBe(true);
    expect(onlyInvisible('\u2800\u3000\u2800')).toBe(true);
    expect(onlyInvisible('\u00a0\u00ad')).toBe(true);
    expect(onlyInvisible('⠁\u2800⠃')).toBe(false);
  });
});

describe('text fields and the new characters', () => {
  const messages = (r: { error?: { issues: { message: string }[] } }) =>
    r.error?.issues.map((i) => i.message.split('\u0000')[0]);
  it.each([
    ['\u3164', '只有看不见的字符 U+3164（韩文填充字符），没有文字'],
    ['\u2800\u2800', '只有看不见的字符 U+2800（盲文空白），没有文字'],
    ['\u3000\u2800', '只有看不见的字符 U+2800（盲文空白），没有文字'],
    ['示例市\u2028残联', '含有看不见的字符：第 4 个字是 U+2028（行分隔符）'],
    ['示例市\ufffd联', '含有看不见的字符：第 4 个字是 U+FFFD（替换符 �，原来的字没有转换过来）'],
  ])('text %j', (value, problem) => {
    expect(messages(textSchema.safeParse(value))).toEqual([problem]);
  });

  it('braille text with blank cells between words is text', () => {
    expect(textSchema.safeParse('⠁⠃\u2800⠉').success).toBe(true);
  });

  it('only blanks that trim removes are left to the field\'s own minimum length (printed "不能为空")', () => {
    expect(textSchema.safeParse('\u00a0\u3000').error?.issues.map((i) => i.code)).toEqual(['too_small']);
  });
});
