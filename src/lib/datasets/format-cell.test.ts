import { describe, expect, it } from 'vitest';
import { columnHeading, formatCell, withUnit } from './format-cell.ts';

const col = (type: 'integer' | 'percent' | 'year' | 'text' | 'decimal', unit?: string) => ({
  name: '人数',
  type,
  meaning: '',
  ...(unit ? { unit } : {}),
});

describe('formatCell', () => {
  it('formats numbers for zh-CN and leaves empty cells empty', () => {
    expect(formatCell(12112, col('integer', '人'))).toBe('12,112');
    expect(formatCell(1314.4535, col('decimal', '万元'))).toBe('1,314.4535');
    expect(formatCell(68.4, col('percent', '%'))).toBe('68.4%');
    expect(formatCell(2020, col('year'))).toBe('2020');
    expect(formatCell(null, col('integer', '人'))).toBe('');
    expect(formatCell('听力残疾', col('text'))).toBe('听力残疾');
  });

  it('puts units in headings and sentences', () => {
    expect(columnHeading(col('integer', '人'))).toBe('人数（人）');
    expect(columnHeading(col('percent'))).toBe('人数（%）');
    expect(columnHeading(col('text'))).toBe('人数');
    expect(withUnit(8723, col('integer', '人'))).toBe('8,723人');
  });
});
