/**
 * Checks the country shapes as the page gets them: projected at build
 * (src/build/projectShapes.ts) into SVG path data at SHAPES_SCALE, from
 * geo/region.js or from the pre-rendered map itself (src/dom/readMapShapes.ts).
 * Anything else — a 404 page, a truncated file, a different shape — gives
 * a reason instead of an exception, so the map panel can say it could not
 * load while the rest of the story carries on.
 */

export interface CountryShape {
  /** ISO 3166-1 alpha-2 code, or the country's name where it has none. */
  id: string;
  /** SVG path data, projected at SHAPES_SCALE (cameraTransform.ts). */
  d: string;
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
  /** SVG path data, projected at SHAPES_SCALE. */
  d: string;
}

/** What geo/region.js sets `window.__storyRegionGeo` to. */
export interface MapShapes {
  countries: CountryShape[];
  occupied: OccupiedShape[];
}

export type GeometryResult = ({ ok: true } & MapShapes) | { ok: false; reason: string };

/** Moves, lines and closes with whole or decimal numbers: nothing else (no NaN, no script). */
const PATH_DATA = /^M-?\d[-\d.,\sMmLlZz]*$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isFiniteNumber);

function isCountry(value: unknown): value is CountryShape {
  const c = value as Partial<CountryShape> | null;
  return !!c && isText(c.id) && isText(c.d) && PATH_DATA.test(c.d);
}

function isOccupied(value: unknown): value is OccupiedShape {
  const a = value as Partial<OccupiedShape> | null;
  return (
    !!a &&
    [a.id, a.name, a.partOf, a.heldBy, a.d].every(isText) &&
    PATH_DATA.test(a.d ?? '') &&
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
  if (
    typeof value !== 'object' ||
    !Array.isArray(shapes.countries) ||
    shapes.countries.length === 0 ||
    !shapes.countries.every(isCountry) ||
    !Array.isArray(shapes.occupied) ||
    !shapes.occupied.every(isOccupied)
  )
    return { ok: false, reason: 'The map shapes are damaged.' };
  return { ok: true, countries: shapes.countries, occupied: shapes.occupied };
}
