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
  requireChromium,
} from '../helpers/chromium.ts';
import { finishesWithin } from '../helpers/finishesWithin.ts';

let server: BrowserServer | undefined;
/** How long the run waits for the shared Chromium to close before it kills it. */
const CLOSE_WITHIN_MS = 10_000;

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
  if (await finishesWithin(() => browser.close(), CLOSE_WITHIN_MS)) return;
  console.warn(`Chromium failed to close, or did not within ${CLOSE_WITHIN_MS} ms: killed.`);
  await browser.kill();
}
