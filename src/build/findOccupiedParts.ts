import { geoCentroid, geoContains } from 'd3-geo';
import type { Geometry, Polygon } from 'geojson';
import { splitPolygons } from './cutTopology.ts';

/**
 * The polygons of a country's de facto shape that lie in another country's
 * de jure shape: how the build finds Crimea's outline (Russia's shape in
 * Natural Earth's de facto data, inside Ukraine's shape in its UN-view
 * data) without a coordinate typed by hand. A polygon counts when its
 * spherical centroid lies inside both itself (so a crescent whose centroid
 * falls outside it is not misjudged) and the de jure shape. The inputs are
 * not modified.
 * @example findOccupiedParts(russiaDeFacto, ukraineDeJure) // [Crimea]
 */
export function findOccupiedParts(deFacto: Geometry | null, deJure: Geometry | null): Polygon[] {
  if (!deJure) return [];
  return splitPolygons(deFacto).filter((polygon) => {
    const centroid = geoCentroid(polygon);
    return geoContains(polygon, centroid) && geoContains(deJure, centroid);
  });
}
