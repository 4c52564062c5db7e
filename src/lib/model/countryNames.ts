/**
 * Country names for ISO 3166-1 alpha-2 codes, in the page's language. The
 * build takes them from i18n-iso-countries (src/build/i18n/countryNamesFor.ts)
 * for the codes the story uses, and ships them in the page's data, so text
 * descriptions never depend on the geometry file having loaded. Unknown
 * codes fall back to the code itself.
 */
export type CountryNames = Readonly<Record<string, string>>;

export function countryName(code: string, names: CountryNames): string {
  return names[code] ?? code;
}
