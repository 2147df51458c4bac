import { describe, expect, it } from 'vitest';
import { bodyTexts, figuresIn, frontMatterTexts, unsourcedFigures } from './body-figures.ts';

const check = (text: string, quotes: string[]) =>
  unsourcedFigures('content/guides/t.md', [{ text, line: 3, field: '（正文）' }], quotes).map((p) => p.problem);

describe('figuresIn', () => {
  it('finds phones, amounts and dates however they are written', () => {
    expect(figuresIn('电话：0578-1234567，手机13912345678，服务热线12385').map((f) => f.key)).toEqual([
      '05781234567',
      '13912345678',
      '12385',
    ]);
    expect(figuresIn('每月２，４００元，最高3.6万元，共1.38亿元').map((f) => f.key)).toEqual([
      '2400元',
      '3.6万元',
      '1.38亿元',
    ]);
    expect(figuresIn('2021年3月1日起，或2021-03-01，每年9月30日前').map((f) => f.key)).toEqual([
      '2021-3-1',
      '2021-3-1',
      '9-30',
    ]);
  });

  it('does not read counts, ages, years or document numbers as phones, amounts or dates', () => {
    expect(figuresIn('0—6周岁，共12385人，2020年标准，GB/T 26341-2010，浙政发〔2016〕1号，5个工作日')).toEqual([]);
  });
});

describe('unsourcedFigures', () => {
  it('accepts a figure its sources contain, as written or with other separators', () => {
    expect(
      check('补贴2,400元，咨询0578-1234567，2021年3月1日起施行', [
        '每人每月2400元。电话0578－1234567。自2021年3月1日起施行。',
      ]),
    ).toEqual([]);
    expect(check('每年9月30日前申请', ['2024年9月30日前申请'])).toEqual([]);
  });

  it('reports a phone, amount or date none of the sources contains', () => {
    expect(check('咨询电话0578-7654321', ['电话0578-1234567'])).toEqual([
      '电话号码“0578-7654321”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
    expect(check('最高3.6万元', ['最高36000元'])).toEqual([
      '金额“3.6万元”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
    expect(check('2024年3月1日起施行', ['自2023年3月1日起施行'])).toEqual([
      '日期“2024年3月1日”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
  });
});

describe('the texts of a guide', () => {
  it('numbers the body’s lines and leaves out link targets', () => {
    expect(bodyTexts('第一行\n见[通知](https://example.org/2021-03-01.html)', 40)).toEqual([
      { text: '第一行', line: 40, field: '（正文）' },
      { text: '见[通知]', line: 41, field: '（正文）' },
    ]);
  });

  it('names front-matter fields as written and skips sources and the checking date', () => {
    const texts = frontMatterTexts(
      { benefit: '每月262元', faq: [{ q: '问', a: '答' }], sources: [{ quote: '262元' }], lastChecked: '2026-01-01' },
      (path) => path.length,
    );
    expect(texts.map((t) => [t.field, t.line])).toEqual([
      ['benefit', 1],
      ['faq[0].q', 3],
      ['faq[0].a', 3],
    ]);
  });
});
