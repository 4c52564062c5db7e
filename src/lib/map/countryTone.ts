/**
 * How a country is painted at a step: the two countries the story is about
 * stand out when highlighted, other highlighted countries are in focus,
 * and everything else recedes. The legend names the same groups.
 */
export const STANDOUT_COUNTRIES: ReadonlySet<string> = new Set(['AZ', 'UA']);

export type CountryTone = 'standout' | 'focus' | 'recede';

/** @example countryTone('GE', new Set(['AZ', 'GE'])) // 'focus' */
export function countryTone(id: string, highlighted: ReadonlySet<string>): CountryTone {
  if (!highlighted.has(id)) return 'recede';
  return STANDOUT_COUNTRIES.has(id) ? 'standout' : 'focus';
}
