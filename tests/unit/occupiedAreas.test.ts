/**
 * The hatched areas: decoding them from the geometry file at build,
 * choosing those in a step's view, and their words.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { describeOccupation } from '../../src/lib/format/describeOccupation.ts';
import { enSpeech } from './fixtures/localeFormats.ts';
import { occupiedInView } from '../../src/lib/map/occupiedInView.ts';
import { placesWithoutCity } from '../../src/lib/model/placesWithoutCity.ts';
import type { OccupiedShape } from '../../src/lib/map/readGeometry.ts';
import { readOccupiedAreas } from '../../src/build/readOccupiedAreas.ts';
import { projectShapes } from '../../src/build/projectShapes.ts';

const region = () => JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;

const square = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0],
];

function withOverlay(properties: Record<string, unknown>, id: unknown = 'crimea'): Topology {
  return topology({
    overlays: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id,
          properties,
          geometry: { type: 'Polygon', coordinates: [square(32.5, 44.4, 36.6, 46.2)] },
        },
      ],
    } as FeatureCollection,
  }) as Topology;
}
const CRIMEA = { kind: 'occupied', name: 'Crimea', partOf: 'UA', heldBy: 'RU', since: 2014 };

describe('readOccupiedAreas', () => {
  it('readOccupiedAreas(static/geo/region.topo.json) gives Crimea, part of UA, held by RU since 2014, with its bounds', () => {
    const [crimea, ...rest] = readOccupiedAreas(region());
    expect(rest).toEqual([]);
    expect(crimea).toMatchObject({
      id: 'crimea',
      name: 'Crimea',
      partOf: 'UA',
      heldBy: 'RU',
      since: 2014,
    });
    const [[west, south], [east, north]] = crimea!.bounds;
    // Crimea spans about 32.5–36.6°E and 44.4–46.2°N.
    expect(west).toBeCloseTo(32.5, 0);
    expect(south).toBeCloseTo(44.4, 0);
    expect(east).toBeCloseTo(36.6, 0);
    expect(north).toBeCloseTo(46.2, 0);
  });

  it('projectShapes(static/geo/region.topo.json) carries the occupied areas beside the countries', () => {
    expect(projectShapes(region()).occupied.map((a) => a.id)).toEqual(['crimea']);
  });

  it.each([
    [
      'no overlays object',
      () => ({ ...region(), objects: { countries: region().objects.countries } }),
    ],
  ])('projectShapes(region with %s) still decodes, with no occupied areas', (_name, make) => {
    expect(projectShapes(make() as Topology).occupied).toEqual([]);
  });

  it('projectShapes(region whose overlays are not a geometry collection) stops the build', () => {
    const damaged = region();
    (damaged.objects as Record<string, unknown>).overlays = { type: 'Polygon', arcs: [[0]] };
    expect(() => projectShapes(damaged)).toThrow(/overlays is not a geometry collection/);
  });

  it.each([
    ['another kind', { ...CRIMEA, kind: 'disputed' }, 'crimea'],
    ['no name', { ...CRIMEA, name: undefined }, 'crimea'],
    ['a year as text', { ...CRIMEA, since: '2014' }, 'crimea'],
    ['no holder', { ...CRIMEA, heldBy: null }, 'crimea'],
    ['a numeric id', CRIMEA, 7],
  ])('readOccupiedAreas(overlay with %s) leaves it out', (_name, properties, id) => {
    expect(readOccupiedAreas(withOverlay(properties, id))).toEqual([]);
  });

  it('readOccupiedAreas(well-formed overlay) keeps it', () => {
    expect(readOccupiedAreas(withOverlay(CRIMEA)).map((a) => a.name)).toEqual(['Crimea']);
  });
});

describe('occupiedInView', () => {
  const crimea = {
    id: 'crimea',
    bounds: [
      [32.5, 44.4],
      [36.6, 46.2],
    ],
  } as OccupiedShape;
  const SUMGAIT = { lon: 49.67, lat: 40.59 };
  const UKRAINE = { lon: 31.4, lat: 49 };
  const KYIV = { lon: 30.52, lat: 50.45 };
  const GAZA = { lon: 34.47, lat: 31.5 };
  const TBILISI = { lon: 44.79, lat: 41.72 };
  it.each([
    ['Sumgait and Ukraine', [SUMGAIT, UKRAINE], ['crimea']],
    ['Sumgait, Ukraine, Gaza and Tbilisi', [SUMGAIT, UKRAINE, GAZA, TBILISI], ['crimea']],
    ['Kyiv alone (a 6° view around it)', [KYIV], []],
    ['Gaza alone', [GAZA], []],
    ['Gaza and Tbilisi', [GAZA, TBILISI], []],
    ['no places', [], []],
  ])('occupiedInView(extent of %s, [crimea]) is %j', (_name, extent, ids) => {
    const before = structuredClone(extent);
    expect(occupiedInView(extent, [crimea]).map((a) => a.id)).toEqual(ids);
    expect(extent).toEqual(before);
  });
});

describe('describeOccupation', () => {
  it('describeOccupation(crimea) names the area, its country, the occupier and the year', () => {
    expect(
      describeOccupation({ name: 'Crimea', partOf: 'UA', heldBy: 'RU', since: 2014 }, enSpeech),
    ).toBe('Crimea: part of Ukraine, occupied by Russia since 2014');
  });
});

describe('placesWithoutCity', () => {
  it.each([
    [
      'Ukraine, a territory named as its country',
      [{ name: 'Ukraine', kind: 'territory', country: 'UA' }],
      ['Ukraine'],
    ],
    [
      'Gaza, a territory named for itself',
      [{ name: 'Gaza', kind: 'territory', country: 'PS' }],
      [],
    ],
    ['Kyiv, a capital', [{ name: 'Kyiv', kind: 'capital', country: 'UA' }], []],
  ] as const)('placesWithoutCity([%s]) is %j', (_name, places, names) => {
    expect(placesWithoutCity(places, enSpeech.countryNames)).toEqual(names);
  });
});
