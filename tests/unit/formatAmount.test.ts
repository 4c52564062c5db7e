import { describe, expect, it } from 'vitest';
import {
  formatKilometres,
  formatWholeNumber,
  formatMoney,
  formatQuantity,
  formatUsdEquivalent,
} from '../../src/lib/format/formatAmount.ts';
import type { Amount, CargoLine, Rate } from '../../src/data/schema.ts';

const RATES: Rate[] = [
  { currency: 'AZN', perUsd: 1.7, from: '2017-01', source: 'cbar' },
  { currency: 'EUR', perUsd: 0.9234, from: '2024-01-01', to: '2024-12-31', source: 'ecb' },
];

describe('formatMoney', () => {
  const cases: [Amount, string][] = [
    [{ value: 45e6, currency: 'USD', qualifier: 'more-than' }, 'more than $45 million'],
    [{ value: 7.6e6, currency: 'USD', qualifier: 'exact' }, '$7.6 million'],
    [{ value: 34e6, currency: 'USD', qualifier: 'about' }, 'about $34 million'],
    [{ value: 10e6, currency: 'USD', qualifier: 'at-least' }, 'at least $10 million'],
    [{ value: 2.5e6, currency: 'USD', qualifier: 'up-to' }, 'up to $2.5 million'],
    [{ value: 70e6, currency: 'AZN', qualifier: 'more-than' }, 'more than 70 million manats'],
    [{ value: 5e6, currency: 'EUR', qualifier: 'exact' }, '€5 million'],
    [{ value: 950_000, currency: 'USD', qualifier: 'exact' }, '$950,000'],
    [{ value: 950_000, currency: 'AZN', qualifier: 'about' }, 'about 950,000 manats'],
    [{ value: 1_000_000, currency: 'USD', qualifier: 'exact' }, '$1 million'],
    [{ value: 7_650_000, currency: 'USD', qualifier: 'exact' }, '$7.65 million'],
    // An exact figure that is not a round number of millions is not rounded.
    [{ value: 1_234_567, currency: 'USD', qualifier: 'exact' }, '$1,234,567'],
    [{ value: 1.2e9, currency: 'USD', qualifier: 'about' }, 'about $1.2 billion'],
    [{ value: 1, currency: 'AZN', qualifier: 'exact' }, '1 manat'],
    [{ value: 999, currency: 'EUR', qualifier: 'exact' }, '€999'],
    [{ value: 0, currency: 'USD', qualifier: 'exact' }, '$0'],
    [{ value: 1234.5, currency: 'USD', qualifier: 'exact' }, '$1,234.5'],
  ];
  for (const [amount, expected] of cases) {
    it(`formatMoney(${JSON.stringify(amount)}) is ${JSON.stringify(expected)}`, () => {
      const before = structuredClone(amount);
      expect(formatMoney(amount)).toBe(expected);
      expect(amount).toEqual(before);
    });
  }
});

describe('formatUsdEquivalent', () => {
  const cases: [Amount, string, string | null][] = [
    [
      { value: 70e6, currency: 'AZN', qualifier: 'about' },
      '2025',
      'about $41.2 million at 1.70 manats per dollar',
    ],
    [
      { value: 70e6, currency: 'AZN', qualifier: 'more-than' },
      '2025-08',
      // 70,000,000 / 1.70 = 41,176,470: rounding to 41.2 would overstate a lower bound.
      'more than $41.1 million at 1.70 manats per dollar',
    ],
    [
      { value: 70e6, currency: 'AZN', qualifier: 'up-to' },
      '2025-08',
      'up to $41.2 million at 1.70 manats per dollar',
    ],
    // The result is rounded, so an exact amount becomes "about".
    [
      { value: 70e6, currency: 'AZN', qualifier: 'exact' },
      '2025-08-13',
      'about $41.2 million at 1.70 manats per dollar',
    ],
    [
      { value: 17e6, currency: 'AZN', qualifier: 'up-to' },
      '2024',
      'up to $10 million at 1.70 manats per dollar',
    ],
    [
      { value: 500_000, currency: 'AZN', qualifier: 'at-least' },
      '2024',
      'at least $294,000 at 1.70 manats per dollar',
    ],
    [
      { value: 1_699_500, currency: 'AZN', qualifier: 'about' },
      '2024',
      'about $1 million at 1.70 manats per dollar',
    ],
    [
      { value: 5e6, currency: 'EUR', qualifier: 'exact' },
      '2024-05',
      'about $5.4 million at 0.9234 euros per dollar',
    ],
    [{ value: 5e6, currency: 'EUR', qualifier: 'exact' }, '2025', null],
    [{ value: 45e6, currency: 'USD', qualifier: 'more-than' }, '2025', null],
    [{ value: 70e6, currency: 'AZN', qualifier: 'about' }, '2016', null],
  ];
  for (const [amount, date, expected] of cases) {
    it(`formatUsdEquivalent(${JSON.stringify(amount)}, ${JSON.stringify(date)}, rates) is ${JSON.stringify(expected)}`, () => {
      const before = structuredClone(amount);
      const rates = structuredClone(RATES);
      expect(formatUsdEquivalent(amount, date, rates)).toBe(expected);
      expect(amount).toEqual(before);
      expect(rates).toEqual(RATES);
    });
  }
});

