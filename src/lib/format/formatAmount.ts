/**
 * Reader-facing wording for money and cargo, in English, keeping the
 * source's own precision ("about $34 million", "more than $45 million").
 *
 * Numbers are formatted by hand rather than with Intl/toLocaleString so the
 * text is identical in Node (prerendering) and in every browser, whatever
 * the host locale: a mismatch would also break hydration.
 */
import type { Amount, CargoItem, CargoLine, Currency, Qualifier, Rate } from '../../data/schema.ts';
import { findRate } from '../model/convertToUsd.ts';

/** The source's precision in words, with a trailing space (none for exact). */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
};

/** "1234567.5" → "1,234,567.5": digits grouped by three with commas. */
function groupThousands(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A number with at most `maxDecimals` decimals, trailing zeros dropped.
 * @example formatNumber(7.60, 2) // "7.6"
 */
function formatNumber(value: number, maxDecimals: number): string {
  const sign = value < 0 ? '-' : '';
  let fixed = Math.abs(value).toFixed(maxDecimals);
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  return sign + groupThousands(fixed);
}

/**
 * A count rounded to a whole number, digits grouped: the same text in Node
 * and every browser, and far cheaper than toLocaleString, which builds a
 * new Intl formatter at each call.
 * @example formatWholeNumber(3470.4) // "3,470"
 */
export function formatWholeNumber(value: number): string {
  return formatNumber(Math.round(value), 0);
}

/** True when `value` is written exactly with at most `decimals` decimals. */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * A source's figure without loss: millions and billions when the figure is
 * a round number of them (at most two decimals: "7.65 million"), otherwise
 * in full ("1,234,567"), so an exact figure is never silently rounded.
 */
function formatSourceFigure(value: number): string {
  for (const [size, word] of [
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (value >= size && hasAtMostDecimals(value / size, 2)) {
      return `${formatNumber(value / size, 2)} ${word}`;
    }
  }
  return formatNumber(value, 2);
}

/** Which way a figure may be rounded. */
export type Rounding = 'down' | 'up' | 'nearest';

/**
 * The direction a figure with this qualifier may be rounded and stay true:
 * a lower bound down, an upper bound up, anything else to the nearest.
 */
export function roundingFor(qualifier: Qualifier): Rounding {
  if (qualifier === 'more-than' || qualifier === 'at-least') return 'down';
  return qualifier === 'up-to' ? 'up' : 'nearest';
}

/**
 * Rounds to a multiple of `step` in the direction that keeps the claim
 * true: "more than 70 million manats" is more than $41.17 million, so it
 * reads "more than $41.1 million", never 41.2; "up to" rounds up.
 */
export function roundToStep(value: number, step: number, rounding: Rounding): number {
  const units = value / step;
  // The epsilon stops 40.0000000001 (float noise) from rounding the wrong way.
  if (rounding === 'down') return Math.floor(units + 1e-9) * step;
  if (rounding === 'up') return Math.ceil(units - 1e-9) * step;
  return Math.round(units) * step;
}

/**
 * A converted figure, already approximate: one decimal for millions
 * ("41.2 million"), whole thousands below a million ("294,000").
 */
function formatConvertedFigure(value: number, rounding: Rounding): string {
  // 999,500 would round to "1,000,000" in thousands; say "1 million".
  if (value >= 999.5e6)
    return `${formatNumber(roundToStep(value / 1e9, 0.1, rounding), 1)} billion`;
  if (value >= 999.5e3)
    return `${formatNumber(roundToStep(value / 1e6, 0.1, rounding), 1)} million`;
  if (value >= 1000) return formatNumber(roundToStep(value, 1000, rounding), 0);
  return formatNumber(roundToStep(value, 1, rounding), 0);
}

function withCurrency(figure: string, currency: Currency, value: number): string {
  if (currency === 'USD') return `$${figure}`;
  if (currency === 'EUR') return `€${figure}`;
  return `${figure} ${value === 1 ? 'manat' : 'manats'}`;
}

/**
 * An amount as a reader sees it, with the source's qualifier.
 * @example formatMoney({ value: 45e6, currency: 'USD', qualifier: 'more-than' }) // "more than $45 million"
 * @example formatMoney({ value: 70e6, currency: 'AZN', qualifier: 'more-than' }) // "more than 70 million manats"
 * @example formatMoney({ value: 950000, currency: 'USD', qualifier: 'exact' }) // "$950,000"
 */
export function formatMoney(amount: Amount): string {
  const figure = formatSourceFigure(amount.value);
  return QUALIFIER_WORDS[amount.qualifier] + withCurrency(figure, amount.currency, amount.value);
}

const CURRENCY_PLURALS: Record<Currency, string> = {
  USD: 'dollars',
  AZN: 'manats',
  EUR: 'euros',
};

/** "1.70" for 1.7, "0.9234" for 0.9234: two to four decimals. */
function formatRate(perUsd: number): string {
  let decimals = 2;
  while (decimals < 4 && !hasAtMostDecimals(perUsd, decimals)) decimals++;
  return groupThousands(perUsd.toFixed(decimals));
}

/**
 * The US-dollar equivalent of a non-dollar amount at the stated rate that
 * covers `date`, with the rate shown; null for dollars or when no rate
 * covers the date. An exact amount becomes "about" (the result is
 * rounded); other qualifiers are kept, so "more than 70 million manats"
 * stays "more than".
 * @example formatUsdEquivalent({ value: 70e6, currency: 'AZN', qualifier: 'about' }, '2025', rates)
 *   // "about $41.2 million at 1.70 manats per dollar"
 */
export function formatUsdEquivalent(
  amount: Amount,
  date: string,
  rates: readonly Rate[],
): string | null {
  if (amount.currency === 'USD') return null;
  const rate = findRate(amount.currency, date, rates);
  if (!rate) return null;
  const usd = amount.value / rate.perUsd;
  const qualifier = amount.qualifier === 'exact' ? 'about ' : QUALIFIER_WORDS[amount.qualifier];
  const per = `${formatRate(rate.perUsd)} ${CURRENCY_PLURALS[amount.currency]} per dollar`;
  const rounding = roundingFor(amount.qualifier);
  return `${qualifier}$${formatConvertedFigure(usd, rounding)} at ${per}`;
}

interface ItemWords {
  one: string;
  many: string;
}

/** Countable items; cable and wire is measured in metres instead. */
const ITEM_WORDS: Record<Exclude<CargoItem, 'cable-and-wire-m'>, ItemWords> = {
  generators: { one: 'generator', many: 'generators' },
  transformers: { one: 'transformer', many: 'transformers' },
  'transformer-substations': { one: 'transformer substation', many: 'transformer substations' },
  'transformers-and-substations': {
    one: 'transformer or substation',
    many: 'transformers and substations',
  },
  'low-voltage-panels': { one: 'low-voltage panel', many: 'low-voltage panels' },
  trucks: { one: 'truck', many: 'trucks' },
};

/**
 * One cargo line as a reader sees it, with the source's qualifier.
 * @example formatQuantity({ item: 'cable-and-wire-m', quantity: 555000, qualifier: 'more-than' })
 *   // "more than 555,000 m of cable and wire"
 * @example formatQuantity({ item: 'generators', quantity: 1 }) // "1 generator"
 * @example formatQuantity({ item: 'transformer-substations' }) // "transformer substations (number not given)"
 */
export function formatQuantity(line: CargoLine): string {
  const { item, quantity } = line;
  if (item === 'cable-and-wire-m') {
    if (quantity === undefined) return 'cable and wire (length not given)';
    return `${QUALIFIER_WORDS[line.qualifier ?? 'exact']}${formatNumber(quantity, 2)} m of cable and wire`;
  }
  const words = ITEM_WORDS[item];
  if (quantity === undefined) return `${words.many} (number not given)`;
  const noun = quantity === 1 ? words.one : words.many;
  return `${QUALIFIER_WORDS[line.qualifier ?? 'exact']}${formatNumber(quantity, 2)} ${noun}`;
}

/**
 * Metres as kilometres for chart labels: whole kilometres from 10 km up,
 * one decimal below.
 * @example formatKilometres(3_353_000) // "3,353 km"
 * @example formatKilometres(2_500) // "2.5 km"
 */
export function formatKilometres(metres: number): string {
  const km = metres / 1000;
  return `${formatNumber(km, Math.abs(km) >= 10 ? 0 : 1)} km`;
}
