/**
 * The map writes its path data to a tenth of a pixel: finer than any
 * screen shows, and short. One rule for the arcs (arcPath.ts) and the
 * country shapes (clipShapes.ts).
 * @example roundToTenth(12.345) // 12.3
 */
export function roundToTenth(n: number): number {
  return Math.round(n * 10) / 10;
}
