import { describe, expect, it } from 'vitest';
import { documentLabel, quoteAsText } from './source-text.ts';

describe('source text in downloads', () => {
  it('never writes a document id bare', () => {
    expect(documentLabel('003')).toBe('文件003');
  });

  it('keeps a sentence as written', () => {
    expect(quoteAsText('截止10月底，我区有持证残疾人8723人。')).toBe('截止10月底，我区有持证残疾人8723人。');
  });

  it('writes a quoted table row as text, its cells verbatim, never as a pipe row', () => {
    const quote = '2 | 困难残疾人生活补贴覆盖率 | 99% | >99% | 约束性';
    expect(quoteAsText(quote, '“十四五”时期残疾人事业发展主要指标表第2行')).toBe(
      '“十四五”时期残疾人事业发展主要指标表第2行，各栏依次为：2；困难残疾人生活补贴覆盖率；99%；>99%；约束性',
    );
    expect(quoteAsText(quote)).toBe('表格一行，各栏依次为：2；困难残疾人生活补贴覆盖率；99%；>99%；约束性');
  });
});
