import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeometry } from '../../src/lib/map/readGeometry.ts';

describe('readGeometry', () => {
  it('readGeometry(static/geo/region.topo.json) decodes the countries with alpha-2 ids', () => {
    const topology: unknown = JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8'));
    const result = readGeometry(topology);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ids = result.countries.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['AZ', 'UA', 'GE']));
    for (const c of result.countries) expect(c.feature.type).toBe('Feature');
  });

  it.each([
    [undefined, 'The map shapes did not load.'],
    [null, 'The map shapes did not load.'],
    ['<html>404</html>', 'The map shapes are damaged.'],
    [{ type: 'Topology' }, 'The map shapes are damaged.'],
    [
      {
        type: 'Topology',
        arcs: [],
        objects: { countries: { type: 'GeometryCollection', geometries: 5 } },
      },
      'The map shapes are damaged.',
    ],
    [
      {
        type: 'Topology',
        arcs: [[[0]]],
        objects: {
          countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[7]] }] },
        },
      },
      'The map shapes are damaged.',
    ],
  ])('readGeometry(%j) gives a reason instead of throwing', (value, reason) => {
    expect(readGeometry(value)).toEqual({ ok: false, reason });
  });
});
