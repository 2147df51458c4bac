import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/problem.ts';
import { parseYamlSource } from '../core/yaml-source.ts';
import { validateWithSchema } from '../core/zod-problems.ts';
import { datasetSchema } from './schema.ts';

const BASE = `title: 测试
org: demo
year: 2023
topic: certification
source:
  document: 004
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

describe('datasetSchema', () => {
  it('reads a minimal dataset, normalising org and document to lists', () => {
    const { value, messages } = check(BASE);
    expect(messages).toEqual([]);
    expect(value?.org).toEqual(['demo']);
    expect(value?.source.document).toEqual(['004']);
  });

  it('requires exactly one of year and period', () => {
    expect(check(BASE.replace('year: 2023\n', '')).messages).toEqual([
      'data/datasets/x.yaml:1: year — 要写 year（某一年）或 period（起止年份）之一，且只写一个 — 例如 year: 2023，或 period: {start: 2021, end: 2025}',
    ]);
    expect(check(BASE.replace('year: 2023\n', 'period: {start: 2021, end: 2025}\n')).messages).toEqual([]);
  });

  it('explains an unknown topic, column type and chart type in Chinese', () => {
    const { messages } = check(
      BASE.replace('topic: certification', 'topic: people').replace('type: text', 'type: number') +
        'chart:\n  type: donut\n  x: 类别\n  y: [人数]\n',
    );
    expect(messages).toEqual([
      'data/datasets/x.yaml:4: topic — 取值“people”不在允许范围内 — topic 只能是以下之一：certification、social-security、rehabilitation、accessibility、care、employment、education、culture-sports',
      'data/datasets/x.yaml:11: columns[0].type — 取值“number”不在允许范围内 — type 只能是 text、integer、decimal、percent、year 之一',
      'data/datasets/x.yaml:14: chart.type — 取值“donut”不在允许范围内 — chart.type 只能是 bar、line、stacked-bar、pie 之一',
    ]);
  });

  it('rejects a document id that is not three digits', () => {
    expect(check(BASE.replace('document: 004', "document: 'abc'")).messages).toEqual([
      "data/datasets/x.yaml:6: source.document — 来源文件编号应为三位数字 — 写成 '004' 这样带引号的三位数字",
    ]);
  });
});
