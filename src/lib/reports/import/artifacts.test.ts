import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../../../tests/fixtures/import/seeds.ts';
import { removeArtifacts } from './artifacts.ts';
import { toSourceLines } from '../../documents/source-lines.ts';

const seed = (name: string) => readFileSync(`${SOURCES_DIR}seeds/${name}`, 'utf8');
const run = (text: string) => removeArtifacts(toSourceLines(text));

describe('removeArtifacts', () => {
  it('removes a Word bookmark marker and keeps the rest of the line', () => {
    const r = run('[bookmark: _Toc108453025]温暖2020展望2021 瑞安残联\n正文。');
    expect(r.lines.map((l) => l.text)).toEqual(['温暖2020展望2021 瑞安残联', '正文。']);
    expect(r.removed).toEqual([{ kind: 'bookmark', text: '[bookmark: _Toc108453025]', line: 1 }]);
  });

  it('removes scraping markers inside a sentence and on their own line', () => {
    const r = run('已落实残疾人就业##paidbegin##88名。\n##paidend##');
    expect(r.lines).toEqual([{ text: '已落实残疾人就业88名。', line: 1 }]);
    expect(r.removed).toEqual([
      { kind: 'paid-marker', text: '##paidbegin##', line: 1 },
      { kind: 'paid-marker', text: '##paidend##', line: 2 },
    ]);
  });

  it('removes web-page chrome around the title and keeps the publication date', () => {
    const r = run(
      '今天是2024年04月20日,欢迎您访问某市残疾人联合会!\n某市规划\n发布时间: 2021-12-16 浏览次数: 0次 作者: 某某\n\n正文。',
    );
    expect(r.lines.map((l) => l.text)).toEqual(['某市规划', '正文。']);
    expect(r.published).toBe('2021-12-16');
    expect(r.removed.map((x) => [x.kind, x.line])).toEqual([
      ['page-chrome', 1],
      ['page-chrome', 3],
    ]);
  });

  it('reads a publication date written with 年月日 and pads it', () => {
    expect(run('标题\n发布日期：2020年3月5日\n正文。').published).toBe('2020-03-05');
  });

  it('leaves chrome-like words alone deep in the document', () => {
    const text = ['标题', '一。', '二。', '三。', '四。', '五。', '六。', '作者: 这一行在正文里'].join('\n');
    expect(run(text).removed).toEqual([]);
  });

  it('keeps anonymised text verbatim', () => {
    const r = run('XX区残联\n补助X万元，XXX马拉松。');
    expect(r.lines.map((l) => l.text)).toEqual(['XX区残联', '补助X万元，XXX马拉松。']);
  });

  it('cleans the real seeds 000, 003 and 004', () => {
    const r0 = run(seed('000_e6c7545d2926ec1d.txt'));
    expect(r0.lines[0]!.text).toBe('温暖2020展望2021 瑞安残联力助残疾人同步奔小康共享新生活');
    const r3 = run(seed('003_a1e747283835999b.txt'));
    expect(r3.lines[0]!.text).toBe('丽水市残疾人事业发展“十四五”规划');
    expect(r3.published).toBe('2021-12-16');
    expect(r3.removed.map((x) => x.line)).toEqual([1, 3]);
    const r4 = run(seed('004_8ffbfc9c4165cab2.txt'));
    expect(r4.removed.map((x) => x.text)).toEqual(['##paidbegin##', '##paidend##']);
    expect(r4.lines.some((l) => l.text.includes('已落实残疾人就业88名，其中新增稳定就业34名'))).toBe(true);
  });
});
