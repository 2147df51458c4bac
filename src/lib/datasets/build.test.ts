import { describe, expect, it } from 'vitest';
import { buildFromText } from '../../../tests/helpers/datasets.ts';

const META = `title: 测试
org: [demo, demo-two]
year: 2020
topic: social-security
source:
  document: ['900', '901']
licence: 测试
key: [机构]
columns:
  - { name: 机构, type: text, role: org, meaning: 机构 }
  - { name: 人数, type: integer, unit: 人, meaning: 人数 }
  - { name: 金额, type: decimal, unit: 万元, meaning: 金额 }
  - { name: 比例, type: percent, unit: '%', meaning: 比例 }
  - { name: 来源文件, type: text, role: document, meaning: 文件编号 }
  - { name: 原文, type: text, role: sentence, meaning: 原句 }
  - { name: 备注, type: text, role: note, meaning: 备注 }
highlights:
  - { label: 人数, row: { 机构: 示例市残联 }, column: 人数 }
`;

describe('buildDataset', () => {
  it('types every cell and keeps each row’s document, sentence and organisation', () => {
    const csv =
      '机构,人数,金额,比例,来源文件,原文,备注\n' +
      '示例市残联,"1,234",101.9,68.4％,900,全市有１，２３４人，补助101.9万元，占68.4％。,\n' +
      '样例县残联,56,,,901,共56人。,原文未给出金额\n';
    const { dataset, messages } = buildFromText(META, csv);
    expect(messages).toEqual([]);
    expect(dataset?.rows.map((r) => [r.org, r.document, r.cells['人数'], r.cells['金额'], r.cells['比例']])).toEqual([
      ['demo', '900', 1234, 101.9, 68.4],
      ['demo-two', '901', 56, null, null],
    ]);
    expect(dataset?.rows[1]?.sentence).toBe('共56人。');
  });

  it('reports a missing sentence, an unknown document and a highlight that selects nothing', () => {
    const csv = '机构,人数,金额,比例,来源文件,原文,备注\n样例县残联,56,,,902,,\n';
    expect(buildFromText(META, csv).messages).toEqual([
      'data/datasets/t.csv:2: 原文 — 这一行没有原文 — 照录这一行数字所在的原文句子（一字不改）',
      'data/datasets/t.csv:2: 来源文件 — 来源文件“902”不在元数据 source.document 中 — 填写 900、901 之一',
      'data/datasets/t.yaml:18: highlights[0].row — data/datasets/t.csv 中没有 机构“示例市残联” 的行 — 按 CSV 中的写法填写 key 列的值，使它正好选中一行',
    ]);
  });

  it('does not match a number inside a longer number of the sentence', () => {
    const csv = '机构,人数,金额,比例,来源文件,原文,备注\n示例市残联,12,,,900,共120人，其中1.2万元。,\n';
    expect(buildFromText(META, csv).messages).toEqual([
      'data/datasets/t.csv:2: 人数 — 数字“12”在这一行的原文中找不到 — 核对数字是否照录原文；每个数字都要出现在“原文”列的句子里',
    ]);
  });
});
