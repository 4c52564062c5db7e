/**
 * Country names from i18n-iso-countries, a maintained list (build only:
 * the page gets the few names it uses, never the package). House style
 * overrides a handful where the list's official name is not the one the
 * story writes ("Russia", not "Russian Federation"; "Palestinian
 * territories", as the map's editorial line has it).
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { CountryNames } from '../../lib/model/countryNames.ts';

const require = createRequire(import.meta.url);
const LIST_LANGUAGE: Record<Locale, string> = { en: 'en', uk: 'uk', 'az-Latn': 'az' };
for (const language of Object.values(LIST_LANGUAGE)) {
  countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
}

/** House style, where it differs from the list. */
const OVERRIDES: Record<Locale, Record<string, string>> = {
  en: {
    PS: 'Palestinian territories',
    RU: 'Russia',
    IR: 'Iran',
    SY: 'Syria',
    MD: 'Moldova',
    CZ: 'Czechia',
    MK: 'North Macedonia',
    XK: 'Kosovo',
  },
  uk: { PS: 'Палестинські території' },
  'az-Latn': { PS: 'Fələstin əraziləri', CZ: 'Çexiya' },
};

/**
 * @example countryNamesFor('uk', ['AZ', 'UA']) // { AZ: 'Азербайджан', UA: 'Україна' }
 */
export function countryNamesFor(tag: Locale, codes: Iterable<string>): CountryNames {
  const names: Record<string, string> = {};
  for (const code of [...new Set(codes)].sort()) {
    const name = OVERRIDES[tag][code] ?? countries.getName(code, LIST_LANGUAGE[tag]);
    if (name) names[code] = name;
  }
  return names;
}
