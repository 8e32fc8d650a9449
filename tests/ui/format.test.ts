import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatNumber } from '../../src/ui/format';
import { uiStrings } from '../../src/ui/strings';

describe('number formatting', () => {
  it('groups digits in both languages', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(7, 'zh')).toBe('7');
    expect(formatNumber(1000000, 'en')).toBe('1,000,000');
  });
});

describe('date formatting', () => {
  it('writes a scene date in full in each language', () => {
    expect(formatDate('2023-11-22', 'en')).toBe('November 22, 2023');
    expect(formatDate('2023-11-22', 'zh')).toBe('2023年11月22日');
  });

  it('never shifts a day, whatever the time zone (dates are calendar days)', () => {
    expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
    expect(formatDate('2023-12-31', 'zh')).toBe('2023年12月31日');
  });

  it('shows the expo days as one range', () => {
    expect(formatDateRange('2023-11-22', '2023-11-26', 'en')).toBe('November 22 – 26, 2023');
    expect(formatDateRange('2023-11-22', '2023-11-26', 'zh')).toBe('2023年11月22日至26日');
  });

  it('names the end month or year only when it differs from the start', () => {
    expect(formatDateRange('2023-11-29', '2023-12-02', 'en')).toBe('November 29 – December 2, 2023');
    expect(formatDateRange('2023-11-29', '2023-12-02', 'zh')).toBe('2023年11月29日至12月2日');
    expect(formatDateRange('2023-12-30', '2024-01-02', 'en')).toBe('December 30, 2023 – January 2, 2024');
    expect(formatDateRange('2023-12-30', '2024-01-02', 'zh')).toBe('2023年12月30日至2024年1月2日');
  });

  it('shows a one-day event as one date', () => {
    expect(formatDateRange('2023-11-03', '2023-11-03', 'en')).toBe('November 3, 2023');
    expect(formatDateRange('2023-11-03', '2023-11-03', 'zh')).toBe('2023年11月3日');
  });

  it('shows a date it cannot read as written', () => {
    expect(formatDate('22/11/2023', 'en')).toBe('22/11/2023');
    expect(formatDate('2023-02-30', 'en')).toBe('2023-02-30');
    expect(formatDateRange('soon', '2023-11-26', 'zh')).toBe('soon – 2023年11月26日');
  });
});

describe('counts in the label texts', () => {
  const counts = { halls: 1, zones: 4, booths: 12345, exhibits: 2, furniture: 9, exhibitors: 1000 };

  it('formats the header counts per language', () => {
    expect(uiStrings('en').counts(counts)).toEqual(['1 hall', '12,345 booths', '2 exhibits', '1,000 exhibitors']);
    expect(uiStrings('zh').counts(counts)).toEqual(['1 个展馆', '12,345 个展位', '2 件展品', '1,000 家参展商']);
  });

  it('formats the counts of messages per language', () => {
    expect(uiStrings('en').diagnosticsShown(200, 1500, 0)).toBe('showing 200 of 1,500 errors');
    expect(uiStrings('zh').diagnosticsShown(200, 1500, 0)).toBe('共 1,500 个错误，只显示前 200 条');
    expect(uiStrings('zh').resultCount(2500)).toBe('2,500 个结果');
  });
});
