import type { Feature, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { simplifyFeatures } from '../../src/build/simplifyFeatures.ts';

// A square with a tiny notch in one side: the notch's point weighs far less than the corners.
const notched: Position[] = [
  [30, 44],
  [30, 46],
  [31, 46.001],
  [32, 46],
  [32, 44],
  [30, 44],
];
const shape: Feature<Polygon, { name: string }> = {
  type: 'Feature',
  id: 'x',
  properties: { name: 'X' },
  geometry: { type: 'Polygon', coordinates: [notched] },
};

describe('simplifyFeatures', () => {
  it('simplifyFeatures([notched square], 1e-6) drops the notch, keeps the corners, id and properties', () => {
    const before = structuredClone(shape);
    const [simplified] = simplifyFeatures([shape], 1e-6);
    expect(shape).toEqual(before);
    expect(simplified?.id).toBe('x');
    expect(simplified?.properties).toEqual({ name: 'X' });
    const ring = (simplified?.geometry as Polygon).coordinates[0] ?? [];
    expect(ring).not.toContainEqual([31, 46.001]);
    for (const corner of [
      [30, 44],
      [30, 46],
      [32, 46],
      [32, 44],
    ])
      expect(ring).toContainEqual(corner);
  });

  it('simplifyFeatures([notched square], 0) keeps every point', () => {
    const [kept] = simplifyFeatures([shape], 0);
    expect((kept?.geometry as Polygon).coordinates[0]).toEqual(notched);
  });
});
