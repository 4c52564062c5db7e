import fc from 'fast-check';
import { geoIdentity, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { absoluteArcs, clipRing, clippedPath, joinRings } from '../../src/lib/map/clipShapes.ts';
import type { Extent } from '../../src/lib/map/cameraTransform.ts';
import { joinPathNumbers, tenthsText } from '../../src/lib/map/roundToTenth.ts';

/** A ring's area by the shoelace formula (points as a flat list). */
function area(points: number[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i += 2) {
    const j = (i + 2) % points.length;
    sum += points[i]! * points[j + 1]! - points[j]! * points[i + 1]!;
  }
  return Math.abs(sum) / 2;
}

const square = (x: number, y: number, size: number) => [
  x,
  y,
  x + size,
  y,
  x + size,
  y + size,
  x,
  y + size,
];

describe('absoluteArcs and joinRings', () => {
  it('absoluteArcs undoes the differences of each arc', () => {
    expect(
      absoluteArcs([
        [10, 20, 5, 0, 0, 5],
        [-3, -4, 1, 1],
      ]),
    ).toEqual([
      [10, 20, 15, 20, 15, 25],
      [-3, -4, -2, -3],
    ]);
  });

  it('joinRings joins a ring’s arcs, one backwards (~i), without repeating the joints', () => {
    const arcs = [
      [0, 0, 10, 0, 10, 10],
      [0, 0, 0, 10, 10, 10],
    ];
    // Arc 0 forwards, then arc 1 backwards: a closed triangle-ish square.
    expect(joinRings(arcs, [[0, ~1]])).toEqual([[0, 0, 10, 0, 10, 10, 0, 10, 0, 0]]);
    expect(joinRings(arcs, [[0], [1]])).toEqual([arcs[0], arcs[1]]);
  });
});

describe('clipRing', () => {
  const box: Extent = [
    [0, 0],
    [100, 100],
  ];

  it('keeps a ring inside the rectangle as it is, and drops one outside', () => {
    expect(clipRing(square(10, 10, 20), box)).toEqual(square(10, 10, 20));
    expect(clipRing(square(200, 10, 20), box)).toEqual([]);
  });

  it('cuts a ring to the rectangle: what is left is the overlap, and inside', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -150, max: 150 }),
        fc.integer({ min: -150, max: 150 }),
        fc.integer({ min: 1, max: 300 }),
        (x, y, size) => {
          const cut = clipRing(square(x, y, size), box);
          const overlap =
            Math.max(0, Math.min(x + size, 100) - Math.max(x, 0)) *
            Math.max(0, Math.min(y + size, 100) - Math.max(y, 0));
          expect(area(cut)).toBeCloseTo(overlap, 6);
          for (let i = 0; i < cut.length; i++) {
            expect(cut[i]!).toBeGreaterThanOrEqual(-1e-9);
            expect(cut[i]!).toBeLessThanOrEqual(100 + 1e-9);
          }
        },
      ),
    );
  });

  it('cuts any triangle as d3-geo’s clipExtent does (the same area left)', () => {
    const coordinate = fc.integer({ min: -200, max: 300 });
    fc.assert(
      fc.property(fc.array(coordinate, { minLength: 6, maxLength: 6 }), (points) => {
        const cut = clipRing(points, box);
        const ring = [0, 2, 4, 0].map((i) => [points[i]!, points[i + 1]!]);
        const d3Area = geoPath(geoIdentity().clipExtent(box)).area({
          type: 'Polygon',
          // d3's planar polygons wind either way; area() is of the ring as drawn.
          coordinates: [ring],
        });
        expect(area(cut)).toBeCloseTo(Math.abs(d3Area), 6);
      }),
    );
  });

  it('cuts a concave ring without losing its notch', () => {
    // A U shape whose arms reach beyond the top edge.
    const u = [10, -50, 30, -50, 30, 80, 70, 80, 70, -50, 90, -50, 90, 90, 10, 90];
    const cut = clipRing(u, box);
    // The U's area inside the box: 80 × 90 minus the notch, 40 × 80.
    expect(area(cut)).toBeCloseTo(80 * 90 - 40 * 80, 6);
  });
});

