/**
 * Short money labels for the timeline, keeping the source's qualifier in
 * words: "about $34m", "more than $45m", "$7.6m", "more than 70m manats".
 * The full wording ("more than $45 million") is in formatAmount.ts, and so
 * is the one rounding rule both follow: a figure that fits in two decimals
 * of its unit is shown as it is ("$7.65m"); a longer one is rounded to one
 * decimal in the direction that keeps its claim true (a "more than" figure
 * down, an "up to" figure up), and an exact figure that had to be rounded
 * says "about".
 */
import type { Amount } from '../../data/schema.ts';
import { QUALIFIER_WORDS, hasAtMostDecimals, roundToStep, roundingFor } from './formatAmount.ts';

const UNITS = [
  [1e9, 'bn'],
  [1e6, 'm'],
  [1e3, 'k'],
] as const;

/** The figure in its unit, and whether it had to be rounded. */
function compactNumber(amount: Amount): { text: string; rounded: boolean } {
  for (const [size, suffix] of UNITS) {
    const scaled = amount.value / size;
    if (hasAtMostDecimals(scaled, 2)) {
      if (scaled >= 1) return { text: `${+scaled.toFixed(2)}${suffix}`, rounded: false };
      continue;
    }
    const shown = roundToStep(scaled, 0.1, roundingFor(amount.qualifier));
    // 999,999 would round to "1000k": the larger unit says it ("1m").
    if (shown < 1 || (shown >= 1000 && size < 1e9)) continue;
    return { text: `${+shown.toFixed(1)}${suffix}`, rounded: true };
  }
  return { text: String(amount.value), rounded: false };
}

/**
 * @example formatCompactMoney({value: 45e6, currency: 'USD', qualifier: 'more-than'}) // 'more than $45m'
 * @example formatCompactMoney({value: 45_961_234, currency: 'USD', qualifier: 'more-than'}) // 'more than $45.9m'
 */
export function formatCompactMoney(amount: Amount): string {
  const { text, rounded } = compactNumber(amount);
  const money =
    amount.currency === 'USD'
      ? `$${text}`
      : amount.currency === 'EUR'
        ? `€${text}`
        : `${text} manats`;
  const qualifier = rounded && amount.qualifier === 'exact' ? 'about' : amount.qualifier;
  return QUALIFIER_WORDS[qualifier] + money;
}
