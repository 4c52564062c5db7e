/**
 * Everything one language's page needs to speak it, made at build time
 * (src/build/i18n/buildLocalePack.ts) and shipped in that page's data
 * file: its UI strings, its number and date format, the country names the
 * story uses, and the published languages for the switcher.
 */
import type { LocaleFormat } from './localeFormat.ts';
import type { Locale } from './locales.ts';
import { translator, type Translate, type UiStrings } from './uiStrings.ts';
import type { CountryNames } from '../model/countryNames.ts';

export interface LanguageLink {
  tag: Locale;
  /** The page's folder ("" for English at the root). */
  folder: string;
  /** The language's name in itself. */
  name: string;
}

export interface LocalePack {
  tag: Locale;
  folder: string;
  format: LocaleFormat;
  strings: UiStrings;
  countryNames: CountryNames;
  /** Our translations of verbatim excerpts, by quoteKey(source, excerpt); empty in English. */
  quotes: Record<string, string>;
  /** Every published language, this one included, in the switcher's order. */
  languages: LanguageLink[];
}

/** What text-making functions take to speak the page's language. */
export interface Speech {
  t: Translate;
  format: LocaleFormat;
  countryNames: CountryNames;
  /** Names of the hatched areas by id ("crimea" → "Крим"), from the catalogue's `area.` keys. */
  areaNames: Readonly<Record<string, string>>;
}

/** A hatched area's name in the page's language; the map file's English name otherwise. */
export function areaName(
  area: { id?: string; name: string },
  speech: Pick<Speech, 'areaNames'>,
): string {
  return (area.id !== undefined ? speech.areaNames[area.id] : undefined) ?? area.name;
}

export function speechOf(pack: Pick<LocalePack, 'strings' | 'format' | 'countryNames'>): Speech {
  const areaNames: Record<string, string> = {};
  for (const [key, text] of Object.entries(pack.strings)) {
    if (key.startsWith('area.')) areaNames[key.slice('area.'.length)] = text;
  }
  return {
    t: translator(pack.strings),
    format: pack.format,
    countryNames: pack.countryNames,
    areaNames,
  };
}

/** The key of a quote's translation in LocalePack.quotes. */
export function quoteKey(source: string, excerpt: string): string {
  return `${source}\n${excerpt}`;
}
