import { describe, expect, it } from 'vitest';
import { Styles } from './docx-styles.ts';
import { NS, parseXml } from './docx-xml.ts';

const style = (id: string, name: string | undefined, inner = '', type = 'paragraph') =>
  `<w:style w:type="${type}" w:styleId="${id}">${name === undefined ? '' : `<w:name w:val="${name}"/>`}${inner}</w:style>`;
const styles = (xml: string) => new Styles(parseXml(`<w:styles xmlns:w="${NS.w}">${xml}</w:styles>`, 'styles.xml'));

describe('Styles', () => {
  it('finds heading levels by outline level, built-in name (English or Chinese) and id', () => {
    const s = styles(
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
        style('1', 'heading 1', '<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
        style('2', '标题 2', '<w:basedOn w:val="a"/>') +
        style('Heading3', undefined) +
        style('mine', '我的标题', '<w:basedOn w:val="1"/>') +
        style('toc-head', 'TOC Heading', '<w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>') +
        style('14', '小标题', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr>'),
    );
    expect(s.defaultParagraph).toBe('a');
    expect(
      ['1', '2', 'Heading3', 'mine', '14', 'a', 'toc-head', 'missing', undefined].map((id) => s.headingLevel(id)),
    ).toEqual([1, 2, 3, 1, 3, undefined, undefined, undefined, undefined]);
  });

  it('knows title, caption and table-of-contents styles, in English and Chinese names', () => {
    const s = styles(
      style('a3', 'Title') +
        style('b', '标题') +
        style('a5', 'caption') +
        style('c', '题注') +
        style('11', 'toc 1') +
        style('d', '目录 2') +
        style('e', 'Subtitle') +
        style('f', 'Title Char', '', 'character'),
    );
    expect(['a3', 'b', 'a5', 'c', '11', 'd', 'e'].map((id) => s.role(id))).toEqual([
      'title',
      'title',
      'caption',
      'caption',
      'toc',
      'toc',
      undefined,
    ]);
  });

  it('inherits numbering and hidden text through basedOn, and survives a cycle', () => {
    const s = styles(
      style('1', 'heading 1', '<w:basedOn w:val="x"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>') +
        style('x', 'x', '<w:basedOn w:val="1"/><w:rPr><w:vanish/></w:rPr>') +
        style('h', 'h', '<w:basedOn w:val="1"/>'),
    );
    expect(s.numbering('h')).toEqual({ numId: '3', ilvl: undefined });
    expect(s.hidden('h')).toBe(true);
    expect(s.headingLevel('x')).toBe(1);
  });
});
