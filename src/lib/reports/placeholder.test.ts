import { describe, expect, it } from 'vitest';
import { reportKind } from './kind.ts';
import { formatProblem } from '../core/problem.ts';
import { PLACEHOLDER, placeholderPaths } from '../core/placeholder.ts';

describe('placeholderPaths', () => {
  it('finds placeholders at any depth', () => {
    expect(placeholderPaths({ a: `${PLACEHOLDER}x`, b: { c: 'ok', d: [PLACEHOLDER] } })).toEqual([
      ['a'],
      ['b', 'd', 0],
    ]);
  });
});

describe('the report kind rejects placeholders', () => {
  const file = 'content/reports/lishui/2021-summary.md';
  const text = [
    '---',
    `title: ${PLACEHOLDER}报告标题`,
    'published: 2024-01-01',
    'org: lishui',
    'year: 2021',
    'kind: summary',
    'source:',
    `  title: ${PLACEHOLDER}原文件标题`,
    '  publisher: 丽水市残疾人联合会',
    '  file: a.docx',
    '---',
    '',
    `${PLACEHOLDER}在这里写报告正文`,
    '',
  ].join('\n');

  it('names each field with its line, and the body', () => {
    expect(reportKind.load(file, text, new Uint8Array()).problems.map(formatProblem)).toEqual([
      `${file}:2: title — 还没有填写（仍是“【待填写】”占位内容） — 把“【待填写】”和后面的提示换成真实内容；不需要的可选字段整行删除`,
      `${file}:8: source.title — 还没有填写（仍是“【待填写】”占位内容） — 把“【待填写】”和后面的提示换成真实内容；不需要的可选字段整行删除`,
      `${file}: （正文） — 正文还没有填写（仍有“【待填写】”占位内容） — 把占位的说明文字删掉，写上报告正文`,
    ]);
  });

  it('accepts the same file once filled', () => {
    expect(reportKind.load(file, text.replaceAll(PLACEHOLDER, ''), new Uint8Array()).problems).toEqual([]);
  });
});
