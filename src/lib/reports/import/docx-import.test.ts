import { describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../../tests/fixtures/import/minimal-docx.ts';
import { convertText } from './convert.ts';
import { docxToText } from '../../documents/docx-text.ts';
import { renderBody } from './render-markdown.ts';

describe('docxToText', () => {
  it('reads paragraphs and turns a table into markdown', async () => {
    const docx = minimalDocx([
      '某区残联2023年工作总结',
      '一、基本情况',
      '截至10月底，持证残疾人XXX人。',
      [
        ['类别', '人数'],
        ['听力', '1445'],
      ],
      '二、工作计划',
      '（一）加强组织建设',
      '补助X万元。',
    ]);
    const text = await docxToText(docx);
    expect(text).toBe(
      ['某区残联2023年工作总结', '一、基本情况', '截至10月底，持证残疾人XXX人。', '| 类别 | 人数 |', '| --- | --- |', '| 听力 | 1445 |', '二、工作计划', '（一）加强组织建设', '补助X万元。'].join('\n'),
    );
    const c = convertText(text);
    expect(c.title?.text).toBe('某区残联2023年工作总结');
    expect(renderBody(c.blocks)).toBe(
      '## 一、基本情况\n\n截至10月底，持证残疾人XXX人。\n\n| 类别 | 人数 |\n| --- | --- |\n| 听力 | 1445 |\n\n## 二、工作计划\n\n### （一）加强组织建设\n\n补助X万元。\n',
    );
  });

  it('rejects bytes that are not a .docx', async () => {
    await expect(docxToText(new TextEncoder().encode('不是 Word 文件'))).rejects.toThrow();
  });
});
