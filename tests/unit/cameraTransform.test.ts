import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SHAPES_SCALE,
  cameraTransform,
  formatAffine,
  shapesTransform,
} from '../../src/lib/map/cameraTransform.ts';
import { fitCamera, projectionFor, type Camera, type Size } from '../../src/lib/map/fitCamera.ts';

const SUMGAIT = [49.67, 40.59] as const;
const KYIV = [30.52, 50.45] as const;
const GAZA = [34.47, 31.5] as const;
const PLACES = [SUMGAIT, KYIV, GAZA, [24.03, 49.84] as const, [44.79, 41.72] as const];

const cameraArb = fc.record({
  lon: fc.double({ min: 20, max: 55, noNaN: true }),
  lat: fc.double({ min: 30, max: 56, noNaN: true }),
  scale: fc.double({ min: 300, max: 8000, noNaN: true }),
});
const sizeArb = fc.tuple(fc.integer({ min: 200, max: 1600 }), fc.integer({ min: 100, max: 1000 }));

describe('cameraTransform', () => {
  it('is the identity between a camera and itself', () => {
    const camera = fitCamera([SUMGAIT, KYIV], [600, 400]);
    const move = cameraTransform(camera, camera, [600, 400]);
    expect(move.k).toBe(1);
    expect(move.x).toBeCloseTo(0, 9);
    expect(move.y).toBeCloseTo(0, 9);
  });

  /** Where each place lands through the transform is where the second camera draws it. */
  const expectSamePlaces = (from: Camera, to: Camera, fromSize: Size, toSize: Size) => {
    const move = cameraTransform(from, to, fromSize, toSize);
    const a = projectionFor(from, fromSize);
    const b = projectionFor(to, toSize);
    for (const place of PLACES) {
      const [ax, ay] = a([place[0], place[1]])!;
      const [bx, by] = b([place[0], place[1]])!;
      const tolerance = 1e-6 * Math.max(1, Math.abs(bx), Math.abs(by));
      expect(Math.abs(move.x + move.k * ax - bx)).toBeLessThan(tolerance);
      expect(Math.abs(move.y + move.k * ay - by)).toBeLessThan(tolerance);
    }
  };

  it('maps where a place is drawn for one camera onto where another camera draws it', () => {
    fc.assert(
      fc.property(cameraArb, cameraArb, sizeArb, (from, to, size) =>
        expectSamePlaces(from, to, size, size),
      ),
    );
  });

  it('maps between panels of different sizes', () => {
    fc.assert(fc.property(cameraArb, cameraArb, sizeArb, sizeArb, expectSamePlaces));
  });

  it('shapesTransform(camera, size) draws a point projected at SHAPES_SCALE where the camera draws it', () => {
    fc.assert(
      fc.property(cameraArb, sizeArb, (camera, size) => {
        const move = shapesTransform(camera, size);
        const reference = projectionFor({ ...camera, scale: SHAPES_SCALE }, size);
        const at = projectionFor(camera, size);
        for (const place of PLACES) {
          // At SHAPES_SCALE with translate [0, 0], as the build projects the shapes.
          const [rx, ry] = reference(place).map((v, i) => v - reference.translate[i]!);
          const [bx, by] = at(place);
          const tolerance = 1e-6 * Math.max(1, Math.abs(bx), Math.abs(by));
          expect(Math.abs(move.x + move.k * rx! - bx)).toBeLessThan(tolerance);
          expect(Math.abs(move.y + move.k * ry! - by)).toBeLessThan(tolerance);
        }
      }),
    );
  });

  it('formatAffine writes translate then scale, rounded (the scale to 6 significant digits)', () => {
    expect(formatAffine({ k: 1.234567891, x: 10.126, y: -3.5 })).toBe(
      'translate(10.13,-3.5) scale(1.23457)',
    );
    expect(formatAffine({ k: 0.0123456789, x: 0, y: 0 })).toBe('translate(0,0) scale(0.0123457)');
    expect(formatAffine({ k: 1, x: -0.0001, y: 0 })).toBe('translate(0,0) scale(1)');
  });
});
