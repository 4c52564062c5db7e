import { countryName, type CountryNames } from './countryNames.ts';
import type { Place } from '../../data/schema.ts';

/**
 * The places that stand for a whole country because the reports name no
 * city there (a `territory` named as its country, like "Ukraine"): the
 * legend and the text equivalent say so, so the label itself can read
 * naturally.
 * @example placesWithoutCity([sumgait, ukraine, gaza], countryNames) // ['Ukraine']
 */
export function placesWithoutCity(
  places: readonly Pick<Place, 'name' | 'kind' | 'country'>[],
  countryNames: CountryNames,
): string[] {
  return places
    .filter((p) => p.kind === 'territory' && p.name === countryName(p.country, countryNames))
    .map((p) => p.name);
}
