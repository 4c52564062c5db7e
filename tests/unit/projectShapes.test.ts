/**
 * The shapes the page draws are projected at build: the same projection
 * as the page's own (fitCamera.ts), at SHAPES_SCALE, in whole units, with
 * TopoJSON's shared borders, so that joining a shape's arcs gives exactly
 * the points d3-geo projects for it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectShapes, shapesProjection } from '../../src/build/projectShapes.ts';
import { projectionFor } from '../../src/lib/map/fitCamera.ts';
import { SHAPES_SCALE } from '../../src/lib/map/cameraTransform.ts';
import { absoluteArcs, joinRings } from '../../src/lib/map/clipShapes.ts';

const region = () => JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;

/** Flat points with consecutive repeats left out. */
function withoutRepeats(points: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < points.length; i += 2) {
    if (out.length && out.at(-2) === points[i] && out.at(-1) === points[i + 1]) continue;
    out.push(points[i]!, points[i + 1]!);
  }
  return out;
}

describe('projectShapes(static/geo/region.topo.json)', () => {
  const topology = region();
  const shapes = projectShapes(topology);
  const arcs = absoluteArcs(shapes.arcs);

  it('has every country of the region, by id, and Crimea as an occupied area', () => {
    expect(shapes.countries.map((c) => c.id)).toEqual(
      expect.arrayContaining(['AZ', 'UA', 'GE', 'RU', 'PS', 'IL']),
    );
    expect(new Set(shapes.countries.map((c) => c.id)).size).toBe(shapes.countries.length);
    expect(shapes.occupied.map((a) => a.id)).toEqual(['crimea']);
  });

  it('joining each shape’s arcs gives exactly the points d3-geo projects for it, rounded', () => {
    const projection = shapesProjection();
    const project = (rings: Position[][]) =>
      rings.map((ring) =>
        withoutRepeats(ring.flatMap((p) => projection([p[0]!, p[1]!])!.map(Math.round))),
      );
    const collections = [
      [shapes.countries, topology.objects.countries],
      [shapes.occupied, topology.objects.overlays],
    ] as const;
    for (const [projected, collection] of collections) {
      for (const f of feature(topology, collection as GeometryCollection).features) {
        const geometry = f.geometry;
        const rings =
          geometry.type === 'Polygon'
            ? geometry.coordinates
            : geometry.type === 'MultiPolygon'
              ? geometry.coordinates.flat()
              : [];
        const name = (f.properties as { name?: string } | null)?.name;
        const shape = projected.find((s) => s.id === (f.id ?? name))!;
        expect(joinRings(arcs, shape.rings).map(withoutRepeats), shape.id).toEqual(project(rings));
      }
    }
  });

  it('puts a place where the page projects it, at SHAPES_SCALE', () => {
    // The first point of the first arc, in degrees, from the topology's own grid.
    const [qx, qy] = topology.arcs[0]![0]!;
    const { scale, translate } = topology.transform!;
    const place = [qx! * scale[0] + translate[0], qy! * scale[1] + translate[1]] as const;
    // The page's projection at SHAPES_SCALE, moved back to translate [0, 0].
    const page = projectionFor({ lon: 34, lat: 45, scale: SHAPES_SCALE }, [0, 0]);
    const [x, y] = page(place);
    expect(Math.abs(arcs[0]![0]! - (x - page.translate[0]))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(arcs[0]![1]! - (y - page.translate[1]))).toBeLessThanOrEqual(0.5);
  });

  it('is no larger than the topology it comes from, gzipped', () => {
    const size = (v: unknown) => gzipSync(JSON.stringify(v)).length;
    expect(size(shapes)).toBeLessThanOrEqual(size(topology));
  });
});
