// The PDF reader's layout rules on made-up pages: page furniture, paragraphs, headings and tables, for the shapes
// the two printed fixtures do not cover (other page-number forms, Latin words across a wrap, a paragraph across
// a page break, a blank space between paragraphs, a table header repeated on two of many pages).
import { describe, expect, it } from 'vitest';
import { buildBlocks } from './pdf-blocks.ts';
import { findFurniture, isPageNumber } from './pdf-furniture.ts';
import { documentLines } from './pdf-lines.ts';
import type { PdfItem, PdfPage } from './pdf-load.ts';

const H = 842;
/** An item at (x, y) in a 12-point font; each character advances 12 points, a Latin one 6. */
const item = (str: string, x: number, y: number, font = 'SimSun', size = 12): PdfItem => ({
  str,
  x,
  y,
  size,
  font,
  width: [...str].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0),
});
const page = (number: number, items: PdfItem[]): PdfPage => ({
  number,
  width: 595,
  height: H,
  items,
  hasImages: false,
});

describe('isPageNumber', () => {
  it.each([
    '— 6 —',
    '- 6 -',
    '－6－',
    '第 3 页',
    '第3页',
    '第 3 页 共 10 页',
    '第3页，共10页',
    '共 10 页 第 3 页',
    '3/10',
    '3 / 10',
    'Page 3 of 10',
  ])('%s is a page number', (t) => {
    expect(isPageNumber(t, false)).toBe(true);
  });
  it('takes a bare number only at the foot of the page', () => {
    expect(isPageNumber('12', true)).toBe(true);
    expect(isPageNumber('12', false)).toBe(false);
  });
  it.each(['第三章', '2023年', '1.5%', '一、总体要求', '— 重要 —'])('%s is not', (t) => {
    expect(isPageNumber(t, true)).toBe(false);
  });
});

/** A page of body text under a header line, with a footer; `body` lines are full lines at the left margin. */
function bodyPage(n: number, header: string | undefined, body: string[], footer: string | undefined): PdfPage {
  const items: PdfItem[] = [];
  if (header) items.push(item(header, 250, 800, 'SimSun', 9));
  body.forEach((t, i) => items.push(item(t, 72, 740 - i * 24)));
  if (footer) items.push(item(footer, 280, 40, 'SimSun', 10.5));
  return page(n, items);
}

describe('findFurniture', () => {
  // Body lines differ from page to page, as real text does.
  const WORDS = '甲乙丙丁戊己庚辛壬癸子丑';
  const line30 = (n: number) => `这是${WORDS[n]}行正文，满行的文字排到右边的页边距为止，不是页眉也不是页脚`;
  it('finds a running header on most pages and the page numbers, but not a one-off line', () => {
    const pages = [
      bodyPage(1, undefined, ['某某市残疾人联合会文件', line30(1)], '1'),
      bodyPage(2, '某某市残疾人联合会', [line30(2), line30(3)], '2'),
      bodyPage(3, '某某市残疾人联合会', [line30(4)], '3'),
      bodyPage(4, '某某市残疾人联合会', [line30(5)], '4'),
    ];
    const lines = documentLines(pages);
    const found = findFurniture(lines, new Map(pages.map((p) => [p.number, H])));
    expect(found.map((f) => [f.kind, f.line.text, f.line.page])).toEqual([
      ['page-number', '1', 1],
      ['running-header', '某某市残疾人联合会', 2],
      ['page-number', '2', 2],
      ['running-header', '某某市残疾人联合会', 3],
      ['page-number', '3', 3],
      ['running-header', '某某市残疾人联合会', 4],
      ['page-number', '4', 4],
    ]);
  });

  it('leaves a table header repeated on two pages of ten', () => {
    const header = [item('序号', 72, 760), item('指标', 200, 760), item('目标值', 400, 760)];
    const pages = Array.from({ length: 10 }, (_, i) =>
      page(i + 1, [...(i >= 8 ? header : []), item(line30(i), 72, 700), item(`- ${i + 1} -`, 280, 40)]),
    );
    const found = findFurniture(documentLines(pages), new Map(pages.map((p) => [p.number, H])));
    expect(found.every((f) => f.kind === 'page-number')).toBe(true);
    expect(found).toHaveLength(10);
  });
});

