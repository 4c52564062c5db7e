/**
 * SVG path data for a GeoJSON object through a d3 projection, as d3's
 * `geoPath(projection).digits(n)` writes it for lines and polygons. The map
 * needs only this much of geoPath: importing geoPath would also bring its
 * area, centroid and length measures into the readers' bundle.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { GeoJSON } from 'geojson';

/** Collects the projected points as path commands; a ring in a polygon is closed with Z. */
class PathData implements GeoStream {
  text = '';
  private inPolygon = false;
  private firstPoint = true;
  private readonly scale: number;

  constructor(digits: number) {
    this.scale = 10 ** digits;
  }
  private round(n: number): number {
    return Math.round(n * this.scale) / this.scale;
  }
  polygonStart() {
    this.inPolygon = true;
  }
  polygonEnd() {
    this.inPolygon = false;
  }
  lineStart() {
    this.firstPoint = true;
  }
  lineEnd() {
    if (this.inPolygon) this.text += 'Z';
  }
  point(x: number, y: number) {
    this.text += `${this.firstPoint ? 'M' : 'L'}${this.round(x)},${this.round(y)}`;
    this.firstPoint = false;
  }
  sphere() {}
}

/**
 * Path data for `object` (lines and polygons; points are not drawn), with
 * coordinates rounded to `digits` decimals; '' when nothing is left after
 * the projection's clipping.
 * @example svgPath(projection, ukraine, 1) // 'M301.2,140.5L…Z'
 */
export function svgPath(projection: GeoProjection, object: GeoJSON, digits = 1): string {
  const sink = new PathData(digits);
  geoStream(object as Parameters<typeof geoStream>[0], projection.stream(sink));
  return sink.text;
}
