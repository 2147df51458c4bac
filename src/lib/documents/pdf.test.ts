// The PDF reader on PDFs made by real printers: a report printed by Chromium (running header 某某市残疾人联合会,
// footer — N —, printed when the test runs: tests/fixtures/import/pdf/report-chromium.ts) and a plan exported by
// LibreOffice (header, footer 第 N 页 共 M 页, an indicator table without a 序号 column), plus a scan and an
// encrypted export that must be refused with a message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT, printReportPdf } from '../../../tests/fixtures/import/pdf/report-chromium.ts';
import { describeRemoved } from './blocks.ts';
import { renderBody } from '../reports/import/render-markdown.ts';
import { parseColumnsTable } from '../plans/import-table.ts';
import { convertDocument } from '../reports/import/convert-document.ts';
import { DocumentError } from './document-error.ts';
import { pdfToText, readPdf } from './pdf.ts';
import type { ReadDocument } from './types.ts';
import { checkWordsKept, wordsKeptProblems } from './words-kept.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures/import/pdf');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Spaces next to a Chinese character are layout (a wrap between 上线 and Online is joined without one). */
const cjkSpacing = (s: string) =>
  s.replace(/\s+(?=[\u2e80-\u9fff\uff00-\uffef])|(?<=[\u2e80-\u9fff\uff00-\uffef])\s+/g, '');

const texts = (doc: ReadDocument, type: 'heading' | 'paragraph') =>
  doc.blocks.flatMap((b) => (b.type === type ? [b.text] : []));

function wordsKept(doc: ReadDocument, name: string) {
  const c = convertDocument(doc);
  const result = checkWordsKept(doc, { title: c.title, body: renderBody(c.blocks) }, c.removed);
  return wordsKeptProblems(result, name);
}

// Reading a PDF takes seconds on a busy machine (pdf.js compiles Chromium's Type 3 fonts).
const SLOW = { timeout: 60_000 };

