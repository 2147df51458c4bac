import { describe, expect, it } from 'vitest';
import type { LineRole } from './news-headings.ts';
import { classifyNewsLines, isShortLine } from './news-headings.ts';
import { toSourceLines } from '../../documents/source-lines.ts';

const P = '这是一个足够长的正文段落，用来说明标题前后都是正文，段落以句号结束。';
const summary = (roles: LineRole[]) =>
  roles.map((r) => (r.role === 'heading' ? `h${r.heading.level}:${r.heading.text}` : r.role));

describe('isShortLine', () => {
  it('accepts short titles and rejects sentences and lead-ins', () => {
    expect(isShortLine('回眸2020')).toBe(true);
    expect(isShortLine('服务创新，深入完善“最多跑一次”改革')).toBe(true);
    expect(isShortLine('岁月相催，年底已至。')).toBe(false);
    expect(isShortLine('主要开展以下工作：')).toBe(false);
    expect(isShortLine(P)).toBe(false);
  });
});

describe('classifyNewsLines', () => {
  it('makes year sections level 2 and topics level 3, and removes repeated captions', () => {
    const lines = toSourceLines(
      ['回眸2020', '改善生活状况', P, '家庭改造', '家庭改造', P, '展望2021', '打造品牌', P].join('\n'),
    );
    const r = classifyNewsLines(lines);
    expect(summary(r.roles)).toEqual([
      'h2:回眸2020',
      'h3:改善生活状况',
      'paragraph',
      'caption',
      'caption',
      'paragraph',
      'h2:展望2021',
      'h3:打造品牌',
      'paragraph',
    ]);
    expect(r.removed).toEqual([
      { kind: 'caption', text: '家庭改造', line: 4 },
      { kind: 'caption', text: '家庭改造', line: 5 },
    ]);
  });

  it('joins consecutive different short lines into one heading', () => {
    const r = classifyNewsLines(toSourceLines(['整装再出发', '开启新征程', P].join('\n')));
    expect(summary(r.roles)).toEqual(['h2:整装再出发 开启新征程', 'merged', 'paragraph']);
    expect(r.notes).toEqual([{ line: 1, text: '连续的短行合成一个标题：整装再出发 / 开启新征程' }]);
  });

  it('keeps a signature (the issuer and a date alone on the last lines) as paragraphs', () => {
    const r = classifyNewsLines(toSourceLines([P, '示例县残疾人联合会', '2023年12月4日'].join('\n')));
    expect(summary(r.roles)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(r.notes).toEqual([]);
  });

  it('removes a lone caption when most headings start with a verb', () => {
    const r = classifyNewsLines(toSourceLines(['改善甲', P, '门前阶梯改造', P, '提升乙', P, '强化丙', P].join('\n')));
    expect(summary(r.roles)).toEqual([
      'h2:改善甲',
      'paragraph',
      'caption',
      'paragraph',
      'h2:提升乙',
      'paragraph',
      'h2:强化丙',
      'paragraph',
    ]);
  });

  it('removes a lone caption when most headings are “topic，phrase”', () => {
    const r = classifyNewsLines(
      toSourceLines(
        ['服务创新，完善改革', P, '项目创新，推进工程', P, '中心近日授牌成立', P, '举措创新，开拓门路', P].join('\n'),
      ),
    );
    expect(summary(r.roles)).toEqual([
      'h2:服务创新，完善改革',
      'paragraph',
      'h2:项目创新，推进工程',
      'paragraph',
      'caption',
      'paragraph',
      'h2:举措创新，开拓门路',
      'paragraph',
    ]);
  });

  it('keeps every short line as a heading when there are too few to judge', () => {
    const r = classifyNewsLines(toSourceLines(['门前阶梯改造', P, '改善甲', P].join('\n')));
    expect(summary(r.roles)).toEqual(['h2:门前阶梯改造', 'paragraph', 'h2:改善甲', 'paragraph']);
  });

  it('does not join lines separated by a table', () => {
    const r = classifyNewsLines(toSourceLines(['甲标题', '乙标题'].join('\n')), [false, true]);
    expect(summary(r.roles)).toEqual(['h2:甲标题', 'h2:乙标题']);
  });
});
