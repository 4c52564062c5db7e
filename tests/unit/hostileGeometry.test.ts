/**
 * Damaged map shapes (geo/region.js cut short, edited, or replaced by an
 * error page) give a reason for the map panel, never an exception and never
 * a map drawn from NaN.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../src/lib/map/readGeometry.ts';

interface Topo {
  type: string;
  arcs: unknown[][];
  transform?: { scale: unknown; translate: unknown };
  objects: { countries: { type: string; geometries: unknown[] } };
}

const real = (): Topo => JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topo;

const DAMAGED = { ok: false, reason: 'The map shapes are damaged.' };

describe('readGeometry on damaged shapes', () => {
  const cases: [string, (t: Topo) => unknown][] = [
    ['a coordinate that is text', (t) => (((t.arcs[0]![0] as unknown[])[0] = '12'), t)],
    ['a coordinate that is null', (t) => (((t.arcs[3]![1] as unknown[])[1] = null), t)],
    ['a point with one number', (t) => ((t.arcs[2]![0] = [5]), t)],
    ['an arc that is not a list', (t) => ((t.arcs[1] = 'arc' as unknown as unknown[]), t)],
    [
      'the second half of the arcs missing',
      (t) => ((t.arcs = t.arcs.slice(0, t.arcs.length / 2)), t),
    ],
    ['no countries', (t) => ((t.objects.countries.geometries = []), t)],
    ['a transform that is text', (t) => ((t.transform = { scale: 'big', translate: [0, 0] }), t)],
    ['a number instead of shapes', () => 404],
    ['an error page as text', () => '<!doctype html><title>Not found</title>'],
    ['an array', () => [1, 2, 3]],
  ];
  it.each(cases)('readGeometry(region with %s) says the shapes are damaged', (_name, damage) => {
    expect(readGeometry(damage(real()))).toEqual(DAMAGED);
  });

  it('readGeometry(the real region) still decodes, and no path holds NaN', () => {
    const result = readGeometry(real());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(result.countries.map((c) => c.feature.geometry))).not.toMatch(
      /null\]|NaN/,
    );
  });
});
