import { describe, expect, it } from 'vitest';
import { parseQuery, rerank, searchesFor, toHalfWidth, type Candidate } from './query.ts';

describe('parseQuery', () => {
  it('removes question words and maps everyday words to official terms', () => {
    expect(parseQuery('残疾证怎么办').terms).toEqual(['残疾人证']);
    expect(parseQuery('轮椅').terms).toEqual(['辅助器具']);
    expect(parseQuery('护理费怎么申请').terms).toEqual(['重度残疾人护理补贴']);
  });
  it('keeps official terms whole instead of splitting them', () => {
    expect(parseQuery('残疾人证换证').terms).toEqual(['残疾人证', '换领']);
    expect(parseQuery('两项补贴').indexQuery).toBe('两项补贴');
  });
  it('keeps years apart from the words', () => {
    const q = parseQuery('湖州 2020年 工作总结');
    expect(q.years).toEqual(['2020']);
    expect(q.terms).toEqual(['湖州', '工作总结']);
    expect(q.indexQuery).toBe('湖州 工作总结 2020');
  });
  it('splits words it does not know into words, so each matches on its own', () => {
    const q = parseQuery('丽水老人康复训练');
    expect(q.terms).toEqual(['康复训练', '丽水老人']);
    expect(q.parts).toEqual([[], ['丽水', '老人']]);
    const out = rerank(q, [
      { url: '/guides/a/', title: '残疾人康复训练', content: '丽水', rank: 0, type: '办事指南' },
      { url: '/guides/b/', title: '丽水市康复训练', content: '老人', rank: 1, type: '办事指南' },
    ]);
    expect(out[0]!.url).toBe('/guides/b/');
    expect(parseQuery('第一次办残疾证要带什么').variants).toEqual([
      ['残疾人证', '残疾证'],
      ['首次', '第一次'],
    ]);
  });
  it('tells a question about figures from an everyday task', () => {
    expect(parseQuery('两项补贴 人数').wantsFigures).toBe(true);
    expect(parseQuery('湖州 2020').wantsFigures).toBe(true);
    expect(parseQuery('护理补贴怎么申请').wantsFigures).toBe(false);
  });
  it('reads full-width letters and digits', () => {
    expect(toHalfWidth('２０２３　年')).toBe('2023 年');
  });
  it('falls back to the raw text when nothing is left', () => {
    expect(parseQuery('怎么办').indexQuery).toBe('怎么办');
  });
});

describe('rerank', () => {
  it('prefers the guide to applying when the question is how to get something', () => {
    const q = parseQuery('残疾证怎么办');
    expect(q.wantsToApply).toBe(true);
    const out = rerank(q, [
      { url: '/guides/change/', title: '残疾人证类别、等级变更', content: '残疾人证', rank: 0, type: '办事指南' },
      { url: '/guides/first/', title: '残疾人证首次申领', content: '残疾人证', rank: 1, type: '办事指南' },
    ]);
    expect(out[0]!.url).toBe('/guides/first/');
    expect(parseQuery('残疾人证换领').wantsToApply).toBe(false);
  });

  const c = (
    url: string,
    title: string,
    content: string,
    rank: number,
    aliases?: string,
    type?: string,
  ): Candidate => ({
    url,
    title,
    content,
    rank,
    aliases,
    type,
  });
  it('puts an exact term in the title above pages that only share its characters', () => {
    const q = parseQuery('残疾证怎么办');
    const out = rerank(q, [
      c('/reports/a/', '残疾人工作总结', '残疾 人 证明……', 0),
      c('/guides/card/', '残疾人证办理（首次申领）', '残疾人证……', 1, '残疾证', '办事指南'),
    ]);
    expect(out[0]!.url).toBe('/guides/card/');
  });
  it('uses everyday names (aliases) when the title does not have the word', () => {
    const q = parseQuery('轮椅');
    const out = rerank(q, [
      c('/reports/b/', '年度总结', '发放轮椅若干', 0),
      c('/guides/aids/', '辅助器具适配', '……', 1, '轮椅、助听器', '办事指南'),
    ]);
    expect(out[0]!.url).toBe('/guides/aids/');
  });
  it('requires the year of an organisation-plus-year query', () => {
    const q = parseQuery('湖州 2020');
    const out = rerank(q, [
      c('/reports/huzhou/2021/', '湖州市残联2021年工作', '湖州', 0),
      c('/reports/huzhou/2020/', '湖州市残联2020年工作总结', '湖州', 1),
    ]);
    expect(out[0]!.url).toBe('/reports/huzhou/2020/');
  });
});

describe('guides first for everyday tasks', () => {
  const indicator: Candidate = {
    url: '/plans/x/home-adaptations/',
    title: '困难残疾人家庭无障碍改造',
    content: '困难残疾人家庭无障碍改造 2024年目标40户',
    type: '规划指标',
    rank: 0,
  };
  const guide: Candidate = {
    url: '/guides/home-accessibility-adaptation/',
    title: '困难残疾人家庭无障碍改造',
    content: '为困难残疾人家庭改造',
    type: '办事指南',
    rank: 1,
  };
  it('puts the guide before an indicator of the same name', () => {
    expect(rerank(parseQuery('无障碍改造'), [indicator, guide])[0]).toBe(guide);
  });
  it('puts the indicator first when the query asks for indicators', () => {
    expect(rerank(parseQuery('无障碍改造 规划指标'), [guide, indicator])[0]).toBe(indicator);
  });
  it('ranks a page that matches clearly better above a guide', () => {
    const report: Candidate = { url: '/reports/a/', title: '轮椅和助听器发放', content: '', type: '年度报告', rank: 0 };
    const other: Candidate = { url: '/guides/b/', title: '残疾人证', content: '', type: '办事指南', rank: 1 };
    expect(rerank(parseQuery('轮椅 助听器'), [other, report])[0]).toBe(report);
  });
});

describe('searchesFor', () => {
  it('searches the whole query, then each term', () => {
    expect(searchesFor(parseQuery('家里装扶手'))).toEqual(['无障碍改造 家里装', '无障碍改造', '家里装', '扶手']);
    expect(searchesFor(parseQuery('轮椅'))).toEqual(['辅助器具', '轮椅']);
  });
});

describe('organisation plus year', () => {
  it("puts the organisation's report of that year first", () => {
    const q = parseQuery('上虞 2020');
    const out = rerank(q, [
      {
        url: '/data/x/',
        title: '2020年两项补贴（瑞安、湖州、上虞）',
        content: '上虞 2020',
        rank: 0,
        type: '统计数据',
        year: '2020',
      },
      {
        url: '/reports/shangyu/2020/',
        title: '同享一片蓝天 共奔小康社会',
        content: '2020年',
        rank: 1,
        type: '年度报告',
        org: '上虞区残联',
        year: '2020',
      },
    ]);
    expect(out[0]!.url).toBe('/reports/shangyu/2020/');
  });
});

describe('variants', () => {
  it('keeps the word the reader typed next to the official term', () => {
    const q = parseQuery('对评残结果不服');
    expect(q.terms).toEqual(['残疾评定', '异议', '结果']);
    expect(q.variants).toEqual([['残疾评定', '评残'], ['异议', '不服'], ['结果']]);
  });
  it('drops lone characters that match every page', () => {
    expect(parseQuery('对 的').terms).toEqual([]);
  });
});
