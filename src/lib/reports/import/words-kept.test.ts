import { describe, expect, it } from 'vitest';
import { convertText } from './convert.ts';
import { renderBody } from './render-markdown.ts';
import { formatProblem } from '../../core/problem.ts';
import { convertDocument } from './convert-document.ts';
import { readText } from '../../documents/text.ts';
import type { DocBlock, ReadDocument } from '../../documents/types.ts';
import { checkWordsKept, wordsKeptLine, wordsKeptProblems } from '../../documents/words-kept.ts';

const SOURCE = '总体情况\n全市持证残疾人达到1,234人。\n康复服务\n为567名残疾人适配辅具。';
const marked = (sourceText = SOURCE, extra: DocBlock[] = []): ReadDocument => ({
  format: 'Word 文件（标题样式）',
  blocks: [
    { type: 'heading', level: 1, text: '总体情况', line: 1 },
    { type: 'paragraph', text: '全市持证残疾人达到1,234人。', line: 2 },
    { type: 'heading', level: 1, text: '康复服务', line: 3 },
    { type: 'paragraph', text: '为567名残疾人适配辅具。', line: 4 },
    ...extra,
  ],
  removed: [],
  notes: [],
  meta: {},
  sourceText,
});
const problems = (doc: ReadDocument, body: string, title?: string, titleLine = 1) =>
  wordsKeptProblems(
    checkWordsKept(
      doc,
      { title: title === undefined ? undefined : { text: title, line: titleLine }, body, bodyFirstLine: 12 },
      doc.removed,
    ),
    'report.docx',
  ).map(formatProblem);

