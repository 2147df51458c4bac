import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatYears } from './format.ts';

describe('format', () => {
  it('groups thousands the Chinese way', () => {
    expect(formatNumber(12112)).toBe('12,112');
    expect(formatNumber(68.4)).toBe('68.4');
  });
  it('writes dates as in official documents', () => {
    expect(formatDate('2021-12-16')).toBe('2021年12月16日');
    expect(formatDate('2023-01-05')).toBe('2023年1月5日');
  });
  it('writes a period with a dash', () => {
    expect(formatYears(2020)).toBe('2020年');
    expect(formatYears(2021, 2025)).toBe('2021—2025年');
  });
});
