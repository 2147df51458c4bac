import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToLines } from './html-lines.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeEntities('A &amp; B &lt;1&gt; &#8805; &#x2267; &quot;x&quot;')).toBe('A & B <1> ≥ ≧ "x"');
  });
});

describe('htmlToLines', () => {
  it('gives one line per paragraph and drops bookmarks and formatting', () => {
    expect(htmlToLines('<h1><a id="_Toc1"></a>某区残联工作总结</h1><p>一、<strong>基本情况</strong></p><p>补助X万元。<br />第二行</p>')).toEqual([
      '某区残联工作总结',
      '一、基本情况',
      '补助X万元。',
      '第二行',
    ]);
  });

  it('writes a table as markdown with merged cells repeated', () => {
    const html =
      '<p>前文</p><table><tr><td><p>序号</p></td><td><p>指标</p></td><td><p>目标</p></td></tr>' +
      '<tr><td><p>1</p></td><td colspan="2"><p>与总量同步</p></td></tr>' +
      '<tr><td rowspan="2"><p>2</p></td><td><p>甲|乙</p></td><td><p>&gt;99%</p></td></tr>' +
      '<tr><td><p>丙</p></td><td><p>≧95%</p></td></tr></table><p>后文</p>';
    expect(htmlToLines(html)).toEqual([
      '前文',
      '| 序号 | 指标 | 目标 |',
      '| --- | --- | --- |',
      '| 1 | 与总量同步 | 与总量同步 |',
      '| 2 | 甲\\|乙 | >99% |',
      '| 2 | 丙 | ≧95% |',
      '后文',
    ]);
  });
});
