// Content controls nobody filled in (w:sdt with w:showingPlcHdr), as Word templates for reports leave them: Word
// shows the greyed prompt (单击或点击此处输入文字。), which is not the author's text.
import { describe, expect, it } from 'vitest';
import { WORD_NS, packDocx } from '../../../tests/fixtures/import/word/ooxml-package.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { readDocx } from './docx.ts';
import { checkWordsKept, wordsKeptProblems } from './words-kept.ts';

const r = (t: string, rStyle = '') =>
  `<w:r>${rStyle ? `<w:rPr><w:rStyle w:val="${rStyle}"/></w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const p = (pPr: string, runs: string) => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
const unfilled = (content: string) =>
  `<w:sdt><w:sdtPr><w:id w:val="-50"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const filled = (content: string) =>
  `<w:sdt><w:sdtPr><w:id w:val="-51"/><w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;

const BODY = [
  p('<w:pStyle w:val="1"/>', r('一、工作进展')),
  p('', r('本季度新办残疾人证') + filled(r('210')) + r('本。')),
  unfilled(p('', r('单击或点击此处输入文字。', 'PlaceholderText'))),
  p('', r('填报人：') + unfilled(r('单击此处输入姓名。', 'PlaceholderText'))),
].join('');
const STYLES =
  `<w:styles ${WORD_NS}><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
  '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style></w:styles>';

describe('readDocx: unfilled content controls', () => {
  it('lists their placeholder text as removed, block and inline, and keeps filled ones', async () => {
    const doc = await readDocx(
      await packDocx({ document: `<w:document ${WORD_NS}><w:body>${BODY}</w:body></w:document>`, styles: STYLES }),
      't.docx',
    );
    expect(doc.blocks.map((b) => ('text' in b ? b.text : b.type))).toEqual([
      '一、工作进展',
      '本季度新办残疾人证210本。',
      '填报人：',
    ]);
    expect(doc.removed).toEqual([
      { kind: 'word-placeholder', text: '单击或点击此处输入文字。', line: 3 },
      { kind: 'word-placeholder', text: '单击此处输入姓名。', line: 4 },
    ]);
    const c = convertDocument(doc);
    const kept = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
    expect(wordsKeptProblems(kept, 't.docx')).toEqual([]);
  });
});
