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
import { joinPathNumbers, tenthsText, toTenths } from './roundToTenth.ts';

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

/**
 * Sutherland–Hodgman against one edge of the rectangle: keeps what is on
 * the kept side of `edge` along `axis` (0: x, 1: y). Written without a
 * closure or a tuple per point: a step change cuts thousands of points,
 * on a phone, and the garbage of small arrays showed in its profile.
 */
function clipEdge(points: number[], axis: 0 | 1, edge: number, keepAbove: boolean): number[] {
  const out: number[] = [];
  const n = points.length;
  if (n === 0) return out;
  const inside = (v: number) => (keepAbove ? v >= edge : v <= edge);
  let px = points[n - 2]!;
  let py = points[n - 1]!;
  let pIn = inside(axis === 0 ? px : py);
  for (let i = 0; i < n; i += 2) {
    const x = points[i]!;
    const y = points[i + 1]!;
    const isIn = inside(axis === 0 ? x : y);
    if (isIn !== pIn) {
      if (axis === 0) out.push(edge, py + ((y - py) * (edge - px)) / (x - px));
      else out.push(px + ((x - px) * (edge - py)) / (y - py), edge);
    }
    if (isIn) out.push(x, y);
    px = x;
    py = y;
    pIn = isIn;
  }
  return out;
}

/** A ring cut to the rectangle (a closed polygon stays closed; its cut runs along the edge). */
export function clipRing(points: number[], [[left, top], [right, bottom]]: Extent): number[] {
  let ring = clipEdge(points, 0, left, true);
  ring = clipEdge(ring, 0, right, false);
  ring = clipEdge(ring, 1, top, true);
  return clipEdge(ring, 1, bottom, false);
}

/**
 * A ring moved by `move` and cut to `clip`. A ring wholly inside or wholly
 * outside (by its box) is what clipRing would give without the four passes:
 * most rings of a view are one or the other.
 */
function moveAndCut(ring: readonly number[], move: Affine, clip: Extent): number[] {
  const moved = new Array<number>(ring.length);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < ring.length; i += 2) {
    const x = move.x + move.k * ring[i]!;
    const y = move.y + move.k * ring[i + 1]!;
    moved[i] = x;
    moved[i + 1] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const [[left, top], [right, bottom]] = clip;
  if (maxX < left || minX > right || maxY < top || minY > bottom) return [];
  if (minX >= left && maxX <= right && minY >= top && maxY <= bottom) return moved;
  return clipRing(moved, clip);
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
    const cut = moveAndCut(ring, move, clip);
    // Points in whole tenths of a pixel, a repeat of the point before left out.
    const tenths: number[] = [];
    for (let i = 0; i < cut.length; i += 2) {
      const x = toTenths(cut[i]!);
      const y = toTenths(cut[i + 1]!);
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
