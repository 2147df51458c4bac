import { describe, expect, it } from 'vitest';
import { parseQuery, rerank, toHalfWidth, type Candidate } from './query.ts';

describe('parseQuery', () => {
  it('removes question words and maps everyday words to official terms', () => {
    expect(parseQuery('残疾证怎么办').terms).toEqual(['残疾人证']);
    expect(parseQuery('轮椅').terms).toEqual(['辅助器具']);
    expect(parseQuery('护理费怎么申请').terms).toEqual(['重度残疾人护理补贴']);
  });
  it('keeps official terms whole instead of splitting them', () => {
    expect(parseQuery('残疾人证换证').terms).toEqual(['残疾人证', '换证']);
    expect(parseQuery('两项补贴').indexQuery).toBe('两项补贴');
  });
  it('keeps years apart from the words', () => {
    const q = parseQuery('湖州 2020年 工作总结');
    expect(q.years).toEqual(['2020']);
    expect(q.terms).toEqual(['湖州', '工作总结']);
    expect(q.indexQuery).toBe('湖州 工作总结 2020');
  });
  it('reads full-width letters and digits', () => {
    expect(toHalfWidth('２０２３　年')).toBe('2023 年');
  });
  it('falls back to the raw text when nothing is left', () => {
    expect(parseQuery('怎么办').indexQuery).toBe('怎么办');
  });
});

describe('rerank', () => {
  const c = (url: string, title: string, content: string, rank: number, aliases?: string, type?: string): Candidate => ({
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
