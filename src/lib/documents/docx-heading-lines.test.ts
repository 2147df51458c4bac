import { describe, expect, it } from 'vitest';
import { wordHeadingBreakDocx } from '../../../tests/fixtures/import/word/word-heading-break.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { joinLines } from './docx-heading-lines.ts';
import { readDocx } from './docx.ts';

describe('joinLines', () => {
  it('puts a space only between Latin words or numbers', () => {
    expect(joinLines(['某区残疾人联合会', '2024年工作简报'])).toBe('某区残疾人联合会2024年工作简报');
    expect(joinLines(['Annual report', '2024'])).toBe('Annual report 2024');
  });
});

describe('readDocx: a heading paragraph with manual line breaks', () => {
  it('joins a wrapped heading and splits the section text typed after the break off as a paragraph', async () => {
    const doc = await readDocx(await wordHeadingBreakDocx(), 'break.docx');
    const md = renderBody(convertDocument(doc).blocks);
    expect(md).toContain(
      '## 一、总体情况\n\n全年共服务残疾人1,200人次，比上年增长百分之十二，各项指标全面完成。\n\n' +
        '## 二、关于进一步加强残疾人基本公共服务体系建设的主要做法\n',
    );
    expect(doc.notes).toContainEqual({ line: 2, text: '第 2 段是标题，手动换行之后的文字是正文，已分成段落' });
  });
});
