import { describe, expect, it } from 'vitest';
import { renderBody, renderOutline } from './render-markdown.ts';

describe('renderBody', () => {
  it('writes headings, escaped paragraphs, a caption and a table', () => {
    const md = renderBody([
      { type: 'heading', level: 2, text: '一、总体要求', line: 1 },
      { type: 'paragraph', text: '1.5万人受益。', line: 2 },
      { type: 'paragraph', text: '主要指标', line: 3, strong: true },
      {
        type: 'table',
        rows: [
          ['序号', '指标'],
          ['1', '>99%'],
          ['2', '甲|乙'],
        ],
        line: 4,
      },
      { type: 'markdown-table', lines: ['| a |', '| --- |'], line: 9 },
    ]);
    expect(md).toBe(
      '## 一、总体要求\n\n1\\.5万人受益。\n\n**主要指标**\n\n| 序号 | 指标 |\n| --- | --- |\n| 1 | >99% |\n| 2 | 甲\\|乙 |\n\n| a |\n| --- |\n',
    );
  });
});

describe('renderOutline', () => {
  it('indents by level and names the source line', () => {
    expect(
      renderOutline([
        { level: 2, text: '一、总体要求', line: 7 },
        { level: 3, text: '(一)指导思想', line: 9 },
      ]),
    ).toEqual(['## 一、总体要求（第 7 行）', '  ### (一)指导思想（第 9 行）']);
  });
});
