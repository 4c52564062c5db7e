/** When a run taken on a busy machine is measured again. */

/** Others may use at most a quarter of the CPUs during a counted run. */
export const BUSY_SHARE = 0.25;
/** Attempts per run, the first included, before the quietest attempt is kept anyway. */
export const MAX_ATTEMPTS = 4;

export type RepeatDecision =
  /** Quiet enough: count this attempt. */
  | { action: 'keep' }
  /** Too busy: measure again. */
  | { action: 'repeat' }
  /** Still too busy at the last allowed attempt: count the quietest attempt, flagged. */
  | { action: 'keep-quietest'; capHit: true };

/**
 * What to do after attempt number `attempt` (1-based) whose other
 * processes used `otherShare` of the CPUs. A share that could not be read
 * (NaN) counts as busy: an unchecked run is not a fair one.
 * @example decideRepeat(0.3, 1) // { action: 'repeat' }
 */
export function decideRepeat(
  otherShare: number,
  attempt: number,
  limits: { busyShare?: number; maxAttempts?: number } = {},
): RepeatDecision {
  const { busyShare = BUSY_SHARE, maxAttempts = MAX_ATTEMPTS } = limits;
  if (otherShare <= busyShare) return { action: 'keep' };
  if (attempt < maxAttempts) return { action: 'repeat' };
  return { action: 'keep-quietest', capHit: true };
}
