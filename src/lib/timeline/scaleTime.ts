/** A linear time scale: milliseconds since 1970 to pixels across `width`. */
export interface TimeScale {
  (time: number): number;
  domain: [number, number];
  width: number;
}

/**
 * Maps the time range `domain` onto 0…`width` pixels.
 * @example scaleTime([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 300)(Date.UTC(2024, 6, 2)) // ≈ 150
 */
export function scaleTime(domain: [number, number], width: number): TimeScale {
  const span = Math.max(1, domain[1] - domain[0]);
  const scale = ((time: number) => ((time - domain[0]) / span) * width) as TimeScale;
  scale.domain = domain;
  scale.width = width;
  return scale;
}
