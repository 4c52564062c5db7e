/**
 * Reader-facing wording for money and cargo in the page's language, keeping
 * the source's own precision ("about $34 million", "понад 45 млн доларів").
 *
 * Numbers are formatted by hand from the language's LocaleFormat (its
 * separators and words, which the build takes from Intl in Node and the UI
 * catalogue) rather than with Intl/toLocaleString in the browser, so the
 * text is identical in Node (prerendering) and in every browser, whatever
 * the host locale: a mismatch would also break hydration. Every formatter
 * takes the format last and defaults to English.
 */
import type { Amount, CargoLine, Currency, Qualifier, Rate } from '../../data/schema.ts';
import { findRate } from '../model/convertToUsd.ts';
import { EN_FORMAT, type LocaleFormat } from '../i18n/localeFormat.ts';
import { fillIn } from '../i18n/fillIn.ts';
import { pluralWord } from '../i18n/pluralWord.ts';
import { qualify } from '../i18n/qualify.ts';

/**
 * The source's precision in English words, with a trailing space (none for
 * exact): editors' messages. Readers get their language's qualify.ts.
 */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
};

/** "1234567.5" → "1,234,567.5" in English, "1 234 567,5" in Ukrainian. */
function groupThousands(fixed: string, fmt: LocaleFormat): string {
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, fmt.group);
  return fraction === undefined ? grouped : `${grouped}${fmt.decimal}${fraction}`;
}

/**
 * A number with at most `maxDecimals` decimals, trailing zeros dropped.
 * @example formatNumber(7.60, 2) // "7.6"
 */
export function formatNumber(value: number, maxDecimals: number, fmt = EN_FORMAT): string {
  const sign = value < 0 ? '-' : '';
  let fixed = Math.abs(value).toFixed(maxDecimals);
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  return sign + groupThousands(fixed, fmt);
}

/**
 * A count rounded to a whole number, digits grouped: the same text in Node
 * and every browser, and far cheaper than toLocaleString, which builds a
 * new Intl formatter at each call.
 * @example formatWholeNumber(3470.4) // "3,470"
 */
