// The `confirmed` flag of the dataset schema (src/lib/schemas/dataset.ts): a draft from `npm run figures --draft`
// is rejected until an official has compared it with the source.
import { describe, expect, it } from 'vitest';
import { datasetSchema } from './schema.ts';
import { formatProblem } from '../core/problem.ts';
import { parseYamlSource } from '../core/yaml-source.ts';
import { validateWithSchema } from '../core/zod-problems.ts';

const BASE = `title: 测试
org: demo
year: 2023
topic: certification
source:
  document: '004'
licence: 测试
key: [类别]
columns:
  - name: 类别
    type: text
    meaning: 类别
`;

function check(yaml: string) {
  const src = parseYamlSource(yaml, 'data/datasets/x.yaml');
  const { value, problems } = validateWithSchema(datasetSchema, src.data, 'data/datasets/x.yaml', src.lineOf);
  return { value, messages: problems.map(formatProblem) };
}

describe('datasetSchema confirmed', () => {
  it('rejects confirmed: false with the line and the fix', () => {
    const { value, messages } = check(BASE.replace('licence: 测试\n', 'licence: 测试\nconfirmed: false\n'));
    expect(value).toBeUndefined();
    expect(messages).toEqual([
      'data/datasets/x.yaml:8: confirmed — 这份数据还没有核对 — 逐行对照原文核对后改为 confirmed: true',
    ]);
  });

  it('accepts confirmed: true and a dataset without the flag', () => {
    expect(check(BASE.replace('licence: 测试\n', 'licence: 测试\nconfirmed: true\n')).messages).toEqual([]);
    expect(check(BASE).messages).toEqual([]);
  });
});
