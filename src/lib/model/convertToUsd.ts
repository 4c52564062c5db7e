/**
 * Currency conversion with the stated rates of `data/rates.json` only: an
 * amount is converted when a rate covers its date, and never otherwise
 * (editorial rule: convert only with a stated rate).
 */
import type { Amount, Currency, Rate } from '../../data/schema.ts';
import { parseFuzzyDate } from './fuzzyDate.ts';

/** The source id given to the synthetic USD rate, which needs no source. */
export const USD_IDENTITY_SOURCE = 'usd-identity';

/**
 * The rate for `currency` whose span covers the whole of `date` (a month
 * needs a rate for the whole month), or undefined. A rate without `to`
 * still holds. When several cover the date, the one that started last wins.
 * US dollars get a synthetic rate of 1.
 * @example findRate('AZN', '2025-08', rates) // { currency: 'AZN', perUsd: 1.7, from: '2017', … }
 */
export function findRate(
  currency: Currency,
  date: string,
  rates: readonly Rate[],
): Rate | undefined {
  const when = parseFuzzyDate(date);
  if (!when) return undefined;
  if (currency === 'USD') {
    return { currency: 'USD', perUsd: 1, from: date, source: USD_IDENTITY_SOURCE };
  }
  let best: { rate: Rate; start: number } | undefined;
  for (const rate of rates) {
    if (rate.currency !== currency) continue;
    const from = parseFuzzyDate(rate.from);
    const to = rate.to === undefined ? undefined : parseFuzzyDate(rate.to);
    if (!from || to === null) continue;
    const end = to === undefined ? Infinity : to.end;
    if (from.start <= when.start && when.end <= end && (!best || from.start > best.start)) {
      best = { rate, start: from.start };
    }
  }
  return best?.rate;
}

/**
 * The amount in US dollars at the rate that covers `date`, unrounded, or
 * null when no rate covers it. The caller keeps the amount's qualifier:
 * "more than 70 million manats" converts to "more than" this number.
 * @example convertToUsd({ value: 70e6, currency: 'AZN', qualifier: 'more-than' }, '2025', rates) // 41176470.58…
 */
export function convertToUsd(amount: Amount, date: string, rates: readonly Rate[]): number | null {
  const rate = findRate(amount.currency, date, rates);
  return rate ? amount.value / rate.perUsd : null;
}
