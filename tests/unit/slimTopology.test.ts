import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { slimTopology } from '../../src/build/slimTopology.ts';
import { readGeometry } from '../../src/lib/map/readGeometry.ts';

const region = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;
const slim = slimTopology(region);
const geometries = (t: Topology, name: string) =>
  (t.objects[name] as GeometryCollection).geometries;

describe('slimTopology(topology): the shapes readers get', () => {
  it.each([
    ['a country with an id loses its name', { id: 'UA', properties: { name: 'Ukraine' } }, false],
    ['a country without an id keeps its name, its only id', { properties: { name: 'X' } }, true],
  ])('%s', (_what, fields, kept) => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
      objects: {
        countries: {
          type: 'GeometryCollection',
          geometries: [{ type: 'LineString', arcs: [0], ...fields }],
        },
      },
    } as unknown as Topology;
    const [country] = geometries(slimTopology(topology), 'countries');
    expect('properties' in country!).toBe(kept);
    // The input is left as it was: the build-time renderer reads it too.
    expect(geometries(topology, 'countries')[0]!.properties).toEqual(fields.properties);
  });

  it('keeps the overlays (occupied areas) as they are', () => {
    expect(slim.objects.overlays).toEqual(region.objects.overlays);
  });

  it('draws the same map: every country keeps its id and shape, the occupied areas theirs', () => {
    const before = readGeometry(region);
    const after = readGeometry(slim);
    if (!before.ok || !after.ok) throw new Error('the region file must read');
    expect(after.countries.map((c) => [c.id, c.feature.geometry])).toEqual(
      before.countries.map((c) => [c.id, c.feature.geometry]),
    );
    expect(after.occupied).toEqual(before.occupied);
  });

  it('is smaller', () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(region).length - 1000);
  });
});