describe('formatQuantity', () => {
  const cases: [CargoLine, string][] = [
    [
      { item: 'cable-and-wire-m', quantity: 555_000, qualifier: 'more-than' },
      'more than 555,000 m of cable and wire',
    ],
    [
      { item: 'cable-and-wire-m', quantity: 90_000, qualifier: 'about' },
      'about 90,000 m of cable and wire',
    ],
    [{ item: 'cable-and-wire-m' }, 'cable and wire (length not given)'],
    [{ item: 'generators', quantity: 25 }, '25 generators'],
    [{ item: 'generators', quantity: 1 }, '1 generator'],
    [{ item: 'generators', quantity: 25, qualifier: 'exact' }, '25 generators'],
    [{ item: 'trucks', quantity: 14, qualifier: 'at-least' }, 'at least 14 trucks'],
    [{ item: 'trucks', quantity: 1 }, '1 truck'],
    [{ item: 'transformers', quantity: 3, qualifier: 'up-to' }, 'up to 3 transformers'],
    [{ item: 'transformer-substations' }, 'transformer substations (number not given)'],
    [{ item: 'transformer-substations', quantity: 1 }, '1 transformer substation'],
    [{ item: 'transformers-and-substations', quantity: 40 }, '40 transformers and substations'],
    [{ item: 'low-voltage-panels', quantity: 1200 }, '1,200 low-voltage panels'],
    [{ item: 'low-voltage-panels', quantity: 0 }, '0 low-voltage panels'],
  ];
  for (const [line, expected] of cases) {
    it(`formatQuantity(${JSON.stringify(line)}) is ${JSON.stringify(expected)}`, () => {
      const before = structuredClone(line);
      expect(formatQuantity(line)).toBe(expected);
      expect(line).toEqual(before);
    });
  }
});

describe('formatKilometres', () => {
  const cases: [number, string][] = [
    [3_353_000, '3,353 km'],
    [3_353_499, '3,353 km'],
    [555_000, '555 km'],
    [10_000, '10 km'],
    [2_500, '2.5 km'],
    [1_000, '1 km'],
    [0, '0 km'],
    [1_234_567_000, '1,234,567 km'],
  ];
  for (const [metres, expected] of cases) {
    it(`formatKilometres(${metres}) is ${JSON.stringify(expected)}`, () => {
      expect(formatKilometres(metres)).toBe(expected);
    });
  }
});

describe('formatWholeNumber', () => {
  it.each([
    [0, '0'],
    [7.4, '7'],
    [999.5, '1,000'],
    [3470.4, '3,470'],
    [1234567, '1,234,567'],
    [-2500, '-2,500'],
  ])('formatWholeNumber(%s) is %j', (value, expected) => {
    expect(formatWholeNumber(value)).toBe(expected);
  });

  it('agrees with en-GB grouping for whole numbers', () => {
    for (const n of [5, 42, 1000, 65_432, 10_000_000]) {
      expect(formatWholeNumber(n)).toBe(n.toLocaleString('en-GB'));
    }
  });
});
