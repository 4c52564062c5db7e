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

const real = (): MapShapes =>
  projectShapes(JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology);

const DAMAGED = { ok: false, reason: 'The map shapes are damaged.' };

describe('readGeometry on damaged shapes', () => {
  const cases: [string, (t: MapShapes) => unknown][] = [
    ['a path holding NaN', (t) => ((t.countries[0]!.d += 'lNaN 4'), t)],
    ['a path that is a number', (t) => ((t.countries[1]!.d = 12 as unknown as string), t)],
    ['a path holding markup', (t) => ((t.countries[2]!.d = 'M0 0"/><script>'), t)],
    ['an empty path', (t) => ((t.countries[3]!.d = ''), t)],
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

  it('readGeometry(the real region) reads, and no path holds anything but path commands', () => {
    const result = readGeometry(real());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const shape of [...result.countries, ...result.occupied])
      expect(shape.d).toMatch(/^[Mlz\d -]+$/);
  });
});
