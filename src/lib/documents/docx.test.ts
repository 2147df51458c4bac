import { describe, expect, it } from 'vitest';
import { minimalDocx } from '../../../tests/fixtures/import/minimal-docx.ts';
import { WORD_NS, packDocx } from '../../../tests/fixtures/import/word/ooxml-package.ts';
import { wordReportDocx } from '../../../tests/fixtures/import/word/word-report.ts';
import { wpsReportDocx } from '../../../tests/fixtures/import/word/wps-report.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { readDocx } from './docx.ts';
import { DocumentError } from './document-error.ts';
import type { DocBlock, ReadDocument } from './types.ts';
import { checkWordsKept, wordsKeptProblems } from './words-kept.ts';

/** The importer's words-kept check over the document: every character of the source written or listed removed. */
function expectWordsKept(doc: ReadDocument): void {
  const c = convertDocument(doc);
  const result = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
  expect(wordsKeptProblems(result, 't.docx')).toEqual([]);
}

const texts = (blocks: DocBlock[]) =>
  blocks.map((b) => {
    if (b.type === 'heading') return `h${b.level} ${b.text}`;
    if (b.type === 'paragraph') return `p ${b.text}`;
    if (b.type === 'list-item') return `li${b.depth} ${b.text}`;
    if (b.type === 'figure') return `fig ${b.alt ?? ''}|${b.caption ?? ''}`;
    if (b.type === 'note') return `note ${b.label} ${b.text}`;
    return `table ${b.rows.map((r) => r.join('/')).join(' ; ')}`;
  });

describe('readDocx: a report as Word saves it', async () => {
  const doc = await readDocx(await wordReportDocx(), 'report.docx');

  it('reads heading styles with their automatic Chinese numbering, and keeps each heading apart from its paragraph', () => {
    expect(texts(doc.blocks)).toEqual([
      'p 某市残疾人联合会2023年工作总结',
      'h1 一、总体情况',
      'p 全市持证残疾人达到1,234人。',
      'h2 （一）康复服务',
      'p 完成残疾儿童康复救助56人。',
      'p 1. 新建康复站2个；',
      'p 2. 培训康复员30名。',
      'fig 康复中心外景：三层白色楼房|',
      'fig |图 2 助残日活动现场',
      'h2 （二）就业服务',
      'table 类别/项目/人数 ; 就业/按比例就业/120 ; 就业/个体就业/85 ; 合计/合计/205',
      'p 专栏：助残日活动覆盖1.2万人次。',
      'h1 二、下一步工作',
      'h2 （一）加强组织建设',
      'p 1. 补助X万元。',
      'note 1 含外地户籍儿童3人。',
    ]);
    expect(doc.format).toBe('Word 文件（标题样式）');
  });

  it('takes the Title style as the title (and keeps it as the first paragraph, where the importer finds it)', () => {
    expect(doc.meta.title).toBe('某市残疾人联合会2023年工作总结');
  });

  it('lists what it leaves out: header, table of contents, a picture with neither alt text nor caption', () => {
    expect(doc.removed).toEqual([
      { kind: 'word-header-footer', text: '某市残联文件', line: 1 },
      { kind: 'word-toc', text: '目录', line: 2 },
      { kind: 'word-toc', text: '一、总体情况 1', line: 3 },
      { kind: 'figure', text: '图片 3', line: 14 },
    ]);
  });

  it('notes the merged cells, the text box and the footnotes', () => {
    expect(doc.notes.map((n) => n.text)).toEqual([
      '脚注和尾注（1 条）放在正文之后，编号同原文',
      '第 16 段起的表格有合并单元格：合并格的文字在它占的每一格里重复写出',
      '第 27 段的文本框：文字按顺序放在这一段之后',
    ]);
  });

  it('reads the text box once, not again from its VML fallback', () => {
    expect(doc.sourceText.split('专栏').length).toBe(2);
  });

  it('passes the words-kept check: every character written or listed as removed', () => expectWordsKept(doc));

  it('keeps every text of the document, numbering included, in its source text', () => {
    for (const s of [
      '某市残联文件',
      '某市残疾人联合会2023年工作总结',
      '一、总体情况',
      '（二）就业服务',
      '个体就业',
      '含外地户籍儿童3人。',
      '康复中心外景',
    ]) {
      expect(doc.sourceText).toContain(s);
    }
  });
});

