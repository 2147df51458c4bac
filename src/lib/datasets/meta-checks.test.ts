import { describe, expect, it } from 'vitest';
import { buildFromText } from '../../../tests/helpers/datasets.ts';

const META = `title: 测试
org: [demo, demo-two]
year: 2020
topic: care
source: { document: ['900', '901'] }
licence: 测试
key: [项目, 年份]
total: { column: 人数, label: 合计 }
columns:
  - { name: 项目, type: text, meaning: 项目 }
  - { name: 人数, type: integer, unit: 人, meaning: 人数 }
  - { name: 比例, type: percent, unit: 人, meaning: 比例 }
  - { name: 原文, type: text, role: sentence, meaning: 原句 }
chart: { type: pie, x: 人数, y: [人数, 比例] }
`;

describe('checkDatasetMeta', () => {
  it('reports every inconsistency with the line of its field', () => {
    expect(buildFromText(META, '项目,人数,比例,原文\n').messages.filter((m) => m.includes('t.yaml'))).toEqual([
      'data/datasets/t.yaml:2: org — 数据涉及 2 个机构，但没有写明每行属于哪个机构 — 加一列（如“机构”，type: text，role: org），每行填机构简称',
      'data/datasets/t.yaml:5: source.document — 数据来自 2 个文件，但没有写明每行来自哪个文件 — 加一列（如“来源文件”，type: text，role: document），每行填文件编号，如 004',
      'data/datasets/t.yaml:7: key[1] — 列“年份”不在 columns 中 — 改为 columns 中已有的列名（项目、人数、比例、原文），或在 columns 中补充这一列',
      'data/datasets/t.yaml:8: total.column — 合计标记列“人数”应为文字列 — 写类别名所在的文字列，如 类别',
      'data/datasets/t.yaml:8: total.label — data/datasets/t.csv 中没有“人数”为“合计”的合计行 — 在 CSV 中加一行合计（“人数”列填“合计”），或改正 total.label，或删除 total',
      'data/datasets/t.yaml:12: columns[2].unit — 百分数列的单位只能是 %，不能是“人” — 把 unit 改为 "%"，或删除 unit',
      'data/datasets/t.yaml:14: chart.x — 横轴列“人数”应为文字或年份列 — 横轴写类别或年份所在的列',
      'data/datasets/t.yaml:14: chart.y — 饼图只能有一个数据列 — chart.y 只写一列',
      'data/datasets/t.yaml:14: chart.y — 饼图不能用百分数列（各部分要能相加） — 改用人数等可相加的列，或改用 bar',
    ]);
  });
});
