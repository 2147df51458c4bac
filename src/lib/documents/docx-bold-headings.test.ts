import { describe, expect, it } from 'vitest';
import { wordBoldHeadingsDocx } from '../../../tests/fixtures/import/word/word-bold-headings.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { readDocx } from './docx.ts';
import { checkWordsKept, wordsKeptProblems } from './words-kept.ts';

describe('readDocx: numbered headings typed in bold next to styled ones', () => {
  it('become headings below the styled level; a bold sentence or run-in heading stays a paragraph', async () => {
    const doc = await readDocx(await wordBoldHeadingsDocx(), 'bold.docx');
    expect(doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.level} ${b.text}`] : []))).toEqual([
      '1 一、年度工作',
      '2 （一）康复服务',
      '3 1.精准康复',
      '2 （二）教育就业',
      '1 二、下一步打算',
    ]);
    const c = convertDocument(doc);
    const md = renderBody(c.blocks);
    expect(md).toContain('\n（三）权益维护。受理信访38件，办结率100%。\n');
    expect(md).toContain('\n全年工作得到上级肯定。\n');
    const kept = checkWordsKept(doc, { title: c.title, body: md }, c.removed);
    expect(wordsKeptProblems(kept, 'bold.docx')).toEqual([]);
  });
});
