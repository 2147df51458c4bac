import { describe, expect, it } from 'vitest';
import { Numbering } from './docx-numbering.ts';
import { Styles } from './docx-styles.ts';
import { NS, parseXml } from './docx-xml.ts';

const W = `xmlns:w="${NS.w}"`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

function numbering(xml: string, styles = '') {
  const s = new Styles(parseXml(`<w:styles ${W}>${styles}</w:styles>`, 'styles.xml'));
  return new Numbering(parseXml(`<w:numbering ${W}>${xml}</w:numbering>`, 'numbering.xml'), s);
}

const CHINESE_REPORT =
  '<w:abstractNum w:abstractNumId="0">' +
  lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>') +
  lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>') +
  lvl(2, 'decimal', '%3.') +
  lvl(3, 'decimal', '（%4）') +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

describe('Numbering', () => {
  it('counts a four-level Chinese list and restarts lower levels under a new higher item', () => {
    const n = numbering(CHINESE_REPORT);
    const seq: [number][] = [[0], [1], [2], [2], [3], [1], [2], [0], [1], [2]];
    expect(seq.map(([l]) => n.next('1', l)!.marker)).toEqual([
      '一、',
      '（一）',
      '1.',
      '2.',
      '（1）',
      '（二）',
      '1.',
      '二、',
      '（一）',
      '1.',
    ]);
    expect(n.next('1', 0)).toMatchObject({ marker: '三、', separator: '', bullet: false });
    expect(n.next('1', 2)).toMatchObject({ marker: '1.', separator: ' ' });
  });

  it('keeps the space Word is told to put after a full-width marker (第一章 总则), not a tab', () => {
    const n = numbering(
      '<w:abstractNum w:abstractNumId="0">' +
        lvl(0, 'chineseCounting', '第%1章', '<w:suff w:val="space"/>') +
        lvl(1, 'chineseCounting', '第%2节') +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(n.next('1', 0)).toMatchObject({ marker: '第一章', separator: ' ' });
    expect(n.next('1', 1)).toMatchObject({ marker: '第一节', separator: '' });
  });

  it('counts past ten in Chinese: 十、 十一、', () => {
    const n = numbering(CHINESE_REPORT);
    const markers = Array.from({ length: 12 }, () => n.next('1', 0)!.marker);
    expect(markers.slice(8)).toEqual(['九、', '十、', '十一、', '十二、']);
  });

  it('continues across instances of one list, and restarts where an instance overrides the start', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="3">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
        '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>' +
        '<w:num w:numId="6"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    expect(
      [n.next('4', 0), n.next('4', 0), n.next('5', 0), n.next('6', 0), n.next('6', 0)].map((m) => m!.marker),
    ).toEqual(['1.', '2.', '3.', '1.', '2.']);
  });

  it('renders multi-level text, legal numbering, lvlRestart 0 and an overriding level', () => {
    const n = numbering(
      '<w:abstractNum w:abstractNumId="0">' +
        lvl(0, 'chineseCounting', '第%1章') +
        lvl(1, 'decimal', '%1.%2', '<w:isLgl/>') +
        lvl(2, 'decimalEnclosedCircle', '%3', '<w:lvlRestart w:val="0"/>') +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>' +
        `<w:lvlOverride w:ilvl="3">${lvl(3, 'ideographTraditional', '%4.')}</w:lvlOverride></w:num>`,
    );
    expect(n.next('1', 0)!.marker).toBe('第一章');
    expect(n.next('1', 1)!.marker).toBe('1.1');
    expect(n.next('1', 2)!.marker).toBe('①');
    expect(n.next('1', 3)!.marker).toBe('甲.');
    expect(n.next('1', 0)!.marker).toBe('第二章');
    expect(n.next('1', 1)!.marker).toBe('2.1');
    expect(n.next('1', 2)!.marker).toBe('②');
  });

  it('finds the level linked to a heading style, and follows a numbering style link', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ListStyle"/>${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="1"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="2"/>')}</w:abstractNum>` +
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
      '<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="list style"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
    );
    expect(n.levelForStyle('1', '2')).toBe(1);
    expect(n.levelForStyle('1', 'other')).toBe(0);
    expect(n.next('2', 1)!.marker).toBe('（一）');
  });

  it('reports bullets, unknown formats and undefined lists', () => {
    const n = numbering(
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '●')}${lvl(1, 'hebrew1', '%2.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    expect(n.next('1', 0)).toMatchObject({ marker: '●', bullet: true });
    expect(n.next('1', 1)!.marker).toBe('1.');
    expect([...n.unknownFormats]).toEqual(['hebrew1']);
    expect(n.next('9', 0)).toBeUndefined();
    expect(n.next('1', 5)).toBeUndefined();
  });
});
