/**
 * The country shapes as the page draws them: the region's topology with
 * every point projected once, here, with d3-geo, at SHAPES_SCALE and
 * translate [0, 0], rounded to whole units. The shapes keep TopoJSON's
 * shared borders (arcs, each point after the first as a difference from
 * the one before) so a border two countries share is sent once. The page
 * joins the arcs into rings, moves them to each step's view and cuts them
 * to it (src/lib/map/clipShapes.ts) and never projects a shape, so neither
 * d3-geo nor topojson-client ships to readers.
 */
import { geoConicConformal } from 'd3-geo';
import { transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { PARALLELS, ROTATION } from '../lib/map/fitCamera.ts';
import { SHAPES_SCALE } from '../lib/map/cameraTransform.ts';
import type { MapShapes } from '../lib/map/readGeometry.ts';
import { readOccupiedAreas } from './readOccupiedAreas.ts';

/** d3-geo's projection that the page's own fitCamera.ts writes out (tests/unit/fitCamera.test.ts). */
export function shapesProjection() {
  return geoConicConformal()
    .parallels([...PARALLELS])
    .rotate([...ROTATION])
    .scale(SHAPES_SCALE)
    .translate([0, 0]);
}

/** A polygon's or multipolygon's rings, as lists of arc indices (~i: arc i backwards). */
function ringsOf(geometry: GeometryObject): number[][] {
  if (geometry.type === 'Polygon') return geometry.arcs;
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
  return [];
}

/**
 * Each arc projected: its first point in whole units, then each next one
 * as a difference, repeats left out (an arc keeps its last point, where the
 * next arc of a ring starts).
 */
function projectArcs(topology: Topology): number[][] {
  const projection = shapesProjection();
  // Degrees from the topology's quantized differences (identity if it has no transform).
  const toDegrees = transform(topology.transform ?? null);
  return topology.arcs.map((arc) => {
    const out: number[] = [];
    let [px, py] = [0, 0];
    arc.forEach((position, i) => {
      // The second argument says whether the point continues the arc (its differences add up).
      const [lon, lat] = toDegrees(position, i > 0);
      const [x, y] = (projection([lon!, lat!]) ?? [0, 0]).map(Math.round) as [number, number];
      if (i === 0) out.push(x, y);
      else if (x !== px || y !== py || i === arc.length - 1) out.push(x - px, y - py);
      [px, py] = [x, y];
    });
    return out;
  });
}

/**
 * The region's countries (by id: ISO alpha-2, or the name where there is
 * none) and occupied areas, projected. Throws on a topology that is not the
 * region's: `npm run geo` writes it, and a build must not draw half a map.
 * @example projectShapes(topology).countries[0] // { id: 'AL', rings: [[0, 1, -3]] }
 */
export function projectShapes(topology: Topology): MapShapes {
  const countries = topology.objects.countries as GeometryCollection | undefined;
  if (countries?.type !== 'GeometryCollection')
    throw new Error('The region topology has no `countries` collection.');
  const overlays = (topology.objects.overlays as GeometryCollection | undefined)?.geometries ?? [];
  return {
    arcs: projectArcs(topology),
    countries: countries.geometries
      .map((g, i) => {
        const name = (g.properties as { name?: unknown } | null | undefined)?.name;
        const id =
          typeof g.id === 'string' ? g.id : typeof name === 'string' ? name : `shape ${i + 1}`;
        return { id, rings: ringsOf(g) };
      })
      .filter((c) => c.rings.length > 0),
    occupied: readOccupiedAreas(topology).map(({ feature, ...area }) => ({
      ...area,
      rings: ringsOf(overlays.find((g) => g.id === feature.id)!),
    })),
  };
}
