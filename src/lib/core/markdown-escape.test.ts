import { describe, expect, it } from 'vitest';
import { escapeInline, escapeParagraph } from './markdown-escape.ts';

describe('escapeParagraph', () => {
  it.each([
    ['1.5万人受益。', '1\\.5万人受益。'],
    ['2) 第二点', '2\\) 第二点'],
    ['# 不是标题', '\\# 不是标题'],
    ['>99%的覆盖率', '\\>99%的覆盖率'],
    ['- 不是列表', '\\- 不是列表'],
    ['*重点*和_强调_', '\\*重点\\*和\\_强调\\_'],
    ['a<b 与 [链接](x)', 'a\\<b 与 \\[链接\\](x)'],
    ['&amp; 和 A&B', '\\&amp; 和 A&B'],
    ['补助X万元，XXX马拉松', '补助X万元，XXX马拉松'],
    ['≧99%', '≧99%'],
  ])('%s', (input, out) => {
    expect(escapeParagraph(input)).toBe(out);
  });
});

describe('escapeInline', () => {
  it('escapes table pipes but not a leading >', () => {
    expect(escapeInline('甲|乙')).toBe('甲\\|乙');
    expect(escapeInline('>99%')).toBe('>99%');
  });
});
