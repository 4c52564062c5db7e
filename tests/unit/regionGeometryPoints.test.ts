/**
 * Where places fall in the committed geometry (static/geo/region.topo.json),
 * as a reader would check the map: Ukraine with its internationally
 * recognised borders (Crimea included, and hatched as occupied), Gaza in
 * the Palestinian territories, Sumgait and Baku on Azerbaijan's land.
 */
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const topology = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;
// A missing object gives no shapes, so each check below fails on its own.
const shapesOf = (name: string) => {
  const object = topology.objects[name] as GeometryCollection | undefined;
  const collection = object ? (feature(topology, object) as FeatureCollection<Geometry>) : null;
  return new Map((collection?.features ?? []).map((f) => [String(f.id), f]));
};
const countries = shapesOf('countries');
const overlays = shapesOf('overlays');

/** The ids of the countries whose shape holds the point. */
const countriesAt = (lon: number, lat: number) =>
  [...countries].filter(([, f]) => geoContains(f, [lon, lat])).map(([id]) => id);

describe('static/geo/region.topo.json: places fall in the right shape', () => {
  it.each([
    ['Simferopol', 34.1, 44.95, 'UA'],
    ['Sevastopol', 33.52, 44.6, 'UA'],
    ['Kerch', 36.47, 45.36, 'UA'],
    ['Kyiv', 30.52, 50.45, 'UA'],
    ['Odesa', 30.73, 46.48, 'UA'],
    ['Gaza City', 34.45, 31.5, 'PS'],
    ['Ramallah', 35.2, 31.9, 'PS'],
    ['Sumgait', 49.67, 40.59, 'AZ'],
    ['Baku', 49.87, 40.41, 'AZ'],
    ['Tbilisi', 44.79, 41.72, 'GE'],
    ['Moscow', 37.62, 55.75, 'RU'],
    ['Rostov-on-Don', 39.72, 47.23, 'RU'],
  ])('%s (%f, %f) is in %s and in no other country', (_name, lon, lat, id) => {
    expect(countriesAt(lon, lat)).toEqual([id]);
  });

  it.each([
    ['Simferopol', 34.1, 44.95, true],
    ['Sevastopol', 33.52, 44.6, true],
    ['Kerch', 36.47, 45.36, true],
    ['Kyiv', 30.52, 50.45, false],
    ['Odesa', 30.73, 46.48, false],
    ['Kherson', 32.62, 46.64, false],
    ['Rostov-on-Don', 39.72, 47.23, false],
  ])('%s (%f, %f) is inside the hatched Crimea outline: %s', (_name, lon, lat, inside) => {
    const crimea = overlays.get('crimea');
    expect(crimea).toBeDefined();
    expect(geoContains(crimea!, [lon, lat])).toBe(inside);
  });

  it('says the hatched outline is part of Ukraine, held by Russia since 2014', () => {
    expect(overlays.get('crimea')?.properties).toEqual({
      kind: 'occupied',
      name: 'Crimea',
      partOf: 'UA',
      heldBy: 'RU',
      since: 2014,
    });
  });
});