describe('buildBlocks', () => {
  // Body: 12-point lines from x = 72 to 72 + 30 × 12 = 432; first lines indented by two characters.
  const full = (t: string) => t.padEnd(30, '字').slice(0, 30);

  it('joins wrapped lines: Chinese without a space, Latin words with one; a paragraph goes on across a page break', () => {
    const pages = [
      page(1, [
        item(full('第一段开头'), 96, 740),
        item(full('接着写'), 72, 716),
        item('上线了 Online Accessible Employment Service Platform for Persons', 72, 692), // full: 3 × 12 + 58 × 6 points
        item('with Disabilities 平台。', 72, 668),
        item(full('第二段开头'), 96, 644),
        item(full('第二段一直写到这一页的最后一行'), 72, 620),
      ]),
      page(2, [item('在下一页写完。', 72, 740), item(full('第三段'), 96, 716), item('第三段完。', 72, 692)]),
    ];
    const { blocks, notes } = buildBlocks(documentLines(pages));
    expect(blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      `${full('第一段开头')}${full('接着写')}上线了 Online Accessible Employment Service Platform for Persons with Disabilities 平台。`,
      `${full('第二段开头')}${full('第二段一直写到这一页的最后一行')}在下一页写完。`,
      `${full('第三段')}第三段完。`,
    ]);
    // Lines 3 and 4 of the first paragraph are joined with a space, and the note says so.
    expect(notes.find((n) => n.line === 1)?.text).toBe(
      'PDF 中换行的 4 行（第 1–4 行）接成一个段落（中文换行处直接相连，1 处英文或数字之间加一个空格）',
    );
  });

  it('ends a paragraph at a short line, an indent or a blank space, and keeps an unindented full line in it', () => {
    const pages = [
      page(1, [
        item(full('甲'), 72, 740),
        item('甲完。', 72, 716), // short: the next line starts a paragraph though it is not indented
        item(full('乙'), 72, 692),
        item(full('乙续'), 72, 668),
        item(full('丙'), 72, 620), // a blank line's space above
        item(full('丙续'), 72, 596),
        item(full('丁'), 96, 572), // indented
      ]),
    ];
    const texts = buildBlocks(documentLines(pages)).blocks.map((b) => b.type === 'paragraph' && b.text);
    expect(texts).toEqual([
      `${full('甲')}甲完。`,
      `${full('乙')}${full('乙续')}`,
      `${full('丙')}${full('丙续')}`,
      full('丁'),
    ]);
  });

  it('keeps a line that broke early before a long address in its paragraph, and joins a hyphen or dash without a space', () => {
    const pages = [
      page(1, [
        item(full('甲'), 96, 740),
        item(full('乙'), 72, 716),
        item('群众可登录', 72, 692), // 5 characters: the address (60 × 6 points) did not fit in the 25 left
        item('https://www.example.gov.cn/disability/certificate-servicess-', 72, 668),
        item('apply 在线办理，咨询时间为每周一至周五的上午和下午均8:30—', 72, 644),
        item('12:00。', 72, 620),
        item('这一行短，没有标点', 72, 596), // short and followed by Chinese: the paragraph ends here
        item(full('丙'), 72, 572),
      ]),
    ];
    const texts = buildBlocks(documentLines(pages)).blocks.map((b) => b.type === 'paragraph' && b.text);
    expect(texts).toEqual([
      `${full('甲')}${full('乙')}群众可登录https://www.example.gov.cn/disability/certificate-servicess-apply 在线办理，咨询时间为每周一至周五的上午和下午均8:30—12:00。`,
      '这一行短，没有标点',
      full('丙'),
    ]);
  });

  it('finds headings by size and by a bold or 黑体 face, and ranks them: the larger first, then by appearance', () => {
    const pages = [
      page(1, [
        item('某某县残联工作报告', 150, 780, 'FZXBSJW--GB1-0', 22),
        item('一、基本情况', 96, 740, 'SimHei'),
        item('（一）组织建设', 96, 716, 'KaiTi_GB2312,Bold'),
        item(full('正文'), 96, 692, 'FangSong_GB2312'),
        item('正文完。', 72, 668, 'FangSong_GB2312'),
        item('二、工作计划', 96, 644, 'SimHei'),
        item(full('计划'), 96, 620, 'FangSong_GB2312'),
        item(full('计划续'), 72, 596, 'FangSong_GB2312'),
      ]),
    ];
    const built = buildBlocks(documentLines(pages));
    expect(built.title).toBe('某某县残联工作报告');
    expect(built.blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text]] : []))).toEqual([
      [1, '某某县残联工作报告'],
      [2, '一、基本情况'],
      [3, '（一）组织建设'],
      [2, '二、工作计划'],
    ]);
  });

  it('reads a table whose header is repeated after a page break as one table, and its caption as a paragraph', () => {
    const row = (y: number, cells: string[], p = 1) => cells.map((c, i) => item(c, 72 + i * 120, y));
    const pages = [
      page(1, [
        item('主要指标', 200, 760),
        ...row(730, ['序号', '指标', '目标值']),
        ...row(706, ['1', '覆盖率', '≥95%']),
      ]),
      page(2, [
        ...row(760, ['序号', '指标', '目标值']),
        ...row(736, ['2', '就业人数', '1000']),
        item(full('表后正文'), 96, 690),
      ]),
    ];
    const { blocks } = buildBlocks(documentLines(pages));
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[1]!.type === 'table' && blocks[1]!.rows).toEqual([
      ['序号', '指标', '目标值'],
      ['1', '覆盖率', '≥95%'],
      ['序号', '指标', '目标值'],
      ['2', '就业人数', '1000'],
    ]);
  });
});

describe('documentLines: a full-width space the text layer leaves out', () => {
  it('reads a one-character gap between Chinese characters as a space (第一章　总则), not a narrower one', () => {
    // 第一章 at 72–108, 总则 one character further on; 工作 with a quarter-character gap (a justified line).
    const pages = [
      page(1, [item('第一章', 72, 700), item('总则', 120, 700), item('开展', 72, 676), item('工作', 99, 676)]),
    ];
    expect(documentLines(pages).map((l) => l.text)).toEqual(['第一章 总则', '开展工作']);
  });
});
