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
