/**
 * Checks and decodes the country shapes (TopoJSON, made by `npm run geo`).
 * Anything else — a 404 page, a truncated file, a different shape — gives
 * a reason instead of an exception, so the map panel can say it could not
 * load while the rest of the story carries on.
 */
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readOccupiedAreas, type OccupiedShape } from './readOccupiedAreas.ts';

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or the country's name where it has none. */
  id: string;
  name: string;
  feature: Feature<Geometry>;
}

export type GeometryResult =
  | { ok: true; countries: CountryShape[]; occupied: OccupiedShape[] }
  | { ok: false; reason: string };

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection }> {
  if (!value || typeof value !== 'object') return false;
  const topology = value as {
    type?: unknown;
    arcs?: unknown;
    objects?: { countries?: { type?: unknown; geometries?: unknown } };
  };
  return (
    topology.type === 'Topology' &&
    Array.isArray(topology.arcs) &&
    topology.arcs.every(isArc) &&
    isTransform((value as { transform?: unknown }).transform) &&
    topology.objects?.countries?.type === 'GeometryCollection' &&
    Array.isArray(topology.objects.countries.geometries) &&
    topology.objects.countries.geometries.length > 0
  );
}

// topojson-client does not check numbers: a damaged file would draw NaN paths
// (an empty or garbled map with no error) instead of saying it is damaged.
const isFiniteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function isArc(arc: unknown): boolean {
  return (
    Array.isArray(arc) &&
    arc.every((p) => Array.isArray(p) && p.length >= 2 && p.every(isFiniteNumber))
  );
}

function isTransform(transform: unknown): boolean {
  if (transform === undefined) return true;
  const t = transform as { scale?: unknown; translate?: unknown } | null;
  return [t?.scale, t?.translate].every(
    (pair) => Array.isArray(pair) && pair.length === 2 && pair.every(isFiniteNumber),
  );
}

/**
 * @example readGeometry(undefined) // { ok: false, reason: 'The map shapes did not load.' }
 */
export function readGeometry(value: unknown): GeometryResult {
  if (value === undefined || value === null)
    return { ok: false, reason: 'The map shapes did not load.' };
  if (!isTopology(value)) return { ok: false, reason: 'The map shapes are damaged.' };
  try {
    const collection = feature(value, value.objects.countries);
    const countries: CountryShape[] = collection.features.map((f, i) => {
      const properties = (f.properties ?? {}) as { name?: unknown };
      const name = typeof properties.name === 'string' ? properties.name : `shape ${i + 1}`;
      return { id: typeof f.id === 'string' ? f.id : name, name, feature: f };
    });
    return { ok: true, countries, occupied: readOccupiedAreas(value) };
  } catch {
    return { ok: false, reason: 'The map shapes are damaged.' };
  }
}
