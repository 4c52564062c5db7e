import { describe, expect, it } from 'vitest';
import {
  compareFuzzyDates,
  dateMidpoint,
  overlapsRange,
  formatFuzzyDate,
  isValidFuzzyDate,
  parseFuzzyDate,
} from '../../src/lib/model/fuzzyDate.ts';

describe('parseFuzzyDate', () => {
  it.each([
    ['2025-08-13', 'day', Date.UTC(2025, 7, 13), Date.UTC(2025, 7, 14) - 1],
    ['2025-08', 'month', Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 1) - 1],
    ['2024', 'year', Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1) - 1],
    ['2024-02-29', 'day', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1) - 1],
    ['2026-01-16/2026-01-27', 'range', Date.UTC(2026, 0, 16), Date.UTC(2026, 0, 28) - 1],
    ['2023-12/2024-02', 'range', Date.UTC(2023, 11, 1), Date.UTC(2024, 2, 1) - 1],
  ])('parseFuzzyDate(%j) is a %s from start to end', (text, precision, start, end) => {
    expect(parseFuzzyDate(text)).toEqual({ text, precision, start, end });
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13',
    '2025-00-10',
    '2025-1-5',
    '25-01-01',
    '2025/01/01',
    '2026-01-27/2026-01-16',
    '2025-01-01/',
    '',
    'soon',
    '1850',
    '2025-08-13T10:00',
  ])('parseFuzzyDate(%j) is null: not a real date', (text) => {
    expect(parseFuzzyDate(text)).toBeNull();
    expect(isValidFuzzyDate(text)).toBe(false);
  });
});

describe('formatFuzzyDate', () => {
  it.each([
    ['2025-08-13', '13 August 2025'],
    ['2025-08', 'August 2025'],
    ['2024', '2024'],
    ['2026-01-16/2026-01-27', 'between 16 and 27 January 2026'],
    ['2023-12/2024-02', 'between December 2023 and February 2024'],
    ['not a date', 'not a date'],
  ])('formatFuzzyDate(%j) is %j and never invents a day', (text, expected) => {
    expect(formatFuzzyDate(text)).toBe(expected);
  });
});

describe('ordering', () => {
  it('compareFuzzyDates sorts by start, then by end', () => {
    const dates = ['2024', '2023-12', '2024-01-05', '2023-12-31'];
    const sorted = [...dates].sort(compareFuzzyDates);
    // "2024" starts on 1 January, so it sorts before "2024-01-05".
    expect(sorted).toEqual(['2023-12', '2023-12-31', '2024', '2024-01-05']);
    expect(dates).toEqual(['2024', '2023-12', '2024-01-05', '2023-12-31']);
  });

  it('overlapsRange: a date shows on an axis that holds any part of it, ends included', () => {
    const march = parseFuzzyDate('2024-03')!;
    const day = (m: number, d: number) => Date.UTC(2024, m - 1, d);
    expect(overlapsRange(march, [day(3, 31), day(6, 1)])).toBe(true);
    expect(overlapsRange(march, [day(1, 1), day(3, 1)])).toBe(true);
    expect(overlapsRange(march, [day(3, 10), day(3, 12)])).toBe(true);
    expect(overlapsRange(march, [day(4, 2), day(6, 1)])).toBe(false);
    expect(overlapsRange(march, [day(1, 1), day(2, 28)])).toBe(false);
  });

  it('dateMidpoint(a month) is mid-month', () => {
    const d = parseFuzzyDate('2024-02')!;
    expect(new Date(dateMidpoint(d)).getUTCDate()).toBe(15);
  });
});
