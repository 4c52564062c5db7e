/** Small statistics for benchmark figures. */

/**
 * The p-th percentile (0–100) by nearest rank; NaN for no values.
 * @example percentile([10, 20, 30, 40], 50) // 20
 */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** The median: the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
    : (sorted[Math.floor(mid)] ?? Number.NaN);
}

export interface Spread {
  p50: number;
  p95: number;
  worst: number;
  count: number;
}

/** p50, p95 and the largest value. */
export function summarize(values: readonly number[]): Spread {
  return {
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    worst: values.length ? Math.max(...values) : Number.NaN,
    count: values.length,
  };
}

/** Differences between consecutive timestamps. */
export function intervalsOf(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
}

/** Rounds to `digits` decimals, for figures meant to be read. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
