import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  REST_MARGIN,
  SHAPES_SCALE,
  shapesTransform,
  panelClip,
  planCameraMove,
  canReuseShapes,
  cameraTransform,
  formatAffine,
  tweenClipExtent,
} from '../../src/lib/map/cameraTransform.ts';
import {
  fitCamera,
  interpolateCamera,
  projectionFor,
  type Camera,
  type Size,
} from '../../src/lib/map/fitCamera.ts';

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

  it('formatAffine writes translate then scale, rounded', () => {
    expect(formatAffine({ k: 1.234567891, x: 10.126, y: -3.5 })).toBe(
      'translate(10.13,-3.5) scale(1.23457)',
    );
    expect(formatAffine({ k: 1, x: -0.0001, y: 0 })).toBe('translate(0,0) scale(1)');
  });
});

describe('tweenClipExtent', () => {
  it('is the panel plus the margin when the camera does not move', () => {
    const camera = fitCamera([SUMGAIT, KYIV], [600, 400]);
    const [[left, top], [right, bottom]] = tweenClipExtent(camera, camera, [600, 400], 4);
    expect(left).toBeCloseTo(-4, 6);
    expect(top).toBeCloseTo(-4, 6);
    expect(right).toBeCloseTo(604, 6);
    expect(bottom).toBeCloseTo(404, 6);
  });

  it('covers every view of a glide between two cameras', () => {
    fc.assert(
      fc.property(cameraArb, cameraArb, sizeArb, (from, to, size: Size) => {
        const [[left, top], [right, bottom]] = tweenClipExtent(from, to, size, 4);
        const [width, height] = size;
        for (let i = 0; i <= 100; i++) {
          // The panel seen by the camera part-way through, in the pixels of the target camera.
          const mid: Camera = interpolateCamera(from, to, i / 100);
          const move = cameraTransform(mid, to, size);
          const corners = [
            [move.x, move.y],
            [move.x + move.k * width, move.y + move.k * height],
          ];
          for (const [x, y] of corners) {
            expect(x!).toBeGreaterThanOrEqual(left);
            expect(x!).toBeLessThanOrEqual(right);
            expect(y!).toBeGreaterThanOrEqual(top);
            expect(y!).toBeLessThanOrEqual(bottom);
          }
        }
      }),
    );
  });

  it('reaches far beyond the panel only when the glide starts from a wider view', () => {
    const size: Size = [600, 400];
    const close = fitCamera([KYIV], size);
    const wide = fitCamera([SUMGAIT, KYIV, GAZA], size);
    const width = (e: ReturnType<typeof tweenClipExtent>) => e[1][0] - e[0][0];
    // Zooming in: the wide view, seen at the close camera's scale, is several panels across.
    expect(width(tweenClipExtent(wide, close, size, 4))).toBeGreaterThan(2 * 600);
    // Zooming out: the close view lies (nearly) inside the wide one.
    expect(width(tweenClipExtent(close, wide, size, 4))).toBeLessThan(620);
  });
});

describe('canReuseShapes', () => {
  const size: Size = [600, 400];
  const camera = fitCamera([SUMGAIT, KYIV], size);
  const shapes = {
    camera,
    size,
    clip: [
      [-16, -16],
      [616, 416],
    ] as [[number, number], [number, number]],
  };

  it('reuses shapes when the panel changes by a few pixels', () => {
    for (const next of [
      [600, 400],
      [600, 406],
      [596, 400],
      [610, 394],
    ] as Size[]) {
      expect(canReuseShapes(shapes, fitCamera([SUMGAIT, KYIV], next), next), String(next)).toBe(
        true,
      );
    }
  });

  it('projects again when the panel grows past the margin, or the view moves or zooms', () => {
    const taller: Size = [600, 480];
    expect(canReuseShapes(shapes, fitCamera([SUMGAIT, KYIV], taller), taller)).toBe(false);
    expect(canReuseShapes(shapes, fitCamera([KYIV], size), size)).toBe(false);
    expect(canReuseShapes(shapes, fitCamera([SUMGAIT, KYIV, GAZA], size), size)).toBe(false);
    expect(canReuseShapes(shapes, { ...camera, scale: camera.scale * 1.3 }, size)).toBe(false);
  });

  it('never reuses shapes that would leave part of the panel uncovered', () => {
    fc.assert(
      fc.property(cameraArb, sizeArb, (to, next) => {
        if (!canReuseShapes(shapes, to, next)) return;
        const { k, x, y } = cameraTransform(shapes.camera, to, shapes.size, next);
        const [[left, top], [right, bottom]] = shapes.clip;
        expect(x + k * left).toBeLessThanOrEqual(0);
        expect(y + k * top).toBeLessThanOrEqual(0);
        expect(x + k * right).toBeGreaterThanOrEqual(next[0]);
        expect(y + k * bottom).toBeGreaterThanOrEqual(next[1]);
      }),
    );
  });
});

describe('planCameraMove', () => {
  const size: Size = [600, 400];
  const wide = fitCamera([SUMGAIT, KYIV, GAZA], size);
  const close = fitCamera([KYIV], size);
  const atRest = { camera: wide, size, clip: panelClip(size) };
  const base = { shapes: atRest, current: wide, size, gliding: false, reducedMotion: false };

  it('a new step glides, with shapes projected for the target and cut to the whole glide', () => {
    const plan = planCameraMove({ ...base, to: close, newStep: true });
    expect(plan.glide).toBe(true);
    expect(plan.shapes.camera).toBe(close);
    expect(plan.shapes.clip).toEqual(tweenClipExtent(wide, close, size, REST_MARGIN));
  });

  it('a new step under reduced motion jumps, with shapes for the panel only', () => {
    const plan = planCameraMove({ ...base, to: close, newStep: true, reducedMotion: true });
    expect(plan).toEqual({ glide: false, shapes: { camera: close, size, clip: panelClip(size) } });
  });

  it('a glide under way carries on when the panel is resized (a taller timeline for the new step)', () => {
    const taller: Size = [600, 380];
    const plan = planCameraMove({
      ...base,
      current: interpolateCamera(wide, close, 0.3),
      to: fitCamera([KYIV], taller),
      size: taller,
      newStep: false,
      gliding: true,
    });
    expect(plan.glide).toBe(true);
  });

  it('a panel resized by a few pixels at rest jumps and keeps its shapes (nothing is projected)', () => {
    const nudged: Size = [600, 406];
    const plan = planCameraMove({
      ...base,
      to: fitCamera([SUMGAIT, KYIV, GAZA], nudged),
      size: nudged,
      newStep: false,
    });
    expect(plan.glide).toBe(false);
    expect(plan.shapes).toBe(atRest);
  });

  it('a panel resized a lot at rest jumps with shapes projected for it', () => {
    const big: Size = [1200, 800];
    const to = fitCamera([SUMGAIT, KYIV, GAZA], big);
    const plan = planCameraMove({ ...base, to, size: big, newStep: false });
    expect(plan).toEqual({ glide: false, shapes: { camera: to, size: big, clip: panelClip(big) } });
  });
});
