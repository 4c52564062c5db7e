import { countryName } from '../model/countryNames.ts';
import type { OccupiedShape } from '../map/readOccupiedAreas.ts';

/**
 * The legend's line for a hatched area.
 * @example describeOccupation(crimea) // 'Crimea: part of Ukraine, occupied by Russia since 2014'
 */
export function describeOccupation(
  area: Pick<OccupiedShape, 'name' | 'partOf' | 'heldBy' | 'since'>,
): string {
  return `${area.name}: part of ${countryName(area.partOf)}, occupied by ${countryName(area.heldBy)} since ${area.since}`;
}
