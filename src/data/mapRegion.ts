/**
 * The part of the world the map can show: Central Europe to the Caspian,
 * down to Gaza. `npm run geo` cuts the country shapes to this box, and the
 * data check warns about places outside it (they would float over nothing).
 */
export const MAP_REGION = {
  west: 10,
  south: 28,
  east: 58,
  north: 57,
} as const;

export function isInsideMapRegion(lon: number, lat: number): boolean {
  return (
    lon >= MAP_REGION.west &&
    lon <= MAP_REGION.east &&
    lat >= MAP_REGION.south &&
    lat <= MAP_REGION.north
  );
}