describe('checkWordsKept', () => {
  it('proves what convertDocument writes from marked headings', () => {
    const doc = marked();
    const c = convertDocument(doc);
    const r = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
    expect(r.differences).toEqual([]);
    expect(wordsKeptLine(r)).toBe('文字核对：原文 34 个字、数字和字母，全部保留（删除的 0 处已列出）');
  });

  it('catches a heading glued onto its paragraph although no character is lost', () => {
    // What today's .docx path makes of Heading 1 paragraphs (issue 15): the heading joined to the next line.
    const glued = renderBody(convertText(`${SOURCE.replace('总体情况\n', '总体情况')}`).blocks);
    expect(glued).toContain('总体情况全市持证残疾人达到1,234人。');
    expect(problems(marked(), glued)).toEqual([
      'report.docx:1: 文字核对 — 原文标注为标题的“总体情况”在导入结果中不是单独的标题（被并进了段落或丢失） — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
    ]);
  });

  it('catches a dropped heading and says where', () => {
    const body = '## 总体情况\n\n全市持证残疾人达到1,234人。\n\n为567名残疾人适配辅具。\n';
    const p = problems(marked(), body);
    expect(p[0]).toBe(
      'report.docx:3: 文字核对 — 原文“康复服务”中的“康复服务”没有写进导入结果，也没有列在删除的内容里 — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
    );
    expect(p).toHaveLength(2);
    expect(p[1]).toMatch(/^report\.docx:3: 文字核对 — 原文标注为标题的“康复服务”/);
  });

  it('catches a changed figure with the line of the written file', () => {
    const doc = readText(
      Buffer.from(
        '某县残联工作总结\n一、康复\n全年为1,234名残疾人提供康复服务，覆盖率达98.5%。\n二、就业\n新增就业89人。',
      ),
      'a.txt',
    );
    const body = '## 一、康复\n\n全年为1,324名残疾人提供康复服务，覆盖率达98.5。\n\n## 二、就业\n\n新增就业89人。\n';
    expect(problems(doc, body, '某县残联工作总结')).toEqual([
      'report.docx:3: 文字核对 — 原文“全年为1,234名残疾人提供康复服务…”中的“2”没有写进导入结果，也没有列在删除的内容里 — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
      'report.docx:3: 文字核对 — 导入结果第 14 行“全年为1,324名残疾人提供康复服务，…”多出了原文没有的“2”（在原文“全年为1,234名残疾人提供康复服务，…”附近） — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
      'report.docx:3: 文字核对 — 原文“…复服务，覆盖率达98.5%。”中的“%”没有写进导入结果，也没有列在删除的内容里 — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
    ]);
  });

  it('accepts a removal only where it was listed', () => {
    const text = '某县残联工作总结\n一、康复\n康复中心一角\n全年服务1,234人。\n二、就业\n新增就业89人。';
    const doc = readText(Buffer.from(text), 'a.txt');
    const body = '## 一、康复\n\n全年服务1,234人。\n\n## 二、就业\n\n新增就业89人。\n';
    expect(
      problems({ ...doc, removed: [{ kind: 'caption', text: '康复中心一角', line: 3 }] }, body, '某县残联工作总结'),
    ).toEqual([]);
    // A reader may number lines differently: a longer removal is found where it stands.
    expect(
      problems({ ...doc, removed: [{ kind: 'caption', text: '康复中心一角', line: 6 }] }, body, '某县残联工作总结'),
    ).toEqual([]);
    // A short one (a page number) only near its line, so it cannot take a digit of the text.
    const paged = readText(
      Buffer.from('某县残联工作总结\n一、康复\n全年服务1,234人。\n— 6 —\n二、就业\n新增就业89人。\n第 6 页'),
      'a.txt',
    );
    const pagedBody = '## 一、康复\n\n全年服务1,234人。\n\n## 二、就业\n\n新增就业89人。\n';
    expect(
      problems(
        {
          ...paged,
          removed: [
            { kind: 'page-chrome', text: '— 6 —', line: 4 },
            { kind: 'page-chrome', text: '第 6 页', line: 7 },
          ],
        },
        pagedBody,
        '某县残联工作总结',
      ),
    ).toEqual([]);
    expect(
      problems(
        {
          ...paged,
          removed: [
            { kind: 'page-chrome', text: '— 6 —', line: 4 },
            { kind: 'page-chrome', text: '6', line: 1 },
          ],
        },
        pagedBody,
        '某县残联工作总结',
      ),
    ).toEqual([
      'report.docx:7: 文字核对 — 原文“第 6 页”中的“第6页”没有写进导入结果，也没有列在删除的内容里 — 这是导入程序的错误，不要使用这次导入的结果；请把原文件和这条提示交给网站维护人员',
    ]);
    // Nor does a removal of an undescribed image, which has no text.
    expect(
      problems({ ...doc, removed: [{ kind: 'figure', text: '康复中心一角', line: 3 }] }, body, '某县残联工作总结'),
    ).toHaveLength(1);
  });

  it('takes a removal across lines and a title from the page properties', () => {
    // A web page: the navigation is one removal of several lines, the title only in meta; removals carry HTML lines.
    const source = '首页\n政务公开\n互动交流\n示例县残联2022年工作总结\n全年新增就业128人。\n分享到：';
    const doc: ReadDocument = {
      format: '网页',
      blocks: [{ type: 'paragraph', text: '全年新增就业128人。', line: 40 }],
      removed: [
        { kind: 'page-chrome', text: '首页 政务公开 互动交流', line: 20 },
        { kind: 'page-chrome', text: '分享到：', line: 62 },
      ],
      notes: [],
      meta: { title: '示例县残联2022年工作总结' },
      sourceText: source,
    };
    const c = convertDocument(doc);
    expect(c.title).toEqual({ text: '示例县残联2022年工作总结', line: 0 });
    expect(problems(doc, renderBody(c.blocks), c.title!.text, 0)).toEqual([]);
    // The same title said to come from the text (line 4) must be there: it is, so still proven.
    expect(problems(doc, renderBody(c.blocks), c.title!.text, 4)).toEqual([]);
    // Without the removals, the navigation is reported as lost.
    expect(problems({ ...doc, removed: [] }, renderBody(c.blocks), c.title!.text, 0)[0]).toMatch(
      /^report\.docx:1: 文字核对 — 原文“首页”中的“首页”没有写进导入结果/,
    );
    // A title from the properties that the text lacks is no addition.
    expect(
      problems(
        { ...doc, sourceText: source.replace('示例县残联2022年工作总结\n', '') },
        renderBody(c.blocks),
        c.title!.text,
        0,
      ),
    ).toEqual([]);
  });

  it('allows only the characters the renderer adds: 图 of a figure note, 注释, note labels, merged cells', () => {
    const source = `${SOURCE}\n康复中心外景\n指标 2025年\n覆盖率 >95\n数据截至2023年底。`;
    const doc = marked(source, [
      { type: 'figure', alt: '康复中心外景', line: 5 },
      {
        type: 'table',
        rows: [
          ['指标', '2025年'],
          ['覆盖率', '>95'],
        ],
        line: 6,
      },
      { type: 'note', label: '1', text: '数据截至2023年底。', line: 8 },
    ]);
    const c = convertDocument(doc);
    const body = renderBody(c.blocks);
    expect(body).toContain('（图：康复中心外景）\n\n| 指标 | 2025年 |');
    expect(body).toContain('**注释**\n\n［1］数据截至2023年底。');
    expect(problems(doc, body)).toEqual([]);
    // A merged cell written twice is no addition; the same text in a cell of its own is.
    expect(problems(doc, body.replace('| 覆盖率 | >95 |', '| 覆盖率 | 覆盖率 |'))).toHaveLength(1);
    expect(problems(doc, body.replace('（图：康复中心外景）', '（图：康复中心外景照片）'))[0]).toMatch(
      /多出了原文没有的“照片”/,
    );
    // A caption that itself starts with 图: the note's own 图 is no addition, a third one is.
    const captioned = marked(`${SOURCE}\n图 2 康复中心外景`, [
      { type: 'figure', caption: '图 2 康复中心外景', line: 5 },
    ]);
    const captionedBody = renderBody(convertDocument(captioned).blocks);
    expect(captionedBody).toContain('（图：图 2 康复中心外景）');
    expect(problems(captioned, captionedBody)).toEqual([]);
    expect(problems(captioned, captionedBody.replace('（图：图 2', '（图：图图 2'))[0]).toMatch(/多出了原文没有的“图”/);
    expect(problems(doc, body.replace('| 覆盖率 | >95 |', '| 覆盖率 | 95 |'))[0]).toMatch(/中的“>”没有写进导入结果/);
  });
});
