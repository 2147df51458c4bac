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

  it('knows a phone number by its digits, however it is grouped or prefixed', () => {
    const keys = (t: string) => figuresIn(t).map((f) => [f.text, f.key]);
    expect(keys('电话0571-8888 8888')).toEqual([['0571-8888 8888', '057188888888']]);
    expect(keys('电话(0571)88888888')).toEqual([['(0571)88888888', '057188888888']]);
    expect(keys('电话（0571）88888888')).toEqual([['（0571）88888888', '057188888888']]);
    expect(keys('电话（0571） 8888-8888')).toEqual([['（0571） 8888-8888', '057188888888']]);
    expect(keys('手机139 1234 5678')).toEqual([['139 1234 5678', '13912345678']]);
    expect(keys('手机139-1234-5678')).toEqual([['139-1234-5678', '13912345678']]);
    expect(keys('电话+86 571 8888 8888')).toEqual([['+86 571 8888 8888', '057188888888']]);
    expect(keys('电话+86-571-88888888')).toEqual([['+86-571-88888888', '057188888888']]);
    expect(keys('电话+86 139 1234 5678')).toEqual([['+86 139 1234 5678', '13912345678']]);
    expect(keys('客服400-123-4567')).toEqual([['400-123-4567', '4001234567']]);
    expect(keys('客服800 123 4567')).toEqual([['800 123 4567', '8001234567']]);
  });

  it('reads Chinese numerals and currency signs in amounts and dates', () => {
    const keys = (t: string) => figuresIn(t).map((f) => [f.text, f.key]);
    expect(keys('补助壹仟元整')).toEqual([['壹仟元', '1000元']]);
    expect(keys('补助一千元')).toEqual([['一千元', '1000元']]);
    expect(keys('补助一千零五十元')).toEqual([['一千零五十元', '1050元']]);
    expect(keys('补助两千元')).toEqual([['两千元', '2000元']]);
    expect(keys('补助三万元')).toEqual([['三万元', '3万元']]);
    expect(keys('补助￥1000')).toEqual([['￥1000', '1000元']]);
    expect(keys('补助¥1,000.50，')).toEqual([['¥1,000.50', '1000.5元']]);
    expect(keys('自二〇二四年一月一日起')).toEqual([['二〇二四年一月一日', '2024-1-1']]);
    expect(keys('于十二月三十一日前')).toEqual([['十二月三十一日', '12-31']]);
    expect(keys('二零二三年十月二十日')).toEqual([['二零二三年十月二十日', '2023-10-20']]);
    // A numeral that is a word, or 千元 after digits, is left alone.
    expect(keys('统一1000元')).toEqual([['1000元', '1000元']]);
    expect(keys('3.6千元')).toEqual([['3.6千元', '3.6千元']]);
    expect(keys('每千元')).toEqual([]);
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

  it('matches a figure the source writes in other digits, numerals or grouping', () => {
    expect(check('电话0571-8888 8888', ['电话：（0571）88888888'])).toEqual([]);
    expect(check('电话+86 571 8888 8888', ['电话0571-88888888'])).toEqual([]);
    expect(check('手机13912345678', ['手机139 1234 5678'])).toEqual([]);
    expect(check('补助1000元', ['补助壹仟元整'])).toEqual([]);
    expect(check('补助一千元', ['补助1000元'])).toEqual([]);
    expect(check('补助¥1000', ['补助一千元'])).toEqual([]);
    expect(check('2024年1月1日起施行', ['自二〇二四年一月一日起施行'])).toEqual([]);
    expect(check('二〇二四年一月一日起施行', ['自2024-01-01起施行'])).toEqual([]);
  });

  it('reports a phone, amount or date in another form that none of the sources contains', () => {
    expect(check('电话（0571）88888887', ['电话0571-88888888'])).toEqual([
      '电话号码“（0571）88888887”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
    expect(check('热线400-123-4568', ['热线400-123-4567'])).toEqual([
      '电话号码“400-123-4568”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
    expect(check('补助壹仟伍佰元', ['补助1000元'])).toEqual([
      '金额“壹仟伍佰元”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
    expect(check('补助￥1500', ['补助1000元'])).toEqual(['金额“￥1500”在本指南的来源原文（sources 的 quote）中找不到']);
    expect(check('二〇二四年二月一日起', ['自2024年1月1日起'])).toEqual([
      '日期“二〇二四年二月一日”在本指南的来源原文（sources 的 quote）中找不到',
    ]);
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
