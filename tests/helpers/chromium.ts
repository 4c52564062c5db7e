/**
 * Where Debian's Chromium is and the flags every launch uses, shared by the
 * browser tests' one Chromium per run (tests/setup/chromiumServer.ts), the
 * fallback launch in browser.ts and the benchmark.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The environment variable that hands the shared Chromium's address to the test workers. */
export const CHROMIUM_ENDPOINT_VARIABLE = 'STORY_CHROMIUM_WS';

/** There is no skipping: without Chromium the browser tests fail with the command that installs it. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get update && apt-get install -y chromium".`,
    );
  }
}

/** How long the run waits for the shared Chromium to close before it kills it. */
export const CLOSE_WITHIN_MS = 10_000;

/**
 * Closes something that can hang (a browser) and kills it if the close fails
 * or has not finished within `ms`: a Chromium that does not close must not
 * hold the test run open, nor outlive it.
 * @example await closeOrKill(() => server.close(), () => server.kill(), CLOSE_WITHIN_MS) // 'closed'
 */
export async function closeOrKill(
  close: () => Promise<unknown>,
  kill: () => Promise<unknown>,
  ms: number,
): Promise<'closed' | 'killed'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, ms, 'late');
  });
  const ended = await Promise.race([
    // Called inside the chain: a close that throws at once counts as failed too.
    Promise.resolve()
      .then(close)
      .then(
        () => 'closed' as const,
        () => 'failed' as const,
      ),
    late,
  ]);
  clearTimeout(timer);
  if (ended === 'closed') return 'closed';
  await kill();
  return 'killed';
}
