import { describe, expect, it } from 'vitest';
import { formatCompactMoney } from '../../src/lib/format/formatCompact.ts';
import type { Amount } from '../../src/data/schema.ts';

describe('formatCompactMoney', () => {
  it.each<[Amount, string]>([
    [{ value: 45e6, currency: 'USD', qualifier: 'more-than' }, 'more than $45m'],
    [{ value: 34e6, currency: 'USD', qualifier: 'about' }, 'about $34m'],
    [{ value: 7.6e6, currency: 'USD', qualifier: 'exact' }, '$7.6m'],
    [{ value: 70e6, currency: 'AZN', qualifier: 'more-than' }, 'more than 70m manats'],
    [{ value: 5e6, currency: 'EUR', qualifier: 'up-to' }, 'up to €5m'],
    [{ value: 950000, currency: 'USD', qualifier: 'at-least' }, 'at least $950k'],
    [{ value: 1.2e9, currency: 'USD', qualifier: 'exact' }, '$1.2bn'],
    [{ value: 500, currency: 'USD', qualifier: 'exact' }, '$500'],
    // Two decimals of the unit are shown as they are: nothing rounded.
    [{ value: 45.96e6, currency: 'USD', qualifier: 'more-than' }, 'more than $45.96m'],
    [{ value: 7.65e6, currency: 'USD', qualifier: 'exact' }, '$7.65m'],
    // Longer figures round in the direction that keeps the claim true.
    [{ value: 45_961_234, currency: 'USD', qualifier: 'more-than' }, 'more than $45.9m'],
    [{ value: 45_961_234, currency: 'USD', qualifier: 'at-least' }, 'at least $45.9m'],
    [{ value: 45_911_234, currency: 'USD', qualifier: 'up-to' }, 'up to $46m'],
    [{ value: 45_961_234, currency: 'USD', qualifier: 'about' }, 'about $46m'],
    // An exact figure that had to be rounded says so.
    [{ value: 7_654_321, currency: 'USD', qualifier: 'exact' }, 'about $7.7m'],
    // 999,999 is not "1000k".
    [{ value: 999_999, currency: 'USD', qualifier: 'exact' }, 'about $1m'],
    [{ value: 999_999, currency: 'USD', qualifier: 'more-than' }, 'more than $999.9k'],
  ])('formatCompactMoney(%j) is %j, qualifier in words', (amount, expected) => {
    const copy = { ...amount };
    expect(formatCompactMoney(amount)).toBe(expected);
    expect(amount).toEqual(copy);
  });
});
