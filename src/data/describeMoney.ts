import { QUALIFIER_WORDS } from '../lib/format/formatAmount.ts';
import type { Amount } from './schema.ts';

function describeNumber(value: number): string {
  if (Math.abs(value) >= 1e6) {
    return `${Number((value / 1e6).toFixed(2)).toLocaleString('en-US')} million`;
  }
  return Math.round(value).toLocaleString('en-US');
}

/** For editors' messages, with the currency code: `$34 million`, `70 million AZN`. */
export function describeMoney(value: number, currency: string): string {
  return currency === 'USD' ? `$${describeNumber(value)}` : `${describeNumber(value)} ${currency}`;
}

/** The amount in the source's words: `more than 70 million AZN`. */
export function describeAmount(amount: Amount): string {
  return `${QUALIFIER_WORDS[amount.qualifier]}${describeMoney(amount.value, amount.currency)}`;
}
