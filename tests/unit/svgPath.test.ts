import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { svgPath } from '../../src/lib/map/svgPath.ts';
import { readGeometry } from '../../src/lib/map/readGeometry.ts';
import { fitCamera, projectionFor, type Size } from '../../src/lib/map/fitCamera.ts';

const geometry = readGeometry(JSON.parse(readFileSync('static/geo/region.topo.json', 'utf8')));
if (!geometry.ok) throw new Error(geometry.reason);
const { countries } = geometry;

const SUMGAIT = [49.67, 40.59] as const;
const KYIV = [30.52, 50.45] as const;
const GAZA = [34.47, 31.5] as const;

describe('svgPath', () => {
  it.each([
    ['the whole region', [SUMGAIT, KYIV, GAZA], [640, 520]],
    ['Kyiv up close on a phone', [KYIV], [360, 300]],
    ['Sumgait and Kyiv on a desktop', [SUMGAIT, KYIV], [1280, 720]],
  ] as const)(
    'writes exactly what d3 geoPath writes for every country: %s',
    (_, places, size: Size) => {
      const camera = fitCamera(places, size);
      const clip: [[number, number], [number, number]] = [
        [-4, -4],
        [size[0] + 4, size[1] + 4],
      ];
      let drawn = 0;
      for (const c of countries) {
        const ours = svgPath(projectionFor(camera, size).clipExtent(clip), c.feature, 1);
        const d3 = geoPath(projectionFor(camera, size).clipExtent(clip)).digits(1)(c.feature);
        expect(ours, c.id).toBe(d3 ?? '');
        if (ours) drawn++;
      }
      // Clipping leaves some countries out and keeps others.
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(countries.length);
    },
  );

  it('closes each ring of a polygon and leaves a line open', () => {
    const projection = projectionFor({ lon: 0, lat: 0, scale: 100 }, [200, 200]);
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    expect(svgPath(projection, square)).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+Z$/);
    expect(svgPath(projection, line)).toMatch(/^M[-\d.]+,[-\d.]+L[-\d.]+,[-\d.]+$/);
  });

  it('rounds to the digits asked for', () => {
    const projection = projectionFor({ lon: 34, lat: 45, scale: 1234.567 }, [333, 333]);
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [30.123, 50.456],
        [49.67, 40.59],
      ],
    };
    for (const digits of [0, 1, 3]) {
      const numbers = svgPath(projection, line, digits).match(/-?\d+(\.\d+)?/g) ?? [];
      expect(numbers).toHaveLength(4);
      for (const n of numbers) expect((n.split('.')[1] ?? '').length).toBeLessThanOrEqual(digits);
      expect(svgPath(projection, line, digits)).toBe(geoPath(projection).digits(digits)(line));
    }
  });
});
