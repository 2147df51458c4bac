// A small made-up dataset shared by the dataset tests (src/lib/datasets/*.test.ts; never published).
import { buildFromText } from './datasets.ts';
import type { Dataset } from '../../src/lib/datasets/types.ts';

const S = '示例市有听力残疾人1,445人，肢体残疾人4417人，合计持证残疾人5862人，占比68.4％。';

/** Builds the test dataset (throws if it does not validate, so tests fail loudly). */
export function fixtureDataset(): Dataset {
  const yaml = `title: 示例市持证残疾人
org: demo
year: 2023
asOf: 截止10月底
topic: certification
source: { document: '900' }
licence: 测试
key: [类别]
total: { column: 类别, label: 合计 }
columns:
  - { name: 类别, type: text, meaning: 类别 }
  - { name: 人数, type: integer, unit: 人, meaning: 人数 }
  - { name: 占比, type: percent, unit: '%', meaning: 占比 }
  - { name: 原文, type: text, role: sentence, meaning: 原句 }
chart: { type: bar, x: 类别, y: [人数] }
highlights:
  - { label: 持证残疾人, row: { 类别: 合计 }, column: 人数 }
`;
  const csv = `类别,人数,占比,原文\n听力残疾,"1,445",,"${S}"\n肢体残疾,4417,,"${S}"\n合计,5862,68.4％,"${S}"\n`;
  const { dataset, messages } = buildFromText(yaml, csv);
  if (!dataset || messages.length) throw new Error(messages.join('\n'));
  return dataset;
}
