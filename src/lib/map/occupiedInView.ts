import { MIN_SPAN_DEG } from './fitCamera.ts';
import type { OccupiedShape } from './readGeometry.ts';

/**
 * The occupied areas a step's map shows, for its legend and text
 * equivalent, which must not depend on the screen's size: an area counts
 * when the centre of its bounds lies in the box of the step's extent (its
 * places, grown to the camera's smallest span). The camera fits that box
 * with padding on every screen, so such an area is on the map whatever the
 * screen; an area only at the map's edge is not mentioned.
 * @example occupiedInView([{ lon: 49.67, lat: 40.59 }, { lon: 31.4, lat: 49 }], [crimea]) // [crimea]
 */
export function occupiedInView(
  extent: readonly { lon: number; lat: number }[],
  areas: readonly OccupiedShape[],
): OccupiedShape[] {
  if (extent.length === 0) return [];
  const lons = extent.map((p) => p.lon);
  const lats = extent.map((p) => p.lat);
  const grow = (min: number, max: number) => {
    const pad = Math.max(0, (MIN_SPAN_DEG - (max - min)) / 2);
    return [min - pad, max + pad] as const;
  };
  const [west, east] = grow(Math.min(...lons), Math.max(...lons));
  const [south, north] = grow(Math.min(...lats), Math.max(...lats));
  return areas.filter(({ bounds: [[w, s], [e, n]] }) => {
    const lon = (w + e) / 2;
    const lat = (s + n) / 2;
    return lon >= west && lon <= east && lat >= south && lat <= north;
  });
}
