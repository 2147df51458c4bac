import { describe, expect, it } from 'vitest';
import { describeRemoved } from './blocks.ts';

describe('describeRemoved', () => {
  it('names the line, the kind in Chinese and the text', () => {
    expect(describeRemoved({ kind: 'page-chrome', text: '欢迎您访问', line: 1 })).toBe('第 1 行 网页页头：欢迎您访问');
    expect(describeRemoved({ kind: 'caption', text: '门前阶梯改造', line: 9 })).toBe('第 9 行 图片说明：门前阶梯改造');
  });
});
