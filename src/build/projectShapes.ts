/**
 * The country shapes as the page draws them: each country and occupied area
 * of the region's topology projected once, here, with d3-geo, at
 * SHAPES_SCALE and translate [0, 0], rounded to whole units and written as
 * short relative path data. The page moves them to any camera with one
 * transform (src/lib/map/cameraTransform.ts) and never projects a shape,
 * so neither d3-geo nor topojson-client ships to readers. geo/region.js
 * carries this for the views that mount the app; the story page reads it
 * back from its own pre-rendered map.
 */
import { geoConicConformal, geoStream, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeoJSON } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PARALLELS, ROTATION } from '../lib/map/fitCamera.ts';
import { SHAPES_SCALE } from '../lib/map/cameraTransform.ts';
import type { MapShapes } from '../lib/map/readGeometry.ts';
import { readOccupiedAreas } from './readOccupiedAreas.ts';

/** d3-geo's projection the page's own fitCamera.ts writes out (tests/unit/fitCamera.test.ts). */
export function shapesProjection() {
  return geoConicConformal()
    .parallels([...PARALLELS])
    .rotate([...ROTATION])
    .scale(SHAPES_SCALE)
    .translate([0, 0]);
}

/** Writes the projected points as `M x y l dx dy dx dy … z`, in whole units, dropping repeats. */
class RelativePath implements GeoStream {
  text = '';
  private inPolygon = false;
  private first = true;
  private x = 0;
  private y = 0;
  polygonStart() {
    this.inPolygon = true;
  }
  polygonEnd() {
    this.inPolygon = false;
  }
  lineStart() {
    this.first = true;
  }
  lineEnd() {
    if (this.inPolygon) this.text += 'z';
  }
  point(px: number, py: number) {
    const [x, y] = [Math.round(px), Math.round(py)];
    if (this.first) this.text += `M${x} ${y}l`;
    else if (x !== this.x || y !== this.y) this.text += ` ${x - this.x} ${y - this.y}`;
    this.first = false;
    [this.x, this.y] = [x, y];
  }
  sphere() {}
}

/**
 * Path data for `object` at SHAPES_SCALE: '' for a shape with nothing to draw.
 * @example projectedPath({ type: 'Point', coordinates: [34, 0] }) // ''
 */
export function projectedPath(object: GeoJSON): string {
  const sink = new RelativePath();
  geoStream(object as Parameters<typeof geoStream>[0], shapesProjection().stream(sink));
  // A lineto needs its letter once; a negative number needs no separator: 'l12 -3' is 'l12-3'.
  return sink.text
    .replace(/l /g, 'l')
    .replace(/ -/g, '-')
    .replace(/l(?=z|M|$)/g, '');
}

/**
 * The region's countries (by id: ISO alpha-2, or the name where there is
 * none) and occupied areas, projected. Throws on a topology that is not the
 * region's: `npm run geo` writes it, and a build must not draw half a map.
 * @example projectShapes(topology).countries[0] // { id: 'AL', d: 'M-5210-9075l12-3 4 5…z' }
 */
export function projectShapes(topology: Topology): MapShapes {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (countries?.type !== 'GeometryCollection')
    throw new Error('The region topology has no `countries` collection.');
  return {
    countries: feature(topology, countries)
      .features.map((f, i) => {
        const name = (f.properties as { name?: unknown } | null)?.name;
        const id =
          typeof f.id === 'string' ? f.id : typeof name === 'string' ? name : `shape ${i + 1}`;
        return { id, d: projectedPath(f) };
      })
      .filter((c) => c.d !== ''),
    occupied: readOccupiedAreas(topology)
      .map(({ feature: shape, ...area }) => ({ ...area, d: projectedPath(shape) }))
      .filter((a) => a.d !== ''),
  };
}
