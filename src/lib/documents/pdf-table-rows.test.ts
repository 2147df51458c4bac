// How a PDF table's rows are rebuilt from positions (pdf-table-rows.ts, through findTables) on made-up pages: a
// 类别 cell merged over several rows, printed between them as Chromium and LibreOffice print it; names wrapped beside
// centred figures or at a loose line spacing; a wrapped label sharing lines with the rows.
import { describe, expect, it } from 'vitest';
import { documentLines } from './pdf-lines.ts';
import type { PdfItem, PdfPage } from './pdf-load.ts';
import { findTables } from './pdf-tables.ts';

/** An item at (x, y); each character advances one font size, a Latin one half. */
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
  height: 842,
  items,
  hasImages: false,
});

describe('findTables: rows around a 类别 cell merged over several rows', () => {
  // Columns: 类别 at x 72, 指标 at 150, 2020年 at 400, 2025年 at 460, 属性 at 520 (10.5-point table text).
  const X = [72, 150, 400, 460, 520];
  const at = (y: number, cells: (string | undefined)[]) =>
    cells.flatMap((c, i) => (c === undefined ? [] : [item(c, X[i]!, y, 'SimSun', 10.5)]));
  const rowsOf = (pages: PdfPage[]) => findTables(documentLines(pages)).map((t) => t.table.rows);

  it('keeps two rows apart when the label of their merged cell stands between them (an even group)', () => {
    // Chromium: rows 22 points apart, the label 社会保障 centred between the two rows of its group.
    const pages = [
      page(1, [
        ...at(700, ['类别', '指标', '2020年', '2025年', '属性']),
        ...at(678, [undefined, '甲覆盖率（%）', '100', '100', '约束性']),
        ...at(667, ['社会保障']),
        ...at(656, [undefined, '乙覆盖率（%）', '98', '≥99', '约束性']),
        ...at(634, ['就业服务', '丙人数（人）', '〔800〕', '〔900〕', '预期性']),
      ]),
    ];
    expect(rowsOf(pages)).toEqual([
      [
        ['类别', '指标', '2020年', '2025年', '属性'],
        ['', '甲覆盖率（%）', '100', '100', '约束性'],
        ['社会保障', '', '', '', ''],
        ['', '乙覆盖率（%）', '98', '≥99', '约束性'],
        ['就业服务', '丙人数（人）', '〔800〕', '〔900〕', '预期性'],
      ],
    ]);
  });

  it('still joins a two-line header cell and a name wrapped round its centred figures into one row', () => {
    const pages = [
      page(1, [
        ...at(706, [undefined, undefined, '2020年', '2025年', '指标']),
        ...at(697, ['类别', '指标']),
        ...at(688, [undefined, undefined, '基期值', '目标值', '属性']),
        ...at(666, [undefined, '残疾人家庭人均可支配收入']),
        ...at(657, ['社会保障', undefined, '0.6', '>0.65', '预期性']),
        ...at(648, [undefined, '与居民收入之比']),
        ...at(626, [undefined, '丁覆盖率（%）', '90', '95', '约束性']),
      ]),
    ];
    expect(rowsOf(pages)).toEqual([
      [
        ['类别', '指标', '2020年基期值', '2025年目标值', '指标属性'],
        ['社会保障', '残疾人家庭人均可支配收入与居民收入之比', '0.6', '>0.65', '预期性'],
        ['', '丁覆盖率（%）', '90', '95', '约束性'],
      ],
    ]);
  });

  it('leaves a label just under a row with a wrapped name out of that row (it is centred on the rows below)', () => {
    // LibreOffice: a name over two lines 10 points apart, its figures between; the label 康复服务 10 points under.
    const pages = [
      page(1, [
        ...at(720, ['类别', '指标', '2020年', '2025年', '属性']),
        ...at(690, [undefined, '残疾人辅助器具适']),
        ...at(680, [undefined, undefined, '80', '≥85', '约束性']),
        ...at(670, [undefined, '配率（%）']),
        ...at(660, ['康复服务']),
        ...at(640, [undefined, '戊覆盖率（%）', '90', '≥95', '约束性']),
      ]),
    ];
    expect(rowsOf(pages)[0]!.slice(1)).toEqual([
      ['', '残疾人辅助器具适配率（%）', '80', '≥85', '约束性'],
      ['康复服务', '', '', '', ''],
      ['', '戊覆盖率（%）', '90', '≥95', '约束性'],
    ]);
  });

  it('keeps names wrapped at a loose line spacing in their rows and in the table, with the label on its own', () => {
    // Line spacing 28 points for 10.5-point text (a table in the body's fixed spacing): a cell's lines do not overlap.
    const pages = [
      page(1, [
        item('表1 主要指标', 72, 790, 'SimSun', 10.5),
        ...at(750, ['类别', '指标', '2020年', '2025年', '属性']),
        ...at(710, [undefined, '困难残疾人生活补']),
        item('贴目标人群覆盖率', 150, 682, 'SimSun', 10.5),
        ...at(682, [undefined, undefined, '100', '100', '约束性']),
        ...at(654, [undefined, '（%）']),
        ...at(632, ['社会保障']),
        ...at(610, [undefined, '重度残疾人护理补']),
        item('贴目标人群覆盖率', 150, 582, 'SimSun', 10.5),
        ...at(582, [undefined, undefined, '100', '100', '约束性']),
        ...at(554, [undefined, '（%）']),
        ...at(514, [undefined, '社区康复站（个）', '12', '20', '预期性']),
      ]),
    ];
    expect(rowsOf(pages)).toEqual([
      [
        ['类别', '指标', '2020年', '2025年', '属性'],
        ['', '困难残疾人生活补贴目标人群覆盖率（%）', '100', '100', '约束性'],
        ['社会保障', '', '', '', ''],
        ['', '重度残疾人护理补贴目标人群覆盖率（%）', '100', '100', '约束性'],
        ['', '社区康复站（个）', '12', '20', '预期性'],
      ],
    ]);
  });
});

