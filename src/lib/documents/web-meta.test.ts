import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { metaFacts, normalizeDate, parseInfoLine } from './web-meta.ts';

describe('normalizeDate', () => {
  it.each([
    ['2021-12-16', '2021-12-16'],
    ['2021/2/3 09:30:00', '2021-02-03'],
    ['2023年1月9日', '2023-01-09'],
    ['2021.12.16', '2021-12-16'],
  ])('%s → %s', (text, date) => expect(normalizeDate(text)).toBe(date));
  it('rejects dates that do not exist', () => {
    expect(normalizeDate('2021-02-30')).toBeUndefined();
    expect(normalizeDate('二〇二一年')).toBeUndefined();
  });
});

describe('parseInfoLine', () => {
  it('reads the date and the source, stopping at the next label or widget', () => {
    expect(parseInfoLine('发布时间：2021-12-16 来源：丽水市残联 浏览次数：')).toEqual({
      published: '2021-12-16',
      publisher: '丽水市残联',
    });
    expect(parseInfoLine('信息来源：示例县残联【字体：大 中 小】 发布日期：2022-05-01')).toEqual({
      published: '2022-05-01',
      publisher: '示例县残联',
    });
    expect(parseInfoLine('时间：2022-01-05 作者：张三')).toEqual({ published: '2022-01-05' });
    expect(parseInfoLine('来源：示例日报')).toEqual({ publisher: '示例日报' });
  });

  it('reads bracketed fields, a separator after the source, and a bare date before the first label', () => {
    expect(parseInfoLine('【发布时间：2023-03-15】【来源：示例区残联】【字体：大 中 小】')).toEqual({
      published: '2023-03-15',
      publisher: '示例区残联',
    });
    expect(parseInfoLine('来源：示例区残联 | 2023-03-15')).toEqual({ publisher: '示例区残联' });
    expect(parseInfoLine('2023-03-15 09:30 来源：示例区残联')).toEqual({
      published: '2023-03-15',
      publisher: '示例区残联',
    });
    expect(parseInfoLine('2023年3月15日 信息来源：示例区残联')).toEqual({
      published: '2023-03-15',
      publisher: '示例区残联',
    });
  });

  it('is not fooled by article sentences', () => {
    expect(parseInfoLine('截至2023年3月15日，来源：示例区残联的统计')).toBeUndefined();
    expect(parseInfoLine('会议时间：2022年3月1日')).toBeUndefined();
    expect(parseInfoLine('详见附件。来源：示例市统计局，发布时间：2022年')).toBeUndefined();
    expect(parseInfoLine(`来源：${'很长的句子'.repeat(20)}`)).toBeUndefined();
  });
});

describe('metaFacts', () => {
  it('reads the TRS/Hanweb meta tags without regard to case', () => {
    const doc = new JSDOM(
      '<head><meta name="ArticleTitle" content="示例通知"><meta name="pubdate" content="2021-12-16 09:30"><meta name="ContentSource" content="示例市残联"></head>',
    ).window.document;
    expect(metaFacts(doc)).toEqual({ title: '示例通知', published: '2021-12-16', publisher: '示例市残联' });
  });
});
