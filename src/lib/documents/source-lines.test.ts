import { describe, expect, it } from 'vitest';
import { toSourceLines } from './source-lines.ts';

describe('toSourceLines', () => {
  it('drops blank lines but keeps original line numbers', () => {
    expect(toSourceLines('甲\n\n乙\r\n \n丙')).toEqual([
      { text: '甲', line: 1 },
      { text: '乙', line: 3 },
      { text: '丙', line: 5 },
    ]);
  });

  it('turns no-break and full-width spaces into spaces and trims indentation', () => {
    // Seed 003 writes the header cell 指标 as 指 + two no-break spaces + 标, and indents with spaces.
    expect(toSourceLines('指\u00a0\u00a0标\n\u3000\u3000完善残疾人\n\u00a0')).toEqual([
      { text: '指 标', line: 1 },
      { text: '完善残疾人', line: 2 },
    ]);
  });
});