describe('readPdf: a report printed by Chromium with its running header and page numbers', SLOW, () => {
  let bytes: Uint8Array;
  let doc: ReadDocument;
  beforeAll(async () => {
    bytes = await printReportPdf();
    doc = await readPdf(bytes, 'report.pdf');
  }, 120_000);

  it('takes out every running header and page number, lists each with its page, and leaves none in the body', () => {
    expect(doc.removed.map((r) => [r.kind, r.text, r.page])).toEqual([
      ['running-header', '某某市残疾人联合会', 1],
      ['page-number', '— 1 —', 1],
      ['running-header', '某某市残疾人联合会', 2],
      ['page-number', '— 2 —', 2],
      ['running-header', '某某市残疾人联合会', 3],
      ['page-number', '— 3 —', 3],
    ]);
    expect(describeRemoved(doc.removed[1]!)).toMatch(/^第 \d+ 行（第 1 页） 页码：— 1 —$/);
    const body = doc.blocks
      .map((b) => (b.type === 'table' ? b.rows.flat().join(' ') : 'text' in b ? b.text : ''))
      .join('\n');
    expect(body).not.toMatch(/— \d —/);
    expect(body.split('\n')).not.toContain('某某市残疾人联合会');
    // Still in the source text, for the words-kept check.
    expect(doc.sourceText).toContain('— 2 —');
  });

  it('joins wrapped lines into the paragraphs as written, without a space between Chinese characters', () => {
    const expected = REPORT.flatMap((b) => (b.tag === 'p' || b.tag === 'caption' ? [b.text] : []));
    expect(texts(doc, 'paragraph').map(cjkSpacing)).toEqual(expected.map(cjkSpacing));
    // The English name wraps between two words: the join keeps one space there.
    expect(texts(doc, 'paragraph').join('\n')).toContain(
      'Online Accessible Employment Service Platform for Persons with Disabilities',
    );
    expect(doc.notes.some((n) => /PDF 中换行的 \d+ 行（第 \d+–\d+ 行）接成一个段落/.test(n.text))).toBe(true);
  });

  it('finds the title and the headings by font, each on its own, with levels by rank', () => {
    const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text]] : []));
    const level = { h1: 1, h2: 2, h3: 3 } as Record<string, number>;
    expect(headings).toEqual(REPORT.flatMap((b) => (b.tag in level && 'text' in b ? [[level[b.tag], b.text]] : [])));
    expect(doc.meta.title).toBe('某某市残疾人联合会2023年工作总结');
    expect(doc.notes.some((n) => n.text.startsWith('第 1 页最大的文字'))).toBe(true);
  });

  it('reads the indicator table: the two-line header joined per column, the merged cell in both columns', () => {
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.type === 'table' && tables[0]!.rows).toEqual([
      ['序号', '指 标', '2020年基期值', '2025年目标值', '指标属性'],
      ['1', '残疾人家庭人均可支配收入年均增速', '与全市生产总值增长同步', '与全市生产总值增长同步', '预期性'],
      ['2', '困难残疾人生活补贴覆盖率', '99%', '>99%', '约束性'],
      ['3', '重度残疾人护理补贴覆盖率', '98%', '>99%', '约束性'],
      ['4', '残疾人基本康复服务覆盖率', '85%', '>90%', '约束性'],
      ['5', '城乡新增残疾人就业人数（人）', '600', '3000', '预期性'],
    ]);
    expect(doc.notes.some((n) => n.text.includes('合并单元格“与全市生产总值增长同步”'))).toBe(true);
  });

  it('reads the radicals of Chromium’s text layer (⼈, ⺠) as the characters on the page', () => {
    expect(doc.sourceText).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(doc.sourceText).toContain('人民');
    expect(doc.notes.some((n) => n.text.includes('部首“⼈”'))).toBe(true);
  });

  it('keeps every word (the words-kept check over the converted document)', () => {
    expect(wordsKept(doc, 'report.pdf')).toEqual([]);
  });

  it('hands the table to the plan-table reader as space-aligned text', async () => {
    const text = await pdfToText(bytes);
    expect(text).not.toMatch(/— \d —|^某某市残疾人联合会$/m);
    expect(text).toContain('序号    指 标    2020年基期值    2025年目标值    指标属性');
    const table = parseColumnsTable(text);
    expect(table).toMatchObject({ baseYear: 2020, targetYear: 2025, caption: '“十四五”时期残疾人事业发展主要指标' });
    expect(table!.rows.map((r) => [r.seq, r.name, r.baseline, r.target, r.attribute])).toEqual([
      [1, '残疾人家庭人均可支配收入年均增速', undefined, '与全市生产总值增长同步', '预期性'],
      [2, '困难残疾人生活补贴覆盖率', '99%', '>99%', '约束性'],
      [3, '重度残疾人护理补贴覆盖率', '98%', '>99%', '约束性'],
      [4, '残疾人基本康复服务覆盖率', '85%', '>90%', '约束性'],
      [5, '城乡新增残疾人就业人数', '600', '3000', '预期性'],
    ]);
    // The unit in the name's parentheses is moved to the unit field (h/tables).
    expect(table!.rows[4]?.unit).toBe('人');
  });
});

