import { describe, expect, it } from 'vitest';
import { buildFromText } from '../../../tests/helpers/datasets.ts';

const meta = (extra = '', columns = '') => `title: 测试
org: demo
year: 2023
topic: certification
source:
  document: '900'
licence: 测试
key: [类别]
${extra}columns:
  - { name: 类别, type: text, meaning: 类别 }
  - { name: 人数, type: integer, unit: 人, meaning: 人数 }
${columns}  - { name: 原文, type: text, role: sentence, meaning: 原句 }
`;
const S = '"示例市有听力残疾人1,234人，肢体残疾人200人，合计1434人。"';

describe('dataset figures that cannot be true', () => {
  it('accepts 1234 for “1,234” and a declared total row', () => {
    const csv = `类别,人数,原文\n听力残疾,1234,${S}\n肢体残疾,200,${S}\n合计,"1,434",${S}\n`;
    expect(buildFromText(meta('total: { column: 类别, label: 合计 }\n'), csv).messages).toEqual([]);
  });

  it('reports a 合计, 小计 or area row that is not the declared total', () => {
    const csv = `类别,人数,原文\n听力残疾,1234,${S}\n肢体残疾,200,${S}\n合计,1434,${S}\n`;
    expect(buildFromText(meta(), csv).messages).toEqual([
      'data/datasets/t.csv:4: 类别 — “合计”是合计一类的行，但元数据没有用 total 标明它，图表会把它当成一个类别（显示为“最多”） — 这一行是合计时，在 data/datasets/t.yaml 中写 total: { column: 类别, label: 合计 }；不是合计时，改成原文中分项的名称',
    ]);
    for (const label of [
      '小 计',
      '全市',
      '示例市',
      '示例市残联',
      '示例市残疾人联合会',
      '合计（人）',
      '全市合计',
      '示例市合计',
      '（合计）',
      '合计持证',
      '持证残疾人合计',
      '【总计】',
      '共计 ',
    ]) {
      expect(buildFromText(meta(), csv.replace('合计,', `${label},`)).messages, label).toHaveLength(1);
    }
    // 合计 inside a name is not a total: a category can mention it without being one.
    expect(buildFromText(meta(), csv.replace('合计,', '听力合计数外,')).messages).toEqual([]);
    // An area name is a category when the dataset compares several organisations (each row names its own).
    const several = meta('', '  - { name: 机构, type: text, role: org, meaning: 机构 }\n').replace(
      'org: demo',
      'org: [demo, demo-two]',
    );
    const rows = `类别,人数,机构,原文\n示例市,1234,示例市残联,${S}\n样例县,200,样例县残联,${S}\n`;
    expect(buildFromText(several, rows).messages).toEqual([]);
  });

  it('rejects a negative count or a percentage above 100 unless the column declares it', () => {
    const pct = '  - { name: 占比, type: percent, meaning: 占比 }\n';
    const csv = `类别,人数,占比,原文\n听力残疾,-5,101.5%,比上年减少5人，占101.5%。\n`;
    expect(buildFromText(meta('', pct), csv).messages).toEqual([
      'data/datasets/t.csv:2: 人数 — “-5”是负数，但“人数”是数量，不能小于 0 — 核对是否多写了负号；这一列本来就是增减数（如“比上年增减”）时，在元数据这一列的描述中写 canBeNegative: true',
      'data/datasets/t.csv:2: 占比 — “101.5%”超过了 100%，覆盖率、占比这样的比例不会超过 100% — 核对是否照录原文、是否把人数填进了比例列；这一列是增长率、完成率等可以超过 100% 的比例时，在元数据这一列的描述中写 canExceed100: true',
    ]);
    const declared = meta('', '  - { name: 占比, type: percent, meaning: 占比, canExceed100: true }\n').replace(
      '{ name: 人数, type: integer, unit: 人, meaning: 人数 }',
      '{ name: 人数, type: integer, unit: 人, meaning: 比上年增减, canBeNegative: true }',
    );
    expect(buildFromText(declared, csv).messages).toEqual([]);
  });

  it('rejects column names every object already has', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const m = meta('', `  - { name: ${name}, type: integer, meaning: 数 }\n`);
      expect(buildFromText(m, `类别,人数,${name},原文\n听力残疾,200,1,有200人，1个。\n`).messages[0], name).toMatch(
        new RegExp(`^data/datasets/t\\.yaml:\\d+: columns\\[2\\]\\.name — 列名“${name}”是程序内部使用的名字`),
      );
    }
  });
});
