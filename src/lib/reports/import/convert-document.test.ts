import { describe, expect, it } from 'vitest';
import { SEEDS, readSeed } from '../../../../tests/fixtures/import/seeds.ts';
import { convertText } from './convert.ts';
import { renderBody } from './render-markdown.ts';
import { convertDocument } from './convert-document.ts';
import { readText } from '../../documents/text.ts';
import type { DocBlock, ReadDocument } from '../../documents/types.ts';

const doc = (blocks: DocBlock[], meta: ReadDocument['meta'] = {}): ReadDocument => ({
  format: '测试',
  blocks,
  removed: [],
  notes: [],
  meta,
  sourceText: '',
});

describe('convertDocument with marked headings', () => {
  it('keeps headings apart from their paragraphs and maps levels without skipping', () => {
    const c = convertDocument(
      doc([
        { type: 'heading', level: 1, text: '某市残联2023年工作总结', line: 1 },
        { type: 'heading', level: 1, text: '一、总体情况', line: 2 },
        { type: 'paragraph', text: '全市持证残疾人达到1,234人。', line: 3 },
        { type: 'heading', level: 3, text: '（一）康复', line: 4 },
        { type: 'list-item', text: '1. 辅具适配', depth: 0, line: 5 },
      ]),
    );
    expect(c.title).toEqual({ text: '某市残联2023年工作总结', line: 1 });
    expect(renderBody(c.blocks)).toBe(
      '## 一、总体情况\n\n全市持证残疾人达到1,234人。\n\n### （一）康复\n\n1\\. 辅具适配\n',
    );
    expect(c.notes).toEqual([{ line: 2, text: '原文的标题级别 1、3 依次写成 ##、###，不跳级' }]);
    expect(c.summary).toBe('全市持证残疾人达到1,234人。');
  });

  it('does not take a first section heading as the title', () => {
    const c = convertDocument(
      doc([
        { type: 'heading', level: 1, text: '一、总体情况', line: 1 },
        { type: 'paragraph', text: '正文。', line: 2 },
      ]),
    );
    expect(c.title).toBeUndefined();
    expect(c.blocks[0]).toEqual({ type: 'heading', level: 2, text: '一、总体情况', line: 1 });
  });

  it('uses meta.title, as the first block or from the properties', () => {
    const blocks: DocBlock[] = [
      { type: 'paragraph', text: '某区残联总结', line: 1 },
      { type: 'heading', level: 2, text: '一、情况', line: 2 },
    ];
    expect(convertDocument(doc(blocks, { title: '某区残联总结' })).title).toEqual({ text: '某区残联总结', line: 1 });
    const c = convertDocument(doc(blocks.slice(1), { title: '某区残联总结', published: '2021-12-16' }));
    expect(c.title).toEqual({ text: '某区残联总结', line: 0 });
    expect(c.published).toBe('2021-12-16');
  });

  it('writes figures as notes from their own words, lists an undescribed image, gathers footnotes', () => {
    const c = convertDocument(
      doc([
        { type: 'heading', level: 2, text: '一、康复', line: 1 },
        { type: 'figure', alt: '康复中心外景', line: 2 },
        { type: 'figure', line: 3 },
        { type: 'figure', caption: '图1 助残活动', alt: '图1 助残活动', line: 4 },
        { type: 'table', rows: [['指标', '2025年'], ['覆盖率(%)']], line: 5 },
        { type: 'note', label: '1', text: '数据截至2023年底。', line: 6 },
      ]),
    );
    expect(renderBody(c.blocks)).toBe(
      '## 一、康复\n\n（图：康复中心外景）\n\n（图：图1 助残活动）\n\n| 指标 | 2025年 |\n| --- | --- |\n| 覆盖率(%) |  |\n\n**注释**\n\n［1］数据截至2023年底。\n',
    );
    expect(c.removed).toEqual([{ kind: 'figure', text: '（图片）', line: 3 }]);
  });
});

describe('convertDocument without marked headings', () => {
  it.each(Object.keys(SEEDS))('converts seed %s exactly as convertText does', (id) => {
    const text = readSeed(id as keyof typeof SEEDS);
    expect(convertDocument(readText(Buffer.from(text), `${id}.txt`))).toEqual(convertText(text));
  });

  it('lays a table out as rows and keeps the source line numbers', () => {
    const c = convertDocument(
      doc([
        { type: 'paragraph', text: '某市规划', line: 1 },
        { type: 'paragraph', text: '一、主要指标', line: 2 },
        {
          type: 'table',
          rows: [
            ['序号', '指标'],
            ['1', '>99%'],
          ],
          line: 3,
        },
        { type: 'paragraph', text: '二、保障措施', line: 4 },
        { type: 'figure', alt: '示意图', line: 5 },
        { type: 'paragraph', text: '三、组织实施', line: 6 },
      ]),
    );
    expect(c.title).toEqual({ text: '某市规划', line: 1 });
    expect(renderBody(c.blocks)).toBe(
      '## 一、主要指标\n\n| 序号 | 指标 |\n| --- | --- |\n| 1 | >99% |\n\n## 二、保障措施\n\n（图：示意图）\n\n## 三、组织实施\n',
    );
    expect(c.blocks.map((b) => b.line)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('paragraphs the reader marks', () => {
  it('joins a paragraph cut mid-sentence in a text file, never two paragraphs a reader marked as such', async () => {
    const { convertDocument } = await import('./convert-document.ts');
    const blocks = [
      { type: 'paragraph' as const, text: '某区残联关于开展助残活动的通知', line: 1 },
      { type: 'paragraph' as const, text: '一、活动时间', line: 2 },
      { type: 'paragraph' as const, text: '二、活动内容', line: 3 },
      { type: 'paragraph' as const, text: '示例区残疾人联合会', line: 4 },
      { type: 'paragraph' as const, text: '2022年4月2日', line: 5 },
    ];
    const doc = {
      format: '网页',
      blocks,
      removed: [],
      notes: [],
      meta: {},
      sourceText: blocks.map((b) => b.text).join('\n'),
    };
    const paragraphs = (d: typeof doc & { explicitParagraphs?: boolean }) =>
      convertDocument(d).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs(doc)).toEqual(['示例区残疾人联合会2022年4月2日']);
    expect(paragraphs({ ...doc, explicitParagraphs: true })).toEqual(['示例区残疾人联合会', '2022年4月2日']);
  });
});
