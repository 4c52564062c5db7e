/**
 * A language's LocaleFormat, made at build time: separators and month
 * names from Intl in Node (full ICU), words and word order from the
 * language's UI catalogue (the `date.`, `qualifier.`, `number.`,
 * `currency.`, `rate.`, `item.` and `cargo.` keys). The page gets the
 * result in its data file, so the browser needs no locale data of its own.
 */
import { CARGO_ITEMS, CURRENCIES } from '../../data/schema.ts';
import { readGenitiveAfter, readNounAfterMillion } from '../../data/translations/grammarValues.ts';
import { PLURAL_FORMS, type LocaleFormat, type PluralWords } from '../../lib/i18n/localeFormat.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { UiStrings } from '../../lib/i18n/uiStrings.ts';

/** The digit group and decimal separators Intl uses for the language. */
export function intlSeparators(tag: Locale): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** Month names alone ("серпень") and after a day ("13 серпня" → "серпня"), from Intl. */
export function intlMonths(tag: Locale): {
  months: string[];
  monthsInDate: string[];
  monthsShort: string[];
} {
  const months: string[] = [];
  const monthsInDate: string[] = [];
  const monthsShort: string[] = [];
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2025, m, 13));
    const alone = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(date);
    const withDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' })
      .formatToParts(date)
      .find((p) => p.type === 'month')?.value;
    months.push(alone);
    monthsShort.push(
      new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }).format(date),
    );
    monthsInDate.push(withDay ?? alone);
  }
  return { months, monthsInDate, monthsShort };
}

function plural(strings: UiStrings, prefix: string): PluralWords {
  const words = {} as PluralWords;
  for (const form of PLURAL_FORMS) words[form] = strings[`${prefix}.${form}` as keyof UiStrings];
  return words;
}

// check:data refuses a grammar value these cannot read (checkUiCatalogue.ts); the defaults are English's.
const nounForm = (text: string) => {
  const reading = readNounAfterMillion(text);
  return 'value' in reading ? reading.value : 'other';
};
const genitiveAfter = (text: string) => {
  const reading = readGenitiveAfter(text);
  return 'value' in reading ? reading.value : [];
};

/**
 * @example buildLocaleFormat('uk', ukStrings).months[7] // 'серпень'
 */
export function buildLocaleFormat(tag: Locale, strings: UiStrings): LocaleFormat {
  const currency = {} as LocaleFormat['currency'];
  const ratePer = {} as LocaleFormat['ratePer'];
  for (const c of CURRENCIES) {
    currency[c] = {
      template: strings[`currency.${c}`],
      noun: plural(strings, `currency.${c}`),
    };
    ratePer[c] = strings[`rate.per.${c}`];
  }
  const items = {} as LocaleFormat['items'];
  for (const item of CARGO_ITEMS) {
    if (item !== 'cable-and-wire-m') items[item] = plural(strings, `item.${item}`);
  }
  // English month names are house style already; Intl gives the same.
  return {
    tag,
    ...intlSeparators(tag),
    ...intlMonths(tag),
    monthYear: strings['date.monthYear'],
    dayMonthYear: strings['date.dayMonthYear'],
    dayMonth: strings['date.dayMonth'],
    between: strings['date.between'],
    betweenDays: strings['date.betweenDays'],
    undated: strings['date.undated'],
    qualifiers: {
      about: strings['qualifier.about'],
      'more-than': strings['qualifier.more-than'],
      'at-least': strings['qualifier.at-least'],
      'up-to': strings['qualifier.up-to'],
    },
    million: strings['number.million'],
    billion: strings['number.billion'],
    compact: {
      thousand: strings['number.compact.thousand'],
      million: strings['number.compact.million'],
      billion: strings['number.compact.billion'],
    },
    scaledNounForm: nounForm(strings['grammar.nounAfterMillion']),
    genitiveAfter: genitiveAfter(strings['grammar.genitiveAfter']),
    currency,
    usdEquivalent: strings['money.usdEquivalent'],
    ratePer,
    items,
    cableMetres: strings['cargo.cableMetres'],
    cableNotGiven: strings['cargo.cableNotGiven'],
    countNotGiven: strings['cargo.countNotGiven'],
    kilometres: strings['cargo.kilometres'],
  };
}
