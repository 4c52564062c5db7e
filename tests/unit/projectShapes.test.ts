/**
 * The shapes the page draws are projected at build: the same projection
 * as the page's own (fitCamera.ts), at SHAPES_SCALE, in whole units, as
 * relative path data that draws exactly the points d3-geo projects.
 */
import { readFileSync } from 'node:fs';
import { geoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { projectShapes, projectedPath, shapesProjection } from '../../src/build/projectShapes.ts';
import { projectionFor } from '../../src/lib/map/fitCamera.ts';
import { SHAPES_SCALE } from '../../src/lib/map/cameraTransform.ts';

const region = () => JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology;

/** The rings of path data as absolute points. */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    if (command === 'M') {
      at = [numbers[0]!, numbers[1]!];
      rings.push([at]);
    }
    for (let i = command === 'l' ? 0 : 2; i + 1 < numbers.length; i += 2) {
      at = [at[0] + numbers[i]!, at[1] + numbers[i + 1]!];
      rings.at(-1)!.push(at);
    }
  }
  return rings;
}

/** What d3-geo projects for a shape, ring by ring, rounded, repeats dropped. */
function d3Rings(shape: Parameters<typeof geoStream>[0]): [number, number][][] {
  const rings: [number, number][][] = [];
  geoStream(
    shape,
    shapesProjection().stream({
      point: (x, y) => {
        const p: [number, number] = [Math.round(x), Math.round(y)];
        const ring = rings.at(-1)!;
        const last = ring.at(-1);
        if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
      },
      lineStart: () => void rings.push([]),
      lineEnd: () => {},
      polygonStart: () => {},
      polygonEnd: () => {},
      sphere: () => {},
    }),
  );
  return rings;
}

describe('projectShapes(static/geo/region.topo.json)', () => {
  const topology = region();
  const shapes = projectShapes(topology);

  it('draws every country of the region, by id, and Crimea as an occupied area', () => {
    expect(shapes.countries.map((c) => c.id)).toEqual(
      expect.arrayContaining(['AZ', 'UA', 'GE', 'RU', 'PS', 'IL']),
    );
    expect(new Set(shapes.countries.map((c) => c.id)).size).toBe(shapes.countries.length);
    expect(shapes.occupied.map((a) => a.id)).toEqual(['crimea']);
  });

  it('each path draws exactly the points d3-geo projects, rounded', () => {
    const features = feature(topology, topology.objects.countries as GeometryCollection).features;
    for (const f of features) {
      const id = typeof f.id === 'string' ? f.id : (f.properties as { name: string }).name;
      const shape = shapes.countries.find((c) => c.id === id)!;
      expect(ringsOf(shape.d), id).toEqual(d3Rings(f));
    }
  });

  it('puts a place where the page projects it, at SHAPES_SCALE', () => {
    // The page's projection at SHAPES_SCALE, moved back to translate [0, 0].
    const page = projectionFor({ lon: 34, lat: 45, scale: SHAPES_SCALE }, [0, 0]);
    const sumgait = [49.67, 40.59] as const;
    const [x, y] = page(sumgait);
    const d = projectedPath({ type: 'LineString', coordinates: [[...sumgait], [50, 41]] });
    const start = ringsOf(d)[0]?.[0];
    expect(Math.abs(start![0] - (x - page.translate[0]))).toBeLessThanOrEqual(0.5);
    expect(Math.abs(start![1] - (y - page.translate[1]))).toBeLessThanOrEqual(0.5);
  });

  it('is smaller than the topology it comes from, gzipped, give or take a fifth', async () => {
    const { gzipSync } = await import('node:zlib');
    const size = (v: unknown) => gzipSync(JSON.stringify(v)).length;
    expect(size(shapes)).toBeLessThan(size(topology) * 1.2);
  });
});