describe('findTables: a wrapped 类别 label between two rows with wrapped names (Chromium, narrow columns)', () => {
  const X = [72, 150, 400, 460, 520];
  const at = (y: number, cells: (string | undefined)[]) =>
    cells.flatMap((c, i) => (c === undefined ? [] : [item(c, X[i]!, y, 'SimSun', 10.5)]));
  const rowsOf = (pages: PdfPage[]) => findTables(documentLines(pages)).map((t) => t.table.rows);

  it('takes the label’s two lines out of the rows they share a line with, and sets it between them', () => {
    // Names over two lines 18 points apart with the figures centred; the label 社会保 / 障 centred between the rows,
    // each of its lines on a line of a name.
    const pages = [
      page(1, [
        ...at(700, ['类别', '指标', '2020年', '2025年', '属性']),
        ...at(678, [undefined, '困难残疾人生活补贴']),
        ...at(669, [undefined, undefined, '100', '100', '约束性']),
        ...at(660, ['社会保', '覆盖率（%）']),
        ...at(641, ['障', '重度残疾人护理补贴']),
        ...at(632, [undefined, undefined, '98', '≥99', '约束性']),
        ...at(623, [undefined, '覆盖率（%）']),
        ...at(601, [undefined, '社区康复站（个）', '12', '20', '预期性']),
      ]),
    ];
    expect(rowsOf(pages)[0]!.slice(1)).toEqual([
      ['', '困难残疾人生活补贴覆盖率（%）', '100', '100', '约束性'],
      ['社会保障', '', '', '', ''],
      ['', '重度残疾人护理补贴覆盖率（%）', '98', '≥99', '约束性'],
      ['', '社区康复站（个）', '12', '20', '预期性'],
    ]);
  });

  it('does not let the label cut off under a row take in the row below it', () => {
    const pages = [
      page(1, [
        ...at(700, ['类别', '指标', '2020年', '2025年', '属性']),
        ...at(678, [undefined, '困难残疾人生活补贴']),
        ...at(669, [undefined, undefined, '100', '100', '约束性']),
        ...at(662, [undefined, '覆盖率（%）']),
        ...at(651, ['社会保障']),
        ...at(641, [undefined, '重度残疾人护理补贴']),
        ...at(632, [undefined, undefined, '98', '≥99', '约束性']),
        ...at(623, [undefined, '覆盖率（%）']),
      ]),
    ];
    expect(rowsOf(pages)[0]!.slice(1)).toEqual([
      ['', '困难残疾人生活补贴覆盖率（%）', '100', '100', '约束性'],
      ['社会保障', '', '', '', ''],
      ['', '重度残疾人护理补贴覆盖率（%）', '98', '≥99', '约束性'],
    ]);
  });
});

describe('findTables: a centred header cell that ends at its column’s edge by chance', () => {
  const item12 = (str: string, x: number, y: number) => item(str, x, y, 'SimSun', 10.5);
  it('keeps the header apart from the first row, the header a little nearer to it than the rows to each other', () => {
    // LibreOffice, cells padded: rows 20.6 points apart, the header 19 points above the first row; 属性 centred over
    // 约束性 ends only 4.5 points before it, where a cell's line that wraps would end.
    const pages = [
      page(1, [
        item12('指标', 200, 700),
        item12('2020年', 400, 700),
        item12('属性', 526, 700),
        ...[0, 1, 2].flatMap((r) => [
          item12(`甲乙丙${r + 1}覆盖率（%）`, 150, 681 - 20.6 * r),
          item12('96', 405, 681 - 20.6 * r),
          item12('约束性', 520, 681 - 20.6 * r),
        ]),
      ]),
    ];
    expect(findTables(documentLines(pages)).map((t) => t.table.rows)).toEqual([
      [
        ['指标', '2020年', '属性'],
        ['甲乙丙1覆盖率（%）', '96', '约束性'],
        ['甲乙丙2覆盖率（%）', '96', '约束性'],
        ['甲乙丙3覆盖率（%）', '96', '约束性'],
      ],
    ]);
  });
});
