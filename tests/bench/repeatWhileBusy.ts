import { decideRepeat } from './decideRepeat.ts';

/** How busy the machine was around a counted run, kept beside its figures. */
export interface QuietCheck {
  /** Share (0–1) of all CPUs that other processes used during the counted attempt. */
  otherCpu: number;
  /** Attempts made for this run, the counted one included. */
  attempts: number;
  /** Other processes' share during each attempt that was not counted. */
  discardedOtherCpu: number[];
  /** True when every allowed attempt was too busy and the quietest was counted anyway. */
  capHit: boolean;
}

/**
 * Runs `work` inside a CPU watch (`startWatch()` starts it; the function it
 * returns stops it and gives other processes' share), and again while that
 * share was above the allowed one (decideRepeat), up to the cap; returns
 * the counted attempt's result with its QuietCheck. A failing `work` is not
 * repeated: its error passes on.
 * @example await repeatWhileBusy(() => probeStoryScrolling(browser, url), watchOtherCpu)
 */
export async function repeatWhileBusy<T>(
  work: () => Promise<T>,
  startWatch: () => () => number,
  limits: { busyShare?: number; maxAttempts?: number } = {},
): Promise<{ value: T } & QuietCheck> {
  const attempts: { value: T; otherCpu: number }[] = [];
  for (;;) {
    const stopWatch = startWatch();
    const value = await work();
    const otherCpu = stopWatch();
    attempts.push({ value, otherCpu });
    const decision = decideRepeat(otherCpu, attempts.length, limits);
    if (decision.action === 'repeat') continue;
    const counted =
      decision.action === 'keep'
        ? attempts.length - 1
        : attempts.reduce(
            (best, a, i) => (quieter(a.otherCpu, attempts[best]?.otherCpu) ? i : best),
            0,
          );
    const chosen = attempts[counted] as { value: T; otherCpu: number };
    return {
      value: chosen.value,
      otherCpu: chosen.otherCpu,
      attempts: attempts.length,
      discardedOtherCpu: attempts.filter((_, i) => i !== counted).map((a) => a.otherCpu),
      capHit: decision.action === 'keep-quietest',
    };
  }
}

/** A readable share beats an unreadable one (NaN). */
function quieter(share: number, than: number | undefined): boolean {
  if (than === undefined || Number.isNaN(than)) return !Number.isNaN(share);
  return share < than;
}