describe('clippedPath', () => {
  it('moves, cuts and rounds each ring; a ring cut away draws nothing', () => {
    const rings = [square(0, 0, 10), square(1000, 1000, 10)];
    expect(
      clippedPath(rings, { k: 2, x: 5.04, y: 5 }, [
        [0, 0],
        [100, 100],
      ]),
    ).toBe('M5,5l20 0 0 20-20 0z');
  });

  it('writes a closed ring’s last point once (z closes it), and drops a ring cut to a line', () => {
    const closed = [0, 0, 10, 0, 10, 10, 0, 0];
    expect(
      clippedPath([closed], { k: 1, x: 0, y: 0 }, [
        [-5, -5],
        [50, 50],
      ]),
    ).toBe('M0,0l10 0 0 10z');
    // Out and back along one line: a hairline, not a shape.
    expect(
      clippedPath([[0, 0, 10, 10, 0, 0]], { k: 1, x: 0, y: 0 }, [
        [-5, -5],
        [50, 50],
      ]),
    ).toBe('');
  });

  it('is empty for a shape wholly outside the view', () => {
    expect(
      clippedPath([square(500, 500, 10)], { k: 1, x: 0, y: 0 }, [
        [0, 0],
        [100, 100],
      ]),
    ).toBe('');
  });
});

/**
 * The points of path data written as clippedPath writes it (M x,y l dx dy … z),
 * read back by SVG's number grammar, independently of the writer.
 */
function readRelativePath(d: string): number[][] {
  const rings: number[][] = [];
  for (const part of d.split('M').filter(Boolean)) {
    const [start, rest] = part.replace(/z$/, '').split('l') as [string, string];
    const numbers = (s: string) => (s.match(/-?(?:\d+(?:\.\d*)?|\.\d+)/g) ?? []).map(Number);
    const ring = numbers(start);
    const steps = numbers(rest);
    for (let i = 0; i < steps.length; i += 2) {
      ring.push(
        Math.round((ring.at(-2)! + steps[i]!) * 10) / 10,
        Math.round((ring.at(-1)! + steps[i + 1]!) * 10) / 10,
      );
    }
    rings.push(ring);
  }
  return rings;
}

describe('the path data as written (tenths, then differences)', () => {
  it('tenthsText writes whole tenths as the shortest decimal', () => {
    expect([0, 5, -5, 10, -10, 123, -123, 30, 7, 1001].map(tenthsText)).toEqual([
      '0',
      '.5',
      '-.5',
      '1',
      '-1',
      '12.3',
      '-12.3',
      '3',
      '.7',
      '100.1',
    ]);
  });

  it('joinPathNumbers leaves out only the separators the grammar does not need', () => {
    expect(joinPathNumbers(['1.2', '-3', '.5', '.4', '7', '.2', '3'])).toBe('1.2-3 .5.4 7 .2 3');
    expect(joinPathNumbers([])).toBe('');
  });

  it('reads back as the points moved, cut and rounded to a tenth, in order', () => {
    const box: Extent = [
      [0, 0],
      [640, 520],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2000, max: 2000 }), { minLength: 6, maxLength: 60 }),
        fc.record({
          k: fc.double({ min: 0.01, max: 3, noNaN: true }),
          x: fc.double({ min: -500, max: 500, noNaN: true }),
          y: fc.double({ min: -500, max: 500, noNaN: true }),
        }),
        (raw, move) => {
          const ring = raw.length % 2 === 0 ? raw : raw.slice(1);
          const moved = ring.map((v, i) => (i % 2 === 0 ? move.x : move.y) + move.k * v);
          const expected: number[] = [];
          const cut = clipRing(moved, box);
          for (let i = 0; i < cut.length; i += 2) {
            const [x, y] = [Math.round(cut[i]! * 10) / 10, Math.round(cut[i + 1]! * 10) / 10];
            if (x !== expected.at(-2) || y !== expected.at(-1)) expected.push(x, y);
          }
          if (
            expected.length > 2 &&
            expected.at(-2) === expected[0] &&
            expected.at(-1) === expected[1]
          )
            expected.length -= 2;
          const d = clippedPath([ring], move, box);
          if (expected.length < 6) expect(d).toBe('');
          else
            expect(readRelativePath(d)).toEqual([expected.map((v) => (Object.is(v, -0) ? 0 : v))]);
        },
      ),
    );
  });
});
