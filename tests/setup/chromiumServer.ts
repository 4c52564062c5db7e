/**
 * Vitest global setup for the browser project: one Chromium for the whole
 * run instead of one per test file (a launch costs about a second on this
 * machine, and there were two dozen). It starts with Playwright's own fresh,
 * temporary profile; each file connects to it and opens its own context
 * (tests/helpers/browser.ts), so files share no cookies, storage or
 * permissions. The address goes to the workers in an environment variable,
 * which they inherit because they start after this setup.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  CHROMIUM_ENDPOINT_VARIABLE,
  CLOSE_WITHIN_MS,
  closeOrKill,
  requireChromium,
} from '../helpers/chromium.ts';

let server: BrowserServer | undefined;

export async function setup(): Promise<void> {
  requireChromium();
  server = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  process.env[CHROMIUM_ENDPOINT_VARIABLE] = server.wsEndpoint();
}

export async function teardown(): Promise<void> {
  delete process.env[CHROMIUM_ENDPOINT_VARIABLE];
  const browser = server;
  if (!browser) return;
  const ended = await closeOrKill(
    () => browser.close(),
    () => browser.kill(),
    CLOSE_WITHIN_MS,
  );
  if (ended === 'killed')
    console.warn(`Chromium failed to close, or did not within ${CLOSE_WITHIN_MS} ms: killed.`);
}
