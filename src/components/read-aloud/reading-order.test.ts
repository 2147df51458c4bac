// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { utterancesOf } from './reading-order.ts';

/** jsdom has no layout: only the hidden attribute hides. */
const shown = (el: Element) => !el.closest('[hidden]');

function said(html: string): string[] {
  document.body.innerHTML = `<main>${html}</main>`;
  return utterancesOf(document.querySelector('main')!, shown).map((u) => u.text);
}

describe('utterancesOf', () => {
  it('reads blocks in document order, a list item with a heading as its parts', () => {
    expect(said('<h1>标题</h1><p>第一段</p><ol><li><h3>咨询</h3><p>向残联咨询。</p></li><li>提交</li></ol>')).toEqual([
      '标题',
      '第一段',
      '咨询',
      '向残联咨询。',
      '提交',
    ]);
  });

  it('reads a table row by row, each cell with its column name', () => {
    const table = `<table><caption>持证人数</caption><thead><tr><th scope="col">年份</th><th scope="col">人数</th><th scope="col">单位</th></tr></thead>
      <tbody><tr><th scope="row">2022年</th><td>1,204</td><td>人</td></tr><tr><th scope="row">2023年</th><td>—</td><td></td></tr></tbody></table>`;
    expect(said(table)).toEqual(['表格：持证人数', '2022年，人数：1,204，单位：人', '2023年，人数：—']);
  });

  it('reads a table whose header row is in tbody (as Markdown tables without thead)', () => {
    expect(said('<table><tr><th>项目</th><th>标准</th></tr><tr><td>护理补贴</td><td>见原文</td></tr></table>')).toEqual(
      ['项目：护理补贴，标准：见原文'],
    );
  });

  it('reads a term with its descriptions, with or without row wrappers', () => {
    expect(
      said(
        '<dl class="facts"><dt>发布机构</dt><dd><a href="/o/">某残联</a></dd><dt>类型</dt><dd>年度报告</dd><dd>草案</dd></dl>',
      ),
    ).toEqual(['发布机构：某残联', '类型：年度报告、草案']);
    expect(said('<dl><div class="row"><dt>谁可以办</dt><dd>持证残疾人</dd></div></dl>')).toEqual([
      '谁可以办：持证残疾人',
    ]);
  });

  it('reads a line of chips as one sentence, skips hidden text, pictures and controls', () => {
    expect(
      said(
        '<div class="chips"><span>康复</span> <span>个人</span></div><p hidden>隐藏</p><svg><text>图</text></svg><button>朗读全文</button><p>正文<span hidden>x</span></p>',
      ),
    ).toEqual(['康复 个人', '正文']);
  });

  it('reads the text between blocks in a container', () => {
    expect(said('<div>开头的话<p>一段</p>结尾的话</div>')).toEqual(['开头的话', '一段', '结尾的话']);
  });
});
