/**
 * Short money labels for the timeline, keeping the source's qualifier in
 * words: "about $34m", "more than $45m", "$7.6m", "more than 70m manats".
 * The full wording ("more than $45 million") is in formatAmount.ts.
 */
import type { Amount } from '../../data/schema.ts';
import { QUALIFIER_WORDS } from './formatAmount.ts';

function compactNumber(value: number): string {
  if (value >= 1e9) return `${+(value / 1e9).toFixed(1)}bn`;
  if (value >= 1e6) return `${+(value / 1e6).toFixed(1)}m`;
  if (value >= 1e3) return `${+(value / 1e3).toFixed(0)}k`;
  return String(value);
}

/**
 * @example formatCompactMoney({value: 45e6, currency: 'USD', qualifier: 'more-than'}) // 'more than $45m'
 */
export function formatCompactMoney(amount: Amount): string {
  const n = compactNumber(amount.value);
  const money =
    amount.currency === 'USD' ? `$${n}` : amount.currency === 'EUR' ? `€${n}` : `${n} manats`;
  return QUALIFIER_WORDS[amount.qualifier] + money;
}
