/**
 * Abstract arcs between an origin and a destination. No report names the
 * road the convoys took, so the map draws a curve that cannot be mistaken
 * for a route: it bends away from the straight line, and arcs for several
 * shipments between the same two places fan out so their count shows.
 */

import { roundToTenth as round } from './roundToTenth.ts';

export type Point = readonly [number, number];

/**
 * SVG path for arc number `index` of `count` between two projected points.
 * @example arcPath([0, 0], [100, 0], 0, 1) // 'M0,0Q50,-25,100,0'
 */
export function arcPath(from: Point, to: Point, index = 0, count = 1): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const control = arcControl(from, to, index, count);
  if (!control) return `M${round(x0)},${round(y0)}`;
  const [mx, my] = control;
  return `M${round(x0)},${round(y0)}Q${round(mx)},${round(my)},${round(x1)},${round(y1)}`;
}

/** Control point of the quadratic curve arcPath draws, or null when both ends coincide. */
function arcControl(from: Point, to: Point, index: number, count: number): Point | null {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return null;
  // Bend to the left of travel, 25% of the length; fan arcs out by 8% steps.
  const bend = 0.25 + (count > 1 ? (index - (count - 1) / 2) * 0.08 : 0);
  return [(x0 + x1) / 2 + dy * bend, (y0 + y1) / 2 - dx * bend];
}

/**
 * Points along the arc arcPath draws (both ends included), so labels can keep off it.
 * @example sampleArc([0, 0], [100, 0], 0, 1, 2) // [[0, 0], [100, 0]]
 */
export function sampleArc(from: Point, to: Point, index = 0, count = 1, n = 16): Point[] {
  const control = arcControl(from, to, index, count);
  if (!control) return [from];
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    const t = n === 1 ? 0 : i / (n - 1);
    const u = 1 - t;
    points.push([
      u * u * from[0] + 2 * u * t * control[0] + t * t * to[0],
      u * u * from[1] + 2 * u * t * control[1] + t * t * to[1],
    ]);
  }
  return points;
}

/**
 * Stroke widths for a set of flow weights: area-true (square root), from
 * `min` to `max` pixels. Flows without a weight get the minimum.
 * @example flowWidths([25, 100, null]) // [4, 8, 1.5] (rounded)
 */
export function flowWidths(weights: ReadonlyArray<number | null>, min = 1.5, max = 8): number[] {
  const largest = Math.max(0, ...weights.map((w) => w ?? 0));
  return weights.map((w) => {
    if (w === null || largest === 0) return min;
    return Math.max(min, Math.sqrt(w / largest) * max);
  });
}

export interface ArcInput {
  id: string;
  from: Point;
  to: Point;
  /** Shared by arcs between the same two places, so they fan out. */
  pairKey: string;
  weight: number | null;
}

/**
 * Paths and widths for a set of flows: arcs between the same two places
 * fan out (see arcPath), widths follow the weights (see flowWidths);
 * `samples` are points along each arc for label placement.
 */
export function layoutArcs(
  flows: readonly ArcInput[],
): { id: string; d: string; width: number; samples: Point[] }[] {
  const counts = new Map<string, number>();
  for (const f of flows) counts.set(f.pairKey, (counts.get(f.pairKey) ?? 0) + 1);
  const seen = new Map<string, number>();
  const widths = flowWidths(flows.map((f) => f.weight));
  return flows.map((f, i) => {
    const index = seen.get(f.pairKey) ?? 0;
    seen.set(f.pairKey, index + 1);
    return {
      id: f.id,
      d: arcPath(f.from, f.to, index, counts.get(f.pairKey) ?? 1),
      width: widths[i] ?? 1.5,
      samples: sampleArc(f.from, f.to, index, counts.get(f.pairKey) ?? 1),
    };
  });
}
