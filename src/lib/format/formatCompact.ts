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
import {
  formatNumber,
  hasAtMostDecimals,
  roundToStep,
  roundingFor,
  withCurrency,
} from './formatAmount.ts';
import { EN_FORMAT, type LocaleFormat } from '../i18n/localeFormat.ts';
import { fillIn } from '../i18n/fillIn.ts';
import { qualify } from '../i18n/qualify.ts';

const UNITS = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
] as const;

/** The figure in its unit, and whether it had to be rounded; scaled is false for a bare number. */
function compactNumber(
  amount: Amount,
  fmt: LocaleFormat,
): { text: string; rounded: boolean; scaled: boolean } {
  for (const [size, unit] of UNITS) {
    const scaled = amount.value / size;
    const inUnit = (value: number, decimals: number) =>
      fillIn(fmt.compact[unit], { x: formatNumber(value, decimals, fmt) });
    if (hasAtMostDecimals(scaled, 2)) {
      if (scaled >= 1) return { text: inUnit(scaled, 2), rounded: false, scaled: true };
      continue;
    }
    const shown = roundToStep(scaled, 0.1, roundingFor(amount.qualifier));
    // 999,999 would round to "1000k": the larger unit says it ("1m").
    if (shown < 1 || (shown >= 1000 && size < 1e9)) continue;
    return { text: inUnit(shown, 1), rounded: true, scaled: true };
  }
  return { text: formatNumber(amount.value, 2, fmt), rounded: false, scaled: false };
}

/**
 * @example formatCompactMoney({value: 45e6, currency: 'USD', qualifier: 'more-than'}) // 'more than $45m'
 * @example formatCompactMoney({value: 45_961_234, currency: 'USD', qualifier: 'more-than'}) // 'more than $45.9m'
 */
export function formatCompactMoney(amount: Amount, fmt = EN_FORMAT): string {
  const { text, rounded, scaled } = compactNumber(amount, fmt);
  const qualifier = rounded && amount.qualifier === 'exact' ? 'about' : amount.qualifier;
  // After a unit ("70m manats", "70 млн манатів") the noun takes the scaled form, as in formatMoney.
  const figure = { text, count: scaled ? null : amount.value };
  return qualify(withCurrency(figure, amount.currency, qualifier, fmt), qualifier, fmt);
}
