/**
 * English names for the ISO 3166-1 alpha-2 codes the map can show. Text
 * descriptions use these, so they never depend on the geometry file having
 * loaded. Unknown codes fall back to the code itself.
 */
const NAMES: Record<string, string> = {
  AL: 'Albania',
  AM: 'Armenia',
  AT: 'Austria',
  AZ: 'Azerbaijan',
  BA: 'Bosnia and Herzegovina',
  BG: 'Bulgaria',
  BY: 'Belarus',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  EG: 'Egypt',
  FI: 'Finland',
  GE: 'Georgia',
  GR: 'Greece',
  HR: 'Croatia',
  HU: 'Hungary',
  IL: 'Israel',
  IQ: 'Iraq',
  IR: 'Iran',
  IT: 'Italy',
  JO: 'Jordan',
  KZ: 'Kazakhstan',
  LB: 'Lebanon',
  LT: 'Lithuania',
  LV: 'Latvia',
  MD: 'Moldova',
  ME: 'Montenegro',
  MK: 'North Macedonia',
  PL: 'Poland',
  PS: 'Palestinian territories',
  RO: 'Romania',
  RS: 'Serbia',
  RU: 'Russia',
  SA: 'Saudi Arabia',
  SE: 'Sweden',
  SI: 'Slovenia',
  SK: 'Slovakia',
  SY: 'Syria',
  TM: 'Turkmenistan',
  TR: 'Türkiye',
  UA: 'Ukraine',
  UZ: 'Uzbekistan',
  XK: 'Kosovo',
};

export function countryName(code: string): string {
  return NAMES[code] ?? code;
}
