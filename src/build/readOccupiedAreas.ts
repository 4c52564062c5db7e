/**
 * Decodes the occupied areas the map hatches (the `overlays` object of the
 * geometry file, written by `npm run geo`). An overlay whose words are
 * missing is left out rather than hatched without a legend line.
 */
import { feature } from 'topojson-client';
import type { Feature, Geometry, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { OccupiedShape } from '../lib/map/readGeometry.ts';

/** An occupied area as the build reads it: its shape still in degrees, not yet arcs. */
export type OccupiedArea = Omit<OccupiedShape, 'rings'> & { feature: Feature<Geometry> };

function positionsOf(geometry: Geometry | null): Position[] {
  if (geometry?.type === 'Polygon') return geometry.coordinates.flat();
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flat(2);
  return [];
}

function boundsOf(positions: Position[]): OccupiedArea['bounds'] {
  const lons = positions.map((p) => p[0] as number);
  const lats = positions.map((p) => p[1] as number);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

/**
 * @example readOccupiedAreas(topology) // [{ id: 'crimea', name: 'Crimea', partOf: 'UA', heldBy: 'RU', since: 2014, … }]
 * @throws when `overlays` is there but is not a geometry collection (the file is damaged).
 */
export function readOccupiedAreas(topology: Topology): OccupiedArea[] {
  const overlays = topology.objects.overlays as GeometryCollection | undefined;
  if (overlays === undefined) return [];
  if (overlays.type !== 'GeometryCollection' || !Array.isArray(overlays.geometries)) {
    throw new Error('overlays is not a geometry collection');
  }
  const shapes: OccupiedArea[] = [];
  for (const f of feature(topology, overlays).features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const { name, partOf, heldBy, since } = p;
    const positions = positionsOf(f.geometry);
    if (
      p.kind !== 'occupied' ||
      typeof f.id !== 'string' ||
      typeof name !== 'string' ||
      typeof partOf !== 'string' ||
      typeof heldBy !== 'string' ||
      typeof since !== 'number' ||
      positions.length === 0
    )
      continue;
    shapes.push({ id: f.id, name, partOf, heldBy, since, feature: f, bounds: boundsOf(positions) });
  }
  return shapes;
}
