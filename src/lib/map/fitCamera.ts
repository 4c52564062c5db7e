/**
 * The map's camera: a conic conformal projection centred on the Black Sea,
 * which keeps the Caucasus, Ukraine, Central Europe and Gaza in shape
 * together. A camera is a centre and a scale, so moving between steps is a
 * smooth interpolation of three numbers (see `interpolateCamera`).
 *
 * The projection is written out here (it is d3-geo's geoConicConformal with
 * PARALLELS and ROTATION; tests/unit/fitCamera.test.ts holds the two to the
 * same numbers) because the reader's page only ever projects a few places:
 * the country shapes arrive projected at build (src/build/projectShapes.ts),
 * so d3-geo stays out of the reader's bundle.
 */

export interface Camera {
  /** Longitude and latitude at the centre of the panel. */
  lon: number;
  lat: number;
  /** d3 projection scale: pixels per unit of the raw projection. */
  scale: number;
}

export type Size = readonly [width: number, height: number];

/** Smallest span (degrees) a camera shows, so one place does not zoom in to a street. */
export const MIN_SPAN_DEG = 6;

/** The standard parallels (degrees), as d3's `.parallels()`. */
export const PARALLELS = [38, 52] as const;
/** The rotation (degrees), as d3's `.rotate()`: 34° E is the central meridian. */
export const ROTATION = [-34, 0] as const;

const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;
const EPSILON = 1e-6;

const tany = (y: number) => Math.tan((HALF_PI + y) / 2);
// The cone's constants, from the two standard parallels in radians (d3's conicConformalRaw).
const [PHI0, PHI1] = [PARALLELS[0] * RADIANS, PARALLELS[1] * RADIANS];
const N = Math.log(Math.cos(PHI0) / Math.cos(PHI1)) / Math.log(tany(PHI1) / tany(PHI0));
const F = (Math.cos(PHI0) * Math.pow(tany(PHI0), N)) / N;

function wrap(lambda: number): number {
  return lambda > Math.PI
    ? lambda - 2 * Math.PI
    : lambda < -Math.PI
      ? lambda + 2 * Math.PI
      : lambda;
}

/**
 * A place's position at scale 1, y downwards, as d3 draws it before scaling and translating.
 * @example unitPoint(34, 0) // [0, -0]
 */
export function unitPoint(lon: number, lat: number): [number, number] {
  const lambda = wrap((lon + ROTATION[0]) * RADIANS);
  const phi = Math.max(lat * RADIANS, -HALF_PI + EPSILON);
  const r = F / Math.pow(tany(phi), N);
  return [r * Math.sin(N * lambda), -(F - r * Math.cos(N * lambda))];
}

/** The place at a position of `unitPoint` (its inverse). */
export function unitInvert(x: number, y: number): [number, number] {
  const fy = F + y;
  const r = Math.sign(N) * Math.sqrt(x * x + fy * fy);
  let l = Math.atan2(x, Math.abs(fy)) * Math.sign(fy);
  if (fy * N < 0) l -= Math.PI * Math.sign(x) * Math.sign(fy);
  const lambda = wrap(l / N - ROTATION[0] * RADIANS);
  return [lambda / RADIANS, (2 * Math.atan(Math.pow(F / r, 1 / N)) - HALF_PI) / RADIANS];
}

/** A projection for one camera and panel: call it with [lon, lat] for pixels. */
export interface PlanarProjection {
  (point: readonly [number, number]): [number, number];
  /** Where the central meridian meets the equator, in pixels (d3's `translate()`). */
  readonly translate: readonly [number, number];
}

function planar(scale: number, translate: readonly [number, number]): PlanarProjection {
  const project = ([lon, lat]: readonly [number, number]): [number, number] => {
    const [x, y] = unitPoint(lon, lat);
    return [translate[0] + scale * x, translate[1] + scale * y];
  };
  return Object.assign(project, { translate });
}

/**
 * The projection for a camera in a panel of the given size.
 * @example projectionFor({lon: 40, lat: 45, scale: 1200}, [600, 400])([40, 45]) // ≈ [300, 200]
 */
export function projectionFor(camera: Camera, [width, height]: Size): PlanarProjection {
  const [cx, cy] = unitPoint(camera.lon, camera.lat);
  return planar(camera.scale, [width / 2 - camera.scale * cx, height / 2 - camera.scale * cy]);
}

/**
 * Fits a camera so every point is inside the panel, with `padding` pixels
 * kept clear on each side (more at the top or bottom for labels, if given).
 * The same fit as d3's `fitExtent` on these points.
 * @example fitCamera([[49.67, 40.59], [31.4, 49]], [320, 480]) // shows Sumgait and Ukraine
 */
export function fitCamera(
  points: ReadonlyArray<readonly [number, number]>,
  size: Size,
  padding = 40,
): Camera {
  const [width, height] = size;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const midLon = points.length ? (Math.min(...lons) + Math.max(...lons)) / 2 : 34;
  const midLat = points.length ? (Math.min(...lats) + Math.max(...lats)) / 2 : 45;
  const half = MIN_SPAN_DEG / 2;
  // Corners of a minimum box as extra points: a single place still gets a sensible zoom.
  const corners: [number, number][] = [
    [midLon - half, midLat - half],
    [midLon + half, midLat + half],
    [midLon - half, midLat + half],
    [midLon + half, midLat - half],
  ];
  const projected = [...points, ...corners].map(([lon, lat]) => unitPoint(lon, lat));
  const xs = projected.map((p) => p[0]);
  const ys = projected.map((p) => p[1]);
  const [left, right, top, bottom] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const pad = Math.max(0, Math.min(padding, width / 4, height / 4));
  const [x0, y0, x1, y1] = [
    pad,
    pad,
    Math.max(pad + 1, width - pad),
    Math.max(pad + 1, height - pad),
  ];
  const scale = Math.min((x1 - x0) / (right - left), (y1 - y0) / (bottom - top));
  // The box's centre goes to the padded area's centre; the camera is what is at the panel's.
  const [lon, lat] = unitInvert(
    (left + right) / 2 + (width / 2 - (x0 + x1) / 2) / scale,
    (top + bottom) / 2 + (height / 2 - (y0 + y1) / 2) / scale,
  );
  return { lon, lat, scale };
}

/**
 * A camera between `a` (t = 0) and `b` (t = 1). The scale moves
 * geometrically so a zoom feels even, not fast at the start.
 */
export function interpolateCamera(a: Camera, b: Camera, t: number): Camera {
  const u = Math.max(0, Math.min(1, t));
  return {
    lon: a.lon + (b.lon - a.lon) * u,
    lat: a.lat + (b.lat - a.lat) * u,
    scale: Math.exp(Math.log(a.scale) + (Math.log(b.scale) - Math.log(a.scale)) * u),
  };
}