describe('readPdf: a plan exported by LibreOffice with 第 N 页 共 M 页', SLOW, () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = await readPdf(fixture('plan-libreoffice.pdf'), 'plan-libreoffice.pdf');
  }, 60_000);

  it('takes out the header and the page footers', () => {
    expect(doc.removed.map((r) => [r.kind, r.text, r.page])).toEqual([
      ['running-header', '某某县残疾人联合会', 1],
      ['page-number', '第 1 页 共 2 页', 1],
      ['running-header', '某某县残疾人联合会', 2],
      ['page-number', '第 2 页 共 2 页', 2],
    ]);
  });

  it('finds the title and the headings set in 黑体 and bold at the body size', () => {
    expect(doc.blocks.flatMap((b) => (b.type === 'heading' ? [[b.level, b.text]] : []))).toEqual([
      [1, '某某县残疾人事业发展“十四五”规划'],
      [2, '一、发展基础'],
      [2, '二、主要目标'],
      [3, '（一）总体目标'],
      [3, '（二）主要指标'],
      [2, '三、保障措施'],
    ]);
  });

  it('joins the wrapped lines and splits paragraphs at indents and short lines', () => {
    expect(texts(doc, 'paragraph').map(cjkSpacing)).toEqual([
      '为进一步推动全县残疾人事业发展，保障残疾人平等参与社会生活，根据《某某省残疾人事业发展“十四五”规划》和《某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。',
      '“十三五”期间，全县残疾人事业取得长足发展，残疾人社会保障体系基本建立，累计为2,468名残疾人提供基本康复服务，新增残疾人就业1,357人，残疾人家庭人均收入年均增长8.2%，残疾人的获得感、幸福感、安全感明显增强。',
      '同时也要看到，残疾人事业发展仍然不平衡不充分，残疾人家庭收入水平与社会平均水平相比还有较大差距，残疾人服务设施和专业人才队伍建设需要进一步加强。',
      '到2025年，残疾人社会保障和基本公共服务水平明显提高，残疾人就业更加充分，残疾人生活品质得到新改善，残疾人平等参与社会生活的环境持续优化，残疾人事业与经济社会协调发展。',
      '某某县残疾人事业发展“十四五”主要指标',
      '加强组织领导，各级政府要把残疾人事业纳入经济社会发展总体规划，建立健全残疾人工作协调机制，定期研究解决残疾人事业发展中的重大问题，确保规划目标任务如期完成。',
      '加强监测评估，县残疾人工作委员会要组织开展规划实施情况的年度监测和中期评估，评估结果向社会公布，咨询电话0000-0000000。',
    ]);
  });

  it('reads the table across the page break, with its category rows', () => {
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['指 标', '2025 年', '属 性'],
      ['社会保障', '', ''],
      ['1.残疾人家庭人均收入年均增长(%)', '>7.5', '预期性'],
      ['2.困难残疾人生活补贴覆盖率(%)', '≥95', '约束性'],
      ['3.重度残疾人护理补贴覆盖率(%)', '≥95', '约束性'],
      ['就业服务', '', ''],
      ['4.城乡新增残疾人就业人数（人）', '〔1000〕', '预期性'],
      ['5.残疾人职业技能培训人次（人次）', '〔2000〕', '预期性'],
    ]);
  });

  it('gives pdfToText the rows as space-aligned lines, without the page furniture', async () => {
    const lines = (await pdfToText(fixture('plan-libreoffice.pdf'))).split('\n');
    expect(lines).toContain('指 标    2025 年    属 性');
    expect(lines).toContain('1.残疾人家庭人均收入年均增长(%)    >7.5    预期性');
    expect(lines).toContain('4.城乡新增残疾人就业人数（人）    〔1000〕    预期性');
    expect(lines.join('\n')).not.toMatch(/第 \d 页|某某县残疾人联合会$/m);
  });
});

describe('readPdf refuses what it cannot read, with a message for the official', SLOW, () => {
  const refusal = async (bytes: Uint8Array) => {
    const e = await readPdf(bytes, 'x.pdf').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(DocumentError);
    return e as DocumentError;
  };

  it('a scan (an image and no text layer)', async () => {
    const e = await refusal(fixture('unreadable/scanned.pdf'));
    expect(e.problem).toBe('这个 PDF 没有文字层（可能是扫描件），本站不做文字识别');
    expect(e.fix).toMatch(/Word 原件/);
    await expect(pdfToText(fixture('unreadable/scanned.pdf'))).rejects.toBeInstanceOf(DocumentError);
  });

  it('an encrypted PDF', async () => {
    expect((await refusal(fixture('unreadable/encrypted.pdf'))).problem).toMatch(/打开密码/);
  });

  it('a broken or truncated file', async () => {
    expect((await refusal(new TextEncoder().encode('not a pdf'))).problem).toMatch(/不是有效的 PDF/);
    expect((await refusal(fixture('plan-libreoffice.pdf').slice(0, 1500))).problem).toMatch(
      /不是有效的 PDF|没有文字层/,
    );
  });
});
