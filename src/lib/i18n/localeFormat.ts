/**
 * What the formatters in src/lib/format need to write numbers, money,
 * quantities and dates in one language. Built at build time
 * (src/build/i18n/buildLocaleFormat.ts) from Intl in Node (separators,
 * month names, date order) and the language's UI catalogue (words), and
 * shipped in that language's data file only: a page carries its own
 * language and no other.
 */
import type { CargoItem, Currency, Qualifier } from '../../data/schema.ts';
import type { Locale } from './locales.ts';

/** A noun's forms by plural category (Intl.PluralRules); English uses one and other. */
export interface PluralWords {
  one: string;
  few: string;
  many: string;
  other: string;
}

export interface LocaleFormat {
  tag: Locale;
  /** Digit group and decimal separators ("," "." in English, no-break space and "," in Ukrainian). */
  group: string;
  decimal: string;
  /** Month names standing alone ("August 2025", "серпень 2025"). */
  months: string[];
  /** Month names after a day ("13 August", "13 серпня"). */
  monthsInDate: string[];
  /** Short month names for the timeline's ticks ("Aug", "серп."). */
  monthsShort: string[];
  /** Templates: {month} {year}; {day} {month} {year}. */
  monthYear: string;
  dayMonthYear: string;
  /** A day in a range whose year is said once, after its end: "27 January" (and 28 February 2026). */
  dayMonth: string;
  /**
   * "between {from} and {to}". Within one year {from} leaves the year to {to}:
   * the day alone in one month, else dayMonth ("27 January") or the month.
   */
  between: string;
  /**
   * The same for two days: "між {from} і {to}" in Ukrainian, whose month
   * names after "між" would need a case the catalogue does not give.
   */
  betweenDays: string;
  undated: string;
  /** Templates around a figure with its noun: "about {x}", "{x}{abl} çox" (see qualify.ts). */
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string>;
  /** Words after a figure in millions and billions ("million", "млн"). */
  million: string;
  billion: string;
  /** Compact figures for the timeline's labels: "{x}m" ($45m), "{x} млн". */
  compact: { thousand: string; million: string; billion: string };
  /** The noun's plural form after "million" ("other": manats; "many": манатів). */
  scaledNounForm: keyof PluralWords;
  /**
   * Qualifiers whose word governs the genitive (Ukrainian "близько", "до"):
   * after them a count that would take the nominative takes the genitive
   * (pluralWord.ts). Empty in English and Azerbaijani.
   */
  genitiveAfter: readonly Exclude<Qualifier, 'exact'>[];
  /** Template around the figure: "${x}" or "{x} {noun}" (45 млн доларів), and the noun's forms. */
  currency: Record<Currency, { template: string; noun: PluralWords }>;
  /** "{usd} at {rate}" with rate from ratePer: "{rate} manats per dollar". */
  usdEquivalent: string;
  ratePer: Record<Currency, string>;
  /** Cargo nouns by plural category; cable and wire in metres. */
  items: Record<Exclude<CargoItem, 'cable-and-wire-m'>, PluralWords>;
  cableMetres: string;
  cableNotGiven: string;
  /** "{items} (number not given)", with the plural noun. */
  countNotGiven: string;
  kilometres: string;
}

/** The plural categories a catalogue gives a noun in (Intl.PluralRules' names). */
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

const EN_ALL = (one: string, other: string): PluralWords => ({
  one,
  few: other,
  many: other,
  other,
});

/** The one list of English month names (fuzzyDate's MONTHS and the timeline's ticks read it through EN_FORMAT). */
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * English, as the formatters wrote it before there were other languages;
 * the default for every formatter, and for editors' messages. A test checks
 * that the build makes the same from data/ui/en.json.
 */
export const EN_FORMAT: LocaleFormat = {
  tag: 'en',
  group: ',',
  decimal: '.',
  months: ENGLISH_MONTHS,
  // English months take no case in a date: the same list.
  monthsInDate: ENGLISH_MONTHS,
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthYear: '{month} {year}',
  dayMonthYear: '{day} {month} {year}',
  dayMonth: '{day} {month}',
  betweenDays: 'between {from} and {to}',
  between: 'between {from} and {to}',
  undated: 'no date given',
  qualifiers: {
    about: 'about {x}',
    'more-than': 'more than {x}',
    'at-least': 'at least {x}',
    'up-to': 'up to {x}',
  },
  million: 'million',
  billion: 'billion',
  compact: { thousand: '{x}k', million: '{x}m', billion: '{x}bn' },
  scaledNounForm: 'other',
  genitiveAfter: [],
  currency: {
    USD: { template: '${x}', noun: EN_ALL('dollar', 'dollars') },
    EUR: { template: '€{x}', noun: EN_ALL('euro', 'euros') },
    AZN: { template: '{x} {noun}', noun: EN_ALL('manat', 'manats') },
  },
  usdEquivalent: '{usd} at {rate}',
  ratePer: {
    USD: '{rate} dollars per dollar',
    AZN: '{rate} manats per dollar',
    EUR: '{rate} euros per dollar',
  },
  items: {
    generators: EN_ALL('generator', 'generators'),
    transformers: EN_ALL('transformer', 'transformers'),
    'transformer-substations': EN_ALL('transformer substation', 'transformer substations'),
    'transformers-and-substations': EN_ALL(
      'transformer or substation',
      'transformers and substations',
    ),
    'low-voltage-panels': EN_ALL('low-voltage panel', 'low-voltage panels'),
    trucks: EN_ALL('truck', 'trucks'),
  },
  cableMetres: '{x} m of cable and wire',
  cableNotGiven: 'cable and wire (length not given)',
  countNotGiven: '{items} (number not given)',
  kilometres: '{x} km',
};
