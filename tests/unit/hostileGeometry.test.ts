/**
 * Damaged map shapes (geo/region.js cut short, edited, or replaced by an
 * error page) give a reason for the map panel, never an exception and never
 * a map drawn from NaN or from markup.
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readGeometry, type MapShapes } from '../../src/lib/map/readGeometry.ts';
import { projectShapes } from '../../src/build/projectShapes.ts';
import { cutShapes, joinShapes } from '../../src/lib/map/clipShapes.ts';
import { panelClip, shapesTransform } from '../../src/lib/map/cameraTransform.ts';
import { fitCamera } from '../../src/lib/map/fitCamera.ts';

const real = (): MapShapes =>
  projectShapes(JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology);

const DAMAGED = { ok: false, reason: 'The map shapes are damaged.' };

describe('readGeometry on damaged shapes', () => {
  const cases: [string, (t: MapShapes) => unknown][] = [
    ['a coordinate that is text', (t) => ((t.arcs[0]![1] = '12' as never), t)],
    ['a coordinate that is null', (t) => ((t.arcs[3]![2] = null as never), t)],
    ['a coordinate that is not whole', (t) => ((t.arcs[2]![0] = 0.5), t)],
    ['a coordinate too large to sum', (t) => ((t.arcs[2]![2] = 1e308), t)],
    ['an arc with one number', (t) => ((t.arcs[1] = [5]), t)],
    ['an arc that is not a list', (t) => ((t.arcs[1] = 'arc' as never), t)],
    [
      'the second half of the arcs missing',
      (t) => ((t.arcs = t.arcs.slice(0, t.arcs.length / 2)), t),
    ],
    ['a ring naming an arc there is not', (t) => ((t.countries[0]!.rings[0]![0] = 99999), t)],
    ['a ring with no arcs', (t) => ((t.countries[2]!.rings[0] = []), t)],
    ['a country with no id', (t) => ((t.countries[4]!.id = ''), t)],
    ['a country that is null', (t) => ((t.countries[5] = null as never), t)],
    ['no countries', (t) => ((t.countries = []), t)],
    ['an occupied area without a year', (t) => ((t.occupied[0]!.since = '2014' as never), t)],
    ['an occupied area with half its bounds', (t) => (t.occupied[0]!.bounds.pop() as unknown, t)],
    ['a number instead of shapes', () => 404],
    ['an error page as text', () => '<!doctype html><title>Not found</title>'],
    ['an array', () => [1, 2, 3]],
  ];
  it.each(cases)('readGeometry(region with %s) says the shapes are damaged', (_name, damage) => {
    expect(readGeometry(damage(real()))).toEqual(DAMAGED);
  });

  it('readGeometry(the real region) reads, and its shapes cut at any step’s view hold no NaN or Infinity', () => {
    const result = readGeometry(real());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shapes = joinShapes(result).countries;
    for (const extent of [
      [
        [49.67, 40.59],
        [30.52, 50.45],
      ],
      [[34.47, 31.5]],
    ] as const) {
      const camera = fitCamera(extent, [375, 300]);
      const paths = cutShapes(shapes, shapesTransform(camera, [375, 300]), panelClip([375, 300]));
      expect(paths.length).toBeGreaterThan(0);
      expect(paths.map((p) => p.d).join('')).not.toMatch(/NaN|Infinity/);
    }
  });
});
