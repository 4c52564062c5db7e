import { MAP_REGION, isInsideMapRegion } from './mapRegion.ts';
import type { Problem } from '../lib/model/problem.ts';
import { type Locate, nowhere, reporter } from './reportProblem.ts';
import type { Dataset } from './schema.ts';

/** Warns about places outside MAP_REGION: their markers would float over nothing. */
export function checkMapRegion(data: Pick<Dataset, 'places'>, locate: Locate = nowhere): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, locate);
  const { west, east, south, north } = MAP_REGION;
  data.places.forEach((place, i) => {
    if (isInsideMapRegion(place.lon, place.lat)) return;
    const swapped = isInsideMapRegion(place.lat, place.lon);
    const lonOutside = place.lon < west || place.lon > east;
    report(
      'warning',
      'outside-map',
      'places.json',
      ['places', i, lonOutside ? 'lon' : 'lat'],
      `place "${place.id}" (lon ${place.lon}, lat ${place.lat}) is outside the map, which shows ${west}°E–${east}°E and ${south}°N–${north}°N`,
      swapped
        ? 'lon and lat look swapped: lon is degrees east, lat degrees north (Kyiv: lon 30.52, lat 50.45)'
        : 'check lon (degrees east) and lat (degrees north); to show places further away, the map region in src/data/mapRegion.ts must grow',
      [place.id],
    );
  });
  return problems;
}