export function formatWholeNumber(value: number, fmt = EN_FORMAT): string {
  return formatNumber(Math.round(value), 0, fmt);
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
export interface Figure {
  text: string;
  /** The number a noun after it agrees with; null after "million" (scaledNounForm). */
  count: number | null;
}

function formatSourceFigure(value: number, fmt: LocaleFormat): Figure {
  for (const [size, word] of [
    [1e9, fmt.billion],
    [1e6, fmt.million],
  ] as const) {
    if (value >= size && hasAtMostDecimals(value / size, 2)) {
      return { text: `${formatNumber(value / size, 2, fmt)} ${word}`, count: null };
    }
  }
  return { text: formatNumber(value, 2, fmt), count: value };
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
function formatConvertedFigure(value: number, rounding: Rounding, fmt: LocaleFormat): Figure {
  // 999,500 would round to "1,000,000" in thousands; say "1 million".
  const scaled = (size: number, word: string): Figure => ({
    text: `${formatNumber(roundToStep(value / size, 0.1, rounding), 1, fmt)} ${word}`,
    count: null,
  });
  if (value >= 999.5e6) return scaled(1e9, fmt.billion);
  if (value >= 999.5e3) return scaled(1e6, fmt.million);
  const step = value >= 1000 ? 1000 : 1;
  const shown = roundToStep(value, step, rounding);
  return { text: formatNumber(shown, 0, fmt), count: shown };
}

/**
 * A figure with its currency, the noun agreeing with the count (and with the
 * qualifier's word: "близько 22 доларів"), or in the scaled form after a
 * unit ("45 млн доларів"). The qualifier's own words are qualify's.
 * @example withCurrency({ text: '3', count: 3 }, 'AZN', 'exact', ukFormat) // '3 манати'
 */
export function withCurrency(
  figure: Figure,
  currency: Currency,
  qualifier: Qualifier,
  fmt: LocaleFormat,
): string {
  const { template, noun } = fmt.currency[currency];
  const word =
    figure.count === null
      ? noun[fmt.scaledNounForm]
      : pluralWord(figure.count, noun, fmt, qualifier);
  return fillIn(template, { x: figure.text, noun: word });
}

/**
 * An amount as a reader sees it, with the source's qualifier.
 * @example formatMoney({ value: 45e6, currency: 'USD', qualifier: 'more-than' }) // "more than $45 million"
 * @example formatMoney({ value: 70e6, currency: 'AZN', qualifier: 'more-than' }) // "more than 70 million manats"
 * @example formatMoney({ value: 950000, currency: 'USD', qualifier: 'exact' }) // "$950,000"
 */
export function formatMoney(amount: Amount, fmt = EN_FORMAT): string {
  const figure = formatSourceFigure(amount.value, fmt);
  return qualify(
    withCurrency(figure, amount.currency, amount.qualifier, fmt),
    amount.qualifier,
    fmt,
  );
}

/** "1.70" for 1.7, "0.9234" for 0.9234: two to four decimals. */
function formatRate(perUsd: number, fmt: LocaleFormat): string {
  let decimals = 2;
  while (decimals < 4 && !hasAtMostDecimals(perUsd, decimals)) decimals++;
  return groupThousands(perUsd.toFixed(decimals), fmt);
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
  fmt = EN_FORMAT,
): string | null {
  if (amount.currency === 'USD') return null;
  const rate = findRate(amount.currency, date, rates);
  if (!rate) return null;
  const usd = amount.value / rate.perUsd;
  const qualifier = amount.qualifier === 'exact' ? 'about' : amount.qualifier;
  const rounding = roundingFor(amount.qualifier);
  const dollars = withCurrency(formatConvertedFigure(usd, rounding, fmt), 'USD', qualifier, fmt);
  const per = fillIn(fmt.ratePer[amount.currency], { rate: formatRate(rate.perUsd, fmt) });
  return fillIn(fmt.usdEquivalent, { usd: qualify(dollars, qualifier, fmt), rate: per });
}

/**
 * An amount, then its dollar equivalent in brackets where a rate covers its
 * date: the events table and an event's details say it the same way.
 * @example formatMoneyWithUsd({ value: 70e6, currency: 'AZN', qualifier: 'more-than' }, '2024', rates)
 *   // "more than 70 million manats (more than $41.1 million at 1.70 manats per dollar)"
 */
export function formatMoneyWithUsd(
  amount: Amount,
  date: string,
  rates: readonly Rate[],
  fmt = EN_FORMAT,
): string {
  const money = formatMoney(amount, fmt);
  const usd = formatUsdEquivalent(amount, date, rates, fmt);
  return usd ? `${money} (${usd})` : money;
}

/**
 * What the events table says in a row's figures cell: the amount with its
 * dollar equivalent, then the cargo lines, one line each, empty if neither.
 * @example formatFigureLines({ date: '2023-07-17', amount: { value: 7.6e6, currency: 'USD' }, cargo: [{ item: 'trucks', quantity: 14 }] }, rates)
 *   // "$7.6 million\n14 trucks"
 */
export function formatFigureLines(
  event: { date: string; amount?: Amount; cargo?: readonly CargoLine[] },
  rates: readonly Rate[],
  fmt = EN_FORMAT,
): string {
  const money = event.amount ? formatMoneyWithUsd(event.amount, event.date, rates, fmt) : '';
  const cargo = (event.cargo ?? []).map((line) => formatQuantity(line, fmt)).join('; ');
  return [money, cargo].filter(Boolean).join('\n');
}

/**
 * One cargo line as a reader sees it, with the source's qualifier.
 * @example formatQuantity({ item: 'cable-and-wire-m', quantity: 555000, qualifier: 'more-than' })
 *   // "more than 555,000 m of cable and wire"
 * @example formatQuantity({ item: 'generators', quantity: 1 }) // "1 generator"
 * @example formatQuantity({ item: 'transformer-substations' }) // "transformer substations (number not given)"
 */
export function formatQuantity(line: CargoLine, fmt = EN_FORMAT): string {
  const { item, quantity } = line;
  const qualifier = line.qualifier ?? 'exact';
  if (item === 'cable-and-wire-m') {
    if (quantity === undefined) return fmt.cableNotGiven;
    return qualify(fillIn(fmt.cableMetres, { x: formatNumber(quantity, 2, fmt) }), qualifier, fmt);
  }
  const words = fmt.items[item];
  // "few" is the plain plural in every language here (генератори, not генераторів).
  if (quantity === undefined) return fillIn(fmt.countNotGiven, { items: words.few });
  const noun = pluralWord(quantity, words, fmt, qualifier);
  return qualify(`${formatNumber(quantity, 2, fmt)} ${noun}`, qualifier, fmt);
}

/**
 * Metres as kilometres for chart labels: whole kilometres from 10 km up,
 * one decimal below.
 * @example formatKilometres(3_353_000) // "3,353 km"
 * @example formatKilometres(2_500) // "2.5 km"
 */
export function formatKilometres(metres: number, fmt = EN_FORMAT): string {
  const km = metres / 1000;
  return fillIn(fmt.kilometres, { x: formatNumber(km, Math.abs(km) >= 10 ? 0 : 1, fmt) });
}
