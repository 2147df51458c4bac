import { describe, expect, it } from 'vitest';
import { buildFromText } from '../../../tests/helpers/datasets.ts';

const META = `title: 测试
org: demo
year: 2020
topic: care
source: { document: '900' }
licence: 测试
key: [项目]
total: { column: 项目, label: 合计 }
totalColumn: { column: 总额, parts: [甲, 乙] }
columns:
  - { name: 项目, type: text, meaning: 项目 }
  - { name: 甲, type: decimal, unit: 万元, meaning: 甲 }
  - { name: 乙, type: decimal, unit: 万元, meaning: 乙 }
  - { name: 总额, type: decimal, unit: 万元, meaning: 总额 }
  - { name: 原文, type: text, role: sentence, meaning: 原句 }
`;
const S = '甲0.1、0.2、0.3、0.5、0.6、0.7、0.9、1.2、1.1，乙0.4、0.6、1、2.0，总额0.5、0.8、1.3、3.0、2.5、2.4万元。';

describe('checkTotals', () => {
  it('adds decimals exactly (0.1 + 0.2 = 0.3) across rows and columns', () => {
    const csv = `项目,甲,乙,总额,原文\nA,0.1,0.4,0.5,${S}\nB,0.2,0.6,0.8,${S}\n合计,0.3,1,1.3,${S}\n`;
    expect(buildFromText(META, csv).messages).toEqual([]);
  });

  it('reports a total column that does not add up, with the numbers', () => {
    const csv = `项目,甲,乙,总额,原文\nA,0.5,2.0,2.4,${S}\n合计,0.5,2.0,2.5,${S}\n`;
    expect(buildFromText(META, csv).messages).toEqual([
      'data/datasets/t.csv:2: 总额 — 甲 + 乙 = 2.5，但“总额”写的是 2.4 — 核对这一行的数字是否照录原文；如果原文本身就对不上，照录原文并在元数据 totalColumn.note 中说明',
      'data/datasets/t.csv:3: 总额 — 各分项相加为 2.4，合计行写的是 2.5（相差 0.1） — 核对各行和合计行是否照录原文；如果原文本身就对不上，照录原文并在元数据 total.note 中说明',
    ]);
  });

  it('with an empty part, only reports known parts that already exceed the total', () => {
    const ok = `项目,甲,乙,总额,原文\nA,0.6,,0.8,${S}\nB,,,,${S}\n合计,1.2,,,${S}\n`;
    expect(buildFromText(META, ok).messages).toEqual([]);
    const over = `项目,甲,乙,总额,原文\nA,0.6,,,${S}\nB,0.7,,,${S}\nC,,,,${S}\n合计,1.1,,,${S}\n`;
    expect(buildFromText(META, over).messages).toEqual([
      'data/datasets/t.csv:5: 甲 — 已填的分项相加为 1.3，已超过合计 1.1 — 核对各行和合计行是否照录原文；如果原文本身就对不上，照录原文并在元数据 total.note 中说明',
    ]);
  });

  it('accepts a source mismatch that the metadata explains in total.note', () => {
    const meta = META.replace('label: 合计 }', 'label: 合计, note: 原文各项相加与合计不符，照录原文。 }');
    const csv = `项目,甲,乙,总额,原文\nA,0.6,,,${S}\nB,0.7,,,${S}\n合计,1.1,,,${S}\n`;
    expect(buildFromText(meta, csv).messages).toEqual([]);
  });

  it('reports a missing total row at the metadata', () => {
    const csv = `项目,甲,乙,总额,原文\nA,0.1,0.4,0.5,${S}\n`;
    expect(buildFromText(META, csv).messages).toEqual([
      'data/datasets/t.yaml:8: total.label — data/datasets/t.csv 中没有“项目”为“合计”的合计行 — 在 CSV 中加一行合计（“项目”列填“合计”），或改正 total.label，或删除 total',
    ]);
  });
});