describe('readDocx: a report as WPS saves it', async () => {
  const doc = await readDocx(await wpsReportDocx(), 'wps.docx');

  it('reads numeric style ids, a custom style with an outline level and a paragraph with its own outline level', () => {
    expect(texts(doc.blocks)).toEqual([
      'p 某县残联2022年工作总结',
      'h1 一、基本情况',
      'p 全县持证残疾人8,765人，其中肢体残疾4,321人。',
      'h2 （一）残疾人康复',
      'p 为残疾人适配辅助器具210件。',
      'h3 1.精准康复',
      'p 完成康复评估150人。',
      'h3 2.辅具服务',
      'p ①走访慰问困难残疾人家庭300户；',
      'p ②发放慰问金15万元。',
      'h1 二、存在问题',
      'p 基层服务能力有待提高。',
    ]);
  });

  it('passes the words-kept check', () => expectWordsKept(doc));

  it('lists the picture whose alt text WPS left empty', () => {
    expect(doc.removed).toEqual([{ kind: 'figure', text: '图片 1', line: 11 }]);
  });
});

const P = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
const R = (t: string, rPr = '') =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const STYLES =
  `<w:styles ${WORD_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Secret"><w:name w:val="secret"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>';
const BULLETS =
  `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>` +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

async function docWith(body: string, extra: Partial<Parameters<typeof packDocx>[0]> = {}) {
  return readDocx(
    await packDocx({
      document: `<w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`,
      styles: STYLES,
      ...extra,
    }),
    't.docx',
  );
}

describe('readDocx: what Word files also hold', () => {
  it('leaves out and lists hidden text, tracked deletions, comments and symbol-font characters; keeps insertions', async () => {
    const doc = await docWith(
      P(
        R('全年') +
          '<w:ins w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z">' +
          R('新增') +
          '</w:ins>' +
          '<w:del w:id="2" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>旧的</w:delText></w:r></w:del>' +
          R('就业', '<w:vanish/>') +
          R('秘密', '<w:rStyle w:val="Secret"/>') +
          R('88名', '<w:vanish w:val="0"/>') +
          '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r><w:r><w:commentReference w:id="0"/></w:r>',
      ),
      {
        comments: `<w:comments ${WORD_NS}><w:comment w:id="0" w:author="a"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment></w:comments>`,
      },
    );
    expect(texts(doc.blocks)).toEqual(['p 全年新增88名']);
    expect(doc.removed.map((r) => `${r.kind}:${r.text}`)).toEqual([
      'word-hidden:就业秘密',
      'word-deleted:旧的',
      'word-symbol:Wingdings F0FE',
      'word-comment:请核对',
    ]);
    expectWordsKept(doc);
  });

  it('reads bullets as list items, a direct outline level 9 as body text, line breaks as separate paragraphs', async () => {
    const doc = await docWith(
      P(R('要点'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
        P(R('细项'), '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>') +
        P(R('不是标题'), '<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>') +
        P(R('第一行') + '<w:r><w:br/></w:r>' + R('第二行')) +
        P(R('关于残疾人') + '<w:r><w:br/></w:r>' + R('就业的报告'), '<w:pStyle w:val="Heading1"/>') +
        P('', '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'),
      { numbering: BULLETS },
    );
    expect(texts(doc.blocks)).toEqual([
      'li0 要点',
      'p 1) 细项',
      'p 不是标题',
      'p 第一行',
      'p 第二行',
      'h1 关于残疾人就业的报告',
    ]);
    expect(doc.removed).toEqual([{ kind: 'word-empty-number', text: '2)', line: 6 }]);
    expectWordsKept(doc);
  });

  it('reads a VML-only text box, a one-cell frame table as body text, endnotes and a hand-typed note mark', async () => {
    const doc = await docWith(
      P(
        '<w:r><w:pict><v:shape id="t1" type="#_x0000_t202"><v:textbox><w:txbxContent>' +
          P(R('框内文字')) +
          '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>',
      ) +
        '<w:tbl><w:tr><w:tc>' +
        P(R('一格里的说明')) +
        P(R('第二段')) +
        '</w:tc></w:tr></w:tbl>' +
        P(
          R('正文') +
            '<w:r><w:endnoteReference w:id="2"/></w:r>' +
            '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>',
        ),
      {
        endnotes: `<w:endnotes ${WORD_NS}><w:endnote w:type="separator" w:id="-1"><w:p/></w:endnote><w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注文字</w:t></w:r></w:p></w:endnote></w:endnotes>`,
        footnotes: `<w:footnotes ${WORD_NS}><w:footnote w:id="3"><w:p><w:r><w:t>星号注</w:t></w:r></w:p></w:footnote></w:footnotes>`,
      },
    );
    expect(texts(doc.blocks)).toEqual([
      'p 框内文字',
      'p 一格里的说明',
      'p 第二段',
      'p 正文',
      'note i 尾注文字',
      'note * 星号注',
    ]);
    expectWordsKept(doc);
  });

  it('pairs a picture with the caption after it, or before it, or around it; the alt text goes first, as the note writes it', async () => {
    const pic = (descr: string) =>
      `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="${descr}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
      '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="图片 1"/></pic:nvPicPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const caption = (t: string) => P(R(t), '<w:pStyle w:val="Caption"/>');
    const doc = await docWith(
      P(R('正文一。')) +
        P(pic('三名志愿者在帮助老人')) +
        caption('图 1 志愿服务') +
        P(R('正文。')) +
        caption('图 2 康复训练') +
        P(pic('图 2 康复训练')) +
        P(R('正文。')) +
        caption('图 3 无障碍坡道') +
        P(pic('新建的坡道')) +
        P(R('正文。')) +
        P(pic('坡道扶手'), '<w:pStyle w:val="Caption"/>') +
        P(R('正文二。')),
      {
        styles: STYLES.replace(
          '</w:styles>',
          '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>',
        ),
      },
    );
    expect(texts(doc.blocks)).toEqual([
      'p 正文一。',
      'fig 三名志愿者在帮助老人|图 1 志愿服务',
      'p 正文。',
      'fig 图 2 康复训练|图 2 康复训练',
      'p 正文。',
      'fig 新建的坡道|图 3 无障碍坡道',
      'p 正文。',
      'fig 坡道扶手|',
      'p 正文二。',
    ]);
    expectWordsKept(doc);
  });

  it('pairs captions placed above the pictures when the document puts them there', async () => {
    const pic = (descr: string) =>
      `<w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1" descr="${descr}"/></wp:inline></w:drawing></w:r>`;
    const caption = (t: string) => P(R(t), '<w:pStyle w:val="Caption"/>');
    const doc = await docWith(caption('图 1 甲') + P(pic('')) + caption('图 2 乙') + P(pic('')) + P(R('正文。')), {
      styles: STYLES.replace(
        '</w:styles>',
        '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>',
      ),
    });
    expect(texts(doc.blocks)).toEqual(['fig |图 1 甲', 'fig |图 2 乙', 'p 正文。']);
  });

  it('reads a file typed like the seeds (no styles part, numbers typed by hand) as plain paragraphs and a table', async () => {
    const doc = await readDocx(
      minimalDocx([
        '某区残联2023年工作总结',
        '一、基本情况',
        '持证残疾人XXX人。',
        [
          ['类别', '人数'],
          ['听力', '1445'],
        ],
      ]),
      'seed.docx',
    );
    expect(texts(doc.blocks)).toEqual([
      'p 某区残联2023年工作总结',
      'p 一、基本情况',
      'p 持证残疾人XXX人。',
      'table 类别/人数 ; 听力/1445',
    ]);
    expect(doc.format).toBe('Word 文件');
    expect(doc.removed).toEqual([]);
  });

  it('rejects bytes that are not a .docx with a Chinese problem', async () => {
    const err = await readDocx(new TextEncoder().encode('不是 Word 文件'), 'bad.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect(err).toMatchObject({ file: 'bad.docx', problem: expect.stringContaining('无法读取这个 Word 文件') });
  });
});
