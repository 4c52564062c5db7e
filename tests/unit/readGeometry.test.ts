import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../src/lib/map/readGeometry.ts';
import { projectShapes } from '../../src/build/projectShapes.ts';

const region = () =>
  projectShapes(JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')) as Topology);

describe('readGeometry', () => {
  it('readGeometry(the projected region) keeps the countries with alpha-2 ids and their rings', () => {
    const result = readGeometry(region());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.countries.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['AZ', 'UA', 'GE']));
    for (const c of result.countries) expect(c.rings.flat().length).toBeGreaterThan(0);
  });

  it.each([
    [undefined, 'The map shapes did not load.'],
    [null, 'The map shapes did not load.'],
    ['<html>404</html>', 'The map shapes are damaged.'],
    [{ type: 'Topology' }, 'The map shapes are damaged.'],
    [{ arcs: [[0, 0, 1, 1]], countries: [], occupied: [] }, 'The map shapes are damaged.'],
    [
      { arcs: [[0, 0, 1, 1]], countries: [{ id: 'UA', rings: [[0]] }] },
      'The map shapes are damaged.',
    ],
    [
      { arcs: [[0, 0, 1, 1]], countries: [{ id: 'UA', rings: [[0]] }], occupied: 5 },
      'The map shapes are damaged.',
    ],
    [
      { arcs: [[0, 0, 1, 1]], countries: [{ id: 'UA', rings: [[1]] }], occupied: [] },
      'The map shapes are damaged.',
    ],
    [
      { arcs: [[0, 0, 1, 1]], countries: [{ id: 'UA', rings: [[~99999]] }], occupied: [] },
      'The map shapes are damaged.',
    ],
    [
      { arcs: [[0, 0, 1e308, 1]], countries: [{ id: 'UA', rings: [[0]] }], occupied: [] },
      'The map shapes are damaged.',
    ],
  ])('readGeometry(%j) gives a reason instead of throwing', (value, reason) => {
    expect(readGeometry(value)).toEqual({ ok: false, reason });
  });

  it('readGeometry(one country, no occupied areas) is a map', () => {
    const shapes = {
      arcs: [[1, 2, 3, -4, -4, 2]],
      countries: [{ id: 'UA', rings: [[0], [~0]] }],
      occupied: [],
    };
    expect(readGeometry(shapes)).toEqual({ ok: true, ...shapes });
  });
});
