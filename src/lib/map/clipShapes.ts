/**
 * The country shapes for one view: the build's arcs (projected at
 * SHAPES_SCALE, src/build/projectShapes.ts) joined once into rings of points,
 * then, at each step change, moved to the target camera by an affine
 * transform and cut to a rectangle (what the glide will show). Off-screen
 * detail costs the page nothing: what is drawn is small, so every frame of
 * a glide repaints little. Plain arithmetic, no trigonometry: the slow
 * part of the old map, projecting thousands of points, happens at build.
 */
import type { Affine, Extent } from './cameraTransform.ts';
import type { MapShapes } from './readGeometry.ts';
import { joinPathNumbers, tenthsText } from './roundToTenth.ts';

/** One shape's rings: each a flat list x0, y0, x1, y1, … in the build's units. */
export type Rings = number[][];

/**
 * The arcs' points as they are, each after the first no longer a difference.
 * @example absoluteArcs([[10, 20, 5, 0, 0, 5]]) // [[10, 20, 15, 20, 15, 25]]
 */
export function absoluteArcs(arcs: readonly number[][]): number[][] {
  return arcs.map((arc) => {
    const points = arc.slice();
    for (let i = 2; i < points.length; i++) points[i]! += points[i - 2]!;
    return points;
  });
}

/**
 * A shape's rings as points: each ring's arcs joined in order, TopoJSON's
 * way (~i is arc i backwards; an arc starts where the one before it ends,
 * so its first point is not repeated).
 * @example joinRings([[0, 0, 10, 0], [10, 0, 10, 10, 0, 0]], [[0, 1]]) // [[0, 0, 10, 0, 10, 10, 0, 0]]
 */
export function joinRings(arcs: readonly number[][], rings: readonly number[][]): Rings {
  return rings.map((ring) => {
    const points: number[] = [];
    for (const index of ring) {
      const arc = arcs[index < 0 ? ~index : index] ?? [];
      const count = arc.length / 2;
      for (let j = points.length ? 1 : 0; j < count; j++) {
        const k = index < 0 ? count - 1 - j : j;
        points.push(arc[2 * k]!, arc[2 * k + 1]!);
      }
    }
    return points;
  });
}

/**
 * Every country's and occupied area's rings, joined once from the shared
 * arcs, ready to be cut for any view (cutShapes).
 * @example joinShapes(geometry).countries[0] // { id: 'AL', rings: [[-5210, -9075, …]] }
 */
export function joinShapes(shapes: MapShapes): {
  countries: { id: string; rings: Rings }[];
  occupied: { id: string; rings: Rings }[];
} {
  const arcs = absoluteArcs(shapes.arcs);
  const join = (shape: { id: string; rings: number[][] }) => ({
    id: shape.id,
    rings: joinRings(arcs, shape.rings),
  });
  return { countries: shapes.countries.map(join), occupied: shapes.occupied.map(join) };
}

/** Sutherland–Hodgman against one edge of the rectangle: keeps what is inside it. */
function clipEdge(
  points: number[],
  inside: (x: number, y: number) => boolean,
  cross: (ax: number, ay: number, bx: number, by: number) => [number, number],
): number[] {
  const out: number[] = [];
  const n = points.length;
  if (n === 0) return out;
  let [px, py] = [points[n - 2]!, points[n - 1]!];
  let pIn = inside(px, py);
  for (let i = 0; i < n; i += 2) {
    const [x, y] = [points[i]!, points[i + 1]!];
    const isIn = inside(x, y);
    if (isIn !== pIn) out.push(...cross(px, py, x, y));
    if (isIn) out.push(x, y);
    [px, py, pIn] = [x, y, isIn];
  }
  return out;
}

/** A ring cut to the rectangle (a closed polygon stays closed; its cut runs along the edge). */
export function clipRing(points: number[], [[left, top], [right, bottom]]: Extent): number[] {
  const atX =
    (edge: number) =>
    (ax: number, ay: number, bx: number, by: number): [number, number] => [
      edge,
      ay + ((by - ay) * (edge - ax)) / (bx - ax),
    ];
  const atY =
    (edge: number) =>
    (ax: number, ay: number, bx: number, by: number): [number, number] => [
      ax + ((bx - ax) * (edge - ay)) / (by - ay),
      edge,
    ];
  let ring = clipEdge(points, (x) => x >= left, atX(left));
  ring = clipEdge(ring, (x) => x <= right, atX(right));
  ring = clipEdge(ring, (_x, y) => y >= top, atY(top));
  return clipEdge(ring, (_x, y) => y <= bottom, atY(bottom));
}

/**
 * Path data for `rings` moved by `move` (build units → the camera's pixels)
 * and cut to `clip` (in those pixels), rounded to 0.1 px; '' when nothing
 * of the shape is inside. Each ring is its first point, then each next as
 * a difference ("l"): the pre-rendered page carries these paths, and
 * differences of a tenth of a pixel are shorter to write and to send than
 * the points themselves (about a fifth less of the page, gzip, for the map).
 * @example clippedPath([[0, 0, 10, 0, 10, 10]], { k: 2, x: 5, y: 5 }, [[0, 0], [100, 100]]) // 'M5,5l20 0 0 20z'
 */
export function clippedPath(rings: Rings, move: Affine, clip: Extent): string {
  let d = '';
  for (const ring of rings) {
    const moved = ring.map((v, i) => (i % 2 === 0 ? move.x : move.y) + move.k * v);
    const cut = clipRing(moved, clip);
    // Points in whole tenths of a pixel, a repeat of the point before left out.
    const tenths: number[] = [];
    for (let i = 0; i < cut.length; i += 2) {
      const x = Math.round(cut[i]! * 10);
      const y = Math.round(cut[i + 1]! * 10);
      const n = tenths.length;
      if (n === 0 || x !== tenths[n - 2] || y !== tenths[n - 1]) tenths.push(x, y);
    }
    // z closes the ring: a last point on the first is not written twice.
    const n = tenths.length;
    if (n > 2 && tenths[n - 2] === tenths[0] && tenths[n - 1] === tenths[1]) tenths.length -= 2;
    // A ring cut down to a line or a point draws nothing.
    if (tenths.length < 6) continue;
    const steps: string[] = [];
    for (let i = 2; i < tenths.length; i++) steps.push(tenthsText(tenths[i]! - tenths[i - 2]!));
    d += `M${tenthsText(tenths[0]!)},${tenthsText(tenths[1]!)}l${joinPathNumbers(steps)}z`;
  }
  return d;
}

/**
 * Each shape's path for one view (see clippedPath), shapes with nothing in it left out.
 * @example cutShapes([{ id: 'UA', rings }], move, clip) // [{ id: 'UA', d: 'M…Z' }]
 */
export function cutShapes<T extends { id: string; rings: Rings }>(
  shapes: readonly T[],
  move: Affine,
  clip: Extent,
): { id: string; d: string }[] {
  return shapes
    .map((shape) => ({ id: shape.id, d: clippedPath(shape.rings, move, clip) }))
    .filter((shape) => shape.d !== '');
}
