import { describe, expect, it } from 'vitest';
import type { DocBlock } from './types.ts';
import { readWebPage } from './web-page.ts';

const page = (body: string) =>
  new TextEncoder().encode(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例区残联工作报告_示例区残联</title></head><body><div class="article">` +
      `<h1>示例区残联工作报告</h1>\n${body}\n</div></body></html>`,
  );
const headings = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []));

describe('bold numbered lines on a page that marks headings with <h…>', () => {
  it('take their level from a numbered <h…> heading of the page', async () => {
    const doc = await readWebPage(
      page(
        [
          '<h3>一、总体情况</h3>',
          '<p><strong>（一）康复服务</strong></p>',
          '<p>全年服务残疾人320人次，比上年增长百分之八。</p>',
          '<p><b>1.</b><b>精准康复</b></p>',
          '<p>签约家庭医生2,050人。</p>',
          '<p><strong>（二）就业服务。</strong>新增就业54人。</p>',
          '<p><strong>今年的主要做法</strong></p>',
        ].join('\n'),
      ),
      'p.html',
    );
    expect(headings(doc.blocks)).toEqual(['3 一、总体情况', '4 （一）康复服务', '5 1.精准康复']);
    expect(doc.blocks).toContainEqual(expect.objectContaining({ type: 'paragraph', text: '今年的主要做法' }));
  });

  it('stay paragraphs on a page without <h…> headings (the numbering rules find them later)', async () => {
    const doc = await readWebPage(
      new TextEncoder().encode(
        '<html><body><div><p>示例区残联工作报告</p><p><strong>一、总体情况</strong></p><p>全年服务320人次。</p></div></body></html>',
      ),
      'p.html',
    );
    expect(headings(doc.blocks)).toEqual([]);
  });

  it('joins the lines of one <h…> broken by <br>, and makes a sentence after the break a paragraph', async () => {
    const doc = await readWebPage(
      page(
        [
          '<h2>一、总体情况<br>全年共服务残疾人1,200人次，比上年增长百分之十二，各项指标全面完成。</h2>',
          '<h2>二、关于进一步加强残疾人基本公共服务<br>体系建设的主要做法</h2>',
          '<p>完成康复服务500人次。</p>',
        ].join('\n'),
      ),
      'p.html',
    );
    expect(headings(doc.blocks)).toEqual([
      '2 一、总体情况',
      '2 二、关于进一步加强残疾人基本公共服务体系建设的主要做法',
    ]);
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({
        type: 'paragraph',
        text: '全年共服务残疾人1,200人次，比上年增长百分之十二，各项指标全面完成。',
      }),
    );
  });
});
