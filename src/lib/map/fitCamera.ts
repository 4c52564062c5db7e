/**
 * The map's camera: a conic conformal projection centred on the Black Sea,
 * which keeps the Caucasus, Ukraine, Central Europe and Gaza in shape
 * together. A camera is a centre and a scale, so moving between steps is a
 * smooth interpolation of three numbers (see `interpolateCamera`).
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';

export interface Camera {
  /** Longitude and latitude at the centre of the panel. */
  lon: number;
  lat: number;
  /** d3 projection scale. */
  scale: number;
}

export type Size = readonly [width: number, height: number];

/** Smallest span (degrees) a camera shows, so one place does not zoom in to a street. */
export const MIN_SPAN_DEG = 6;

export function baseProjection(): GeoProjection {
  return geoConicConformal().parallels([38, 52]).rotate([-34, 0]);
}

/**
 * The projection for a camera in a panel of the given size.
 * @example projectionFor({lon: 40, lat: 45, scale: 1200}, [600, 400])([40, 45]) // ≈ [300, 200]
 */
export function projectionFor(camera: Camera, [width, height]: Size): GeoProjection {
  const projection = baseProjection().scale(camera.scale).translate([0, 0]);
  const [cx, cy] = projection([camera.lon, camera.lat]) ?? [0, 0];
  return projection.translate([width / 2 - cx, height / 2 - cy]);
}

/**
 * Fits a camera so every point is inside the panel, with `padding` pixels
 * kept clear on each side (more at the top or bottom for labels, if given).
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
  const multiPoint = {
    type: 'MultiPoint' as const,
    coordinates: [...points.map((p) => [p[0], p[1]]), ...corners],
  };
  const pad = Math.max(0, Math.min(padding, width / 4, height / 4));
  const projection = baseProjection().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
    ],
    multiPoint,
  );
  const centre = projection.invert?.([width / 2, height / 2]) ?? [midLon, midLat];
  return { lon: centre[0], lat: centre[1], scale: projection.scale() };
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
