/**
 * For closes that can hang at the end of a test run (the shared Chromium,
 * Vite's dev server): a close that does not finish must not hold the run
 * open, so the caller waits a bounded time and then reports, or kills.
 */

/**
 * Whether `work` finished within `ms`: false if it failed (threw at once
 * included) or is still running. The timer is cleared either way, so it
 * keeps no process alive.
 * @example await finishesWithin(() => server.close(), 10_000) // true
 */
export async function finishesWithin(work: () => Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  const done = Promise.resolve()
    .then(work)
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([done, late]);
  } finally {
    clearTimeout(timer);
  }
}
