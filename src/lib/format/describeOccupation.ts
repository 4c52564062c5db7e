import { countryName } from '../model/countryNames.ts';
import type { OccupiedShape } from '../map/readGeometry.ts';
import { areaName, type Speech } from '../i18n/localePack.ts';

/**
 * The legend's line for a hatched area.
 * @example describeOccupation(crimea, speech) // 'Crimea: part of Ukraine, occupied by Russia since 2014'
 */
export function describeOccupation(
  area: Pick<OccupiedShape, 'name' | 'partOf' | 'heldBy' | 'since'> & { id?: string },
  speech: Pick<Speech, 't' | 'countryNames' | 'areaNames'>,
): string {
  const { t, countryNames } = speech;
  return t('describe.occupiedShort', {
    area: areaName(area, speech),
    partOf: countryName(area.partOf, countryNames),
    heldBy: countryName(area.heldBy, countryNames),
    since: area.since,
  });
}
