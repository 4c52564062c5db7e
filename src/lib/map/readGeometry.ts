/**
 * Checks the country shapes as the page gets them from geo/region.js:
 * projected at build (src/build/projectShapes.ts), at SHAPES_SCALE, as
 * shared borders (arcs) that each shape's rings join.
 * Anything else — a 404 page, a truncated file, a different shape — gives
 * a reason instead of an exception, so the map panel can say it could not
 * load while the rest of the story carries on.
 */

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or the country's name where it has none. */
  id: string;
  /** Each ring as the arcs it joins, in order: an index into `arcs`, or ~i for arc i backwards (TopoJSON's way). */
  rings: number[][];
}

export interface OccupiedShape {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the country the area is part of. */
  partOf: string;
  /** ISO 3166-1 alpha-2 code of the country that occupies it. */
  heldBy: string;
  since: number;
  /** [[west, south], [east, north]] in degrees (the areas do not cross the antimeridian). */
  bounds: [[number, number], [number, number]];
  rings: number[][];
}

/** What geo/region.js sets `window.__storyRegionGeo` to. */
export interface MapShapes {
  /**
   * The borders, shared between the shapes that have them: each a line of
   * points at SHAPES_SCALE (cameraTransform.ts) in whole units, the first
   * as it is and each next one as a difference from the one before.
   */
  arcs: number[][];
  countries: CountryShape[];
  occupied: OccupiedShape[];
}

export type GeometryResult = ({ ok: true } & MapShapes) | { ok: false; reason: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isFiniteNumber);
/** Far beyond any real coordinate (the region spans some 30,000 units), and summing safely. */
const MAX_UNITS = 2 ** 24;
const isUnit = (v: unknown) => Number.isInteger(v) && Math.abs(v as number) <= MAX_UNITS;
const isArc = (v: unknown) =>
  Array.isArray(v) && v.length >= 4 && v.length % 2 === 0 && v.every(isUnit);

/** Rings of arc indices that all point at an arc there is. */
function ringsAreSound(rings: unknown, arcCount: number): boolean {
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every(
      (ring) =>
        Array.isArray(ring) &&
        ring.length > 0 &&
        ring.every((i) => Number.isInteger(i) && (i < 0 ? ~i : i) < arcCount),
    )
  );
}

function isCountry(value: unknown, arcCount: number): value is CountryShape {
  const c = value as Partial<CountryShape> | null;
  return !!c && isText(c.id) && ringsAreSound(c.rings, arcCount);
}

function isOccupied(value: unknown, arcCount: number): value is OccupiedShape {
  const a = value as Partial<OccupiedShape> | null;
  return (
    !!a &&
    [a.id, a.name, a.partOf, a.heldBy].every(isText) &&
    ringsAreSound(a.rings, arcCount) &&
    isFiniteNumber(a.since) &&
    Array.isArray(a.bounds) &&
    a.bounds.length === 2 &&
    a.bounds.every(isPair)
  );
}

/**
 * @example readGeometry(undefined) // { ok: false, reason: 'The map shapes did not load.' }
 */
export function readGeometry(value: unknown): GeometryResult {
  if (value === undefined || value === null)
    return { ok: false, reason: 'The map shapes did not load.' };
  const shapes = value as Partial<MapShapes>;
  const arcs = Array.isArray(shapes.arcs) && shapes.arcs.every(isArc) ? shapes.arcs : null;
  if (
    typeof value !== 'object' ||
    !arcs ||
    !Array.isArray(shapes.countries) ||
    shapes.countries.length === 0 ||
    !shapes.countries.every((c) => isCountry(c, arcs.length)) ||
    !Array.isArray(shapes.occupied) ||
    !shapes.occupied.every((a) => isOccupied(a, arcs.length))
  )
    return { ok: false, reason: 'The map shapes are damaged.' };
  return { ok: true, arcs, countries: shapes.countries, occupied: shapes.occupied };
}
