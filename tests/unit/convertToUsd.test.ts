import { describe, expect, it } from 'vitest';
import { convertToUsd, findRate } from '../../src/lib/model/convertToUsd.ts';
import type { Amount, Currency, Rate } from '../../src/data/schema.ts';

const RATES: Rate[] = [
  { currency: 'AZN', perUsd: 1.7, from: '2017-01', source: 'cbar' },
  { currency: 'EUR', perUsd: 0.9, from: '2023-01-01', to: '2023-12-31', source: 'ecb' },
  { currency: 'EUR', perUsd: 0.92, from: '2024', to: '2024-12-31', source: 'ecb' },
  // A narrower, later rate overrides the open-ended one for its span.
  { currency: 'AZN', perUsd: 1.75, from: '2025-06-01', to: '2025-06-30', source: 'cbar' },
];

describe('findRate', () => {
  const cases: [Currency, string, number | undefined][] = [
    ['AZN', '2025-08-13', 1.7],
    ['AZN', '2025-08', 1.7],
    ['AZN', '2023', 1.7],
    ['AZN', '2023-07-01/2023-07-20', 1.7],
    ['AZN', '2025-06-10', 1.75],
    ['AZN', '2025-06', 1.75],
    ['AZN', '2025', 1.7],
    ['AZN', '2016-12-31', undefined],
    ['AZN', '2016', undefined],
    ['EUR', '2023-12', 0.9],
    ['EUR', '2024-02-29', 0.92],
    ['EUR', '2023-12-31/2024-01-02', undefined],
    ['EUR', '2025-01-01', undefined],
    ['USD', '2025', 1],
    ['USD', '1999-01-01', 1],
    ['AZN', 'not a date', undefined],
    ['USD', '2025-02-30', undefined],
  ];
  for (const [currency, date, perUsd] of cases) {
    it(`findRate(${JSON.stringify(currency)}, ${JSON.stringify(date)}, rates)?.perUsd is ${perUsd}`, () => {
      const before = structuredClone(RATES);
      const rate = findRate(currency, date, RATES);
      expect(rate?.perUsd).toBe(perUsd);
      if (rate) expect(rate.currency).toBe(currency);
      expect(RATES).toEqual(before);
    });
  }

  it('findRate("USD", "2025", []) is a synthetic rate of 1 needing no data', () => {
    expect(findRate('USD', '2025', [])).toMatchObject({ currency: 'USD', perUsd: 1 });
  });

  it('findRate("AZN", "2025", rates with an invalid "to") skips that rate', () => {
    const broken: Rate[] = [
      { currency: 'AZN', perUsd: 2, from: '2017', to: '2025-13', source: 'x' },
    ];
    expect(findRate('AZN', '2025', broken)).toBeUndefined();
  });
});

describe('convertToUsd', () => {
  const cases: [Amount, string, number | null][] = [
    [{ value: 70e6, currency: 'AZN', qualifier: 'more-than' }, '2025', 70e6 / 1.7],
    [{ value: 1.7e6, currency: 'AZN', qualifier: 'exact' }, '2024-03-01', 1e6],
    [{ value: 7.6e6, currency: 'USD', qualifier: 'exact' }, '2023-07', 7.6e6],
    [{ value: 45e6, currency: 'USD', qualifier: 'more-than' }, '2023/2025', 45e6],
    [{ value: 5e6, currency: 'EUR', qualifier: 'about' }, '2023-05', 5e6 / 0.9],
    [{ value: 5e6, currency: 'EUR', qualifier: 'about' }, '2025', null],
    [{ value: 1e6, currency: 'AZN', qualifier: 'exact' }, '2016', null],
    [{ value: 0, currency: 'AZN', qualifier: 'exact' }, '2025', 0],
  ];
  for (const [amount, date, expected] of cases) {
    it(`convertToUsd(${JSON.stringify(amount)}, ${JSON.stringify(date)}, rates) is ${expected}`, () => {
      const before = structuredClone(amount);
      const result = convertToUsd(amount, date, RATES);
      if (expected === null) expect(result).toBeNull();
      else expect(result).toBeCloseTo(expected, 6);
      expect(amount).toEqual(before);
    });
  }
});
