import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../../../tests/fixtures/import/seeds.ts';
import { removeArtifacts } from './artifacts.ts';
import { findFlatTable, joinHeader } from './flat-table.ts';
import { toSourceLines } from '../../documents/source-lines.ts';

const seed = (name: string) => readFileSync(`${SOURCES_DIR}seeds/${name}`, 'utf8');

describe('joinHeader', () => {
  it('joins wrapped header cells of seed 003', () => {
    expect(joinHeader(['序号', '指 标', '2020年', '基期值', '2025年', '目标值', '指标', '属性'], 5)).toEqual([
      '序号',
      '指标',
      '2020年基期值',
      '2025年目标值',
      '指标属性',
    ]);
  });
  it('gives up when there are fewer fragments than columns', () => {
    expect(joinHeader(['序号', '指标'], 3)).toBeUndefined();
  });
});

describe('findFlatTable', () => {
  const text = [
    '说明。',
    '主要指标',
    '序号',
    '指标',
    '2020年',
    '基期值',
    '2025年',
    '目标值',
    '1',
    '甲指标',
    '1%',
    '2%',
    '2',
    '乙指标',
    '3%',
    '4%',
    '二类',
    '3',
    '丙指标',
    '与总量同步',
    '4',
    '丁指标',
    '5%',
    '>6%',
    '5',
    '戊指标',
    '7%',
    '≧8%',
    '二、下一节',
  ].join('\n\n');

  it('rebuilds rows, a merged cell and a category row from synthetic text', () => {
    const lines = toSourceLines(text);
    const t = findFlatTable(lines)!;
    expect(t.caption?.text).toBe('主要指标');
    expect(t.table.rows).toEqual([
      ['序号', '指标', '2020年基期值', '2025年目标值'],
      ['1', '甲指标', '1%', '2%'],
      ['2', '乙指标', '3%', '4%'],
      ['二类', '', '', ''],
      ['3', '丙指标', '与总量同步', '与总量同步'],
      ['4', '丁指标', '5%', '>6%'],
      ['5', '戊指标', '7%', '≧8%'],
    ]);
    expect(t.notes.map((n) => n.text)).toEqual([
      '表格中“二类”作为分类行',
      '表格第 3 行只有 3 个单元格，按合并单元格处理：“与总量同步”填入2020年基期值、2025年目标值各列',
    ]);
    expect(lines[t.end]!.text).toBe('二、下一节');
  });

  it('rebuilds the 14 indicators of seed 003 verbatim', () => {
    const { lines } = removeArtifacts(toSourceLines(seed('003_a1e747283835999b.txt')));
    const t = findFlatTable(lines)!;
    expect(t.caption?.text).toBe('“十四五”时期残疾人事业发展主要指标');
    expect(t.table.rows).toHaveLength(15);
    expect(t.table.rows[0]).toEqual(['序号', '指标', '2020年基期值', '2025年目标值', '指标属性']);
    expect(t.table.rows[1]).toEqual([
      '1',
      '残疾人家庭人均可支配收入年均增速',
      '与全市生产总值增长同步',
      '与全市生产总值增长同步',
      '预期性',
    ]);
    expect(t.table.rows[7]).toEqual(['7', '残疾人城乡居民基本养老保险参保率', '99%', '≧99%', '预期性']);
    expect(t.table.rows[14]).toEqual(['14', '残疾人文体服务覆盖率', '86%', '≧95%', '预期性']);
    expect(t.notes).toHaveLength(1);
    expect(lines[t.end]!.text).toBe('二、主要任务');
  });

  it('finds nothing in text without a 序号 header', () => {
    expect(findFlatTable(toSourceLines('一、总体要求\n1\n2'))).toBeUndefined();
  });
});
