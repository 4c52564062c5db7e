import { describe, expect, it } from 'vitest';
import { shapesProjection } from '../../src/build/projectShapes.ts';
import {
  MIN_SPAN_DEG,
  fitCamera,
  interpolateCamera,
  projectionFor,
  unitInvert,
  unitPoint,
} from '../../src/lib/map/fitCamera.ts';

const SUMGAIT = [49.67, 40.59] as const;
const KYIV = [30.52, 50.45] as const;
const GAZA = [34.47, 31.5] as const;
const TBILISI = [44.79, 41.72] as const;

describe('fitCamera', () => {
  it.each([
    [
      [SUMGAIT, KYIV],
      [320, 480],
    ],
    [
      [SUMGAIT, KYIV],
      [1280, 720],
    ],
    [
      [SUMGAIT, KYIV, GAZA],
      [375, 300],
    ],
    [
      [SUMGAIT, TBILISI, KYIV, GAZA],
      [800, 500],
    ],
    [[KYIV], [640, 520]],
  ] as const)(
    'fitCamera(%j, %j) keeps every place inside the box, clear of the padding',
    (points, size) => {
      const input = points.map((p) => [...p] as const);
      const camera = fitCamera(input, size, 30);
      const projection = projectionFor(camera, size);
      for (const p of points) {
        const [x, y] = projection([p[0], p[1]])!;
        expect(x).toBeGreaterThanOrEqual(30 - 0.5);
        expect(x).toBeLessThanOrEqual(size[0] - 30 + 0.5);
        expect(y).toBeGreaterThanOrEqual(30 - 0.5);
        expect(y).toBeLessThanOrEqual(size[1] - 30 + 0.5);
      }
      expect(input).toEqual(points.map((p) => [...p]));
    },
  );

  it('fitCamera([one place]) does not zoom in beyond a minimum span', () => {
    const one = fitCamera([KYIV], [600, 600]);
    const two = fitCamera([KYIV, [KYIV[0] + 1, KYIV[1] + 1]], [600, 600]);
    expect(Math.abs(one.scale / two.scale - 1)).toBeLessThan(0.01);
    expect(Number.isFinite(one.scale)).toBe(true);
  });

  it('projectionFor(camera, size) puts the camera centre in the middle of the panel', () => {
    const camera = { lon: 40, lat: 45, scale: 1200 };
    const [x, y] = projectionFor(camera, [600, 400])([40, 45])!;
    expect(x).toBeCloseTo(300, 6);
    expect(y).toBeCloseTo(200, 6);
  });

  it('a narrow panel zooms out further than a wide one for the same places', () => {
    const narrow = fitCamera([SUMGAIT, KYIV], [320, 480]);
    const wide = fitCamera([SUMGAIT, KYIV], [1280, 480]);
    expect(narrow.scale).toBeLessThan(wide.scale);
  });
});

describe('interpolateCamera', () => {
  const a = { lon: 30, lat: 50, scale: 1000 };
  const b = { lon: 50, lat: 40, scale: 4000 };
  it.each([
    [0, a],
    [1, b],
    [0.5, { lon: 40, lat: 45, scale: 2000 }],
    [-1, a],
    [2, b],
  ])('interpolateCamera(a, b, %d) moves the scale geometrically', (t, expected) => {
    const c = interpolateCamera(a, b, t);
    expect(c.lon).toBeCloseTo(expected.lon, 6);
    expect(c.lat).toBeCloseTo(expected.lat, 6);
    expect(c.scale).toBeCloseTo(expected.scale, 6);
  });
});

describe('the projection written out is d3-geo’s geoConicConformal', () => {
  // The build projects the shapes with d3-geo (src/build/projectShapes.ts); the page
  // projects places and fits cameras with fitCamera.ts. The two must agree: each
  // test takes the build's own projection and sets the scale it needs.
  const d3Projection = shapesProjection;
  const PLACES = [SUMGAIT, KYIV, GAZA, TBILISI, [-9.1, 38.7], [139.7, 35.7], [-179, -40]] as const;

  it('unitPoint and unitInvert match d3 at scale 1, translate [0, 0]', () => {
    const d3p = d3Projection().scale(1).translate([0, 0]);
    for (const p of PLACES) {
      const [x, y] = unitPoint(p[0], p[1]);
      const expected = d3p([p[0], p[1]])!;
      expect(x).toBeCloseTo(expected[0], 12);
      expect(y).toBeCloseTo(expected[1], 12);
      const [lon, lat] = unitInvert(x, y);
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
  });

  it.each([
    [[320, 480], 40],
    [[1280, 720], 56],
    [[3, 3], 40],
  ] as const)('fitCamera in %j is d3’s fitExtent on the same points', (size, padding) => {
    const points = [SUMGAIT, KYIV, GAZA];
    const camera = fitCamera(points, size, padding);
    const pad = Math.max(0, Math.min(padding, size[0] / 4, size[1] / 4));
    const [lons, lats] = [points.map((p) => p[0]), points.map((p) => p[1])];
    const [midLon, midLat] = [
      (Math.min(...lons) + Math.max(...lons)) / 2,
      (Math.min(...lats) + Math.max(...lats)) / 2,
    ];
    const h = MIN_SPAN_DEG / 2;
    const fitted = d3Projection().fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, size[0] - pad), Math.max(pad + 1, size[1] - pad)],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          ...points.map((p) => [p[0], p[1]]),
          [midLon - h, midLat - h],
          [midLon + h, midLat + h],
          [midLon - h, midLat + h],
          [midLon + h, midLat - h],
        ],
      },
    );
    const centre = fitted.invert!([size[0] / 2, size[1] / 2])!;
    expect(camera.scale).toBeCloseTo(fitted.scale(), 6);
    expect(camera.lon).toBeCloseTo(centre[0], 9);
    expect(camera.lat).toBeCloseTo(centre[1], 9);
    const projection = projectionFor(camera, size);
    for (const p of points) {
      const [x, y] = projection(p);
      const expected = fitted([p[0], p[1]])!;
      expect(x).toBeCloseTo(expected[0], 6);
      expect(y).toBeCloseTo(expected[1], 6);
    }
  });
});
