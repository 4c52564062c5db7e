import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { findOccupiedParts } from '../../src/build/findOccupiedParts.ts';

// d3-geo winding: exterior rings clockwise (lon right, lat up).
const square = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x0, y1],
  [x1, y1],
  [x1, y0],
  [x0, y0],
];
const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });
const multi = (...rings: Position[][]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: rings.map((r) => [r]),
});

// A de jure country whose south holds a peninsula the neighbour draws as its own.
const deJure = polygon(square(22, 44, 40, 52));
const peninsula = square(32, 44.5, 36, 46);
const neighbourMainland = square(40, 44, 48, 56);
const farIsland = square(50, 44, 51, 45);
// An L-shaped polygon inside the de jure country whose centroid lies outside the polygon itself.
const crescent: Position[] = [
  [23, 45],
  [23, 51],
  [24, 51],
  [24, 46],
  [39, 46],
  [39, 45],
  [23, 45],
];

describe('findOccupiedParts', () => {
  it.each([
    ['the peninsula only', multi(neighbourMainland, peninsula, farIsland), [peninsula]],
    ['nothing when no part lies inside', multi(neighbourMainland, farIsland), []],
    ['a single Polygon inside', polygon(peninsula), [peninsula]],
    [
      'both parts that lie inside',
      multi(peninsula, square(25, 48, 26, 49)),
      [peninsula, square(25, 48, 26, 49)],
    ],
    ['no part whose centroid lies outside the part itself', multi(crescent), []],
  ])('findOccupiedParts(de facto, de jure) finds %s', (_name, deFacto, expected) => {
    const before = structuredClone(deFacto);
    const parts = findOccupiedParts(deFacto, deJure);
    expect(parts.map((p) => p.coordinates[0])).toEqual(expected);
    expect(deFacto).toEqual(before);
  });

  it('findOccupiedParts(shape, null) and findOccupiedParts(null, shape) find nothing', () => {
    expect(findOccupiedParts(polygon(peninsula), null)).toEqual([]);
    expect(findOccupiedParts(null, deJure)).toEqual([]);
  });
});
