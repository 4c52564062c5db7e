/**
 * One Debian Chromium for a whole section of the benchmark, with a fresh
 * browser context (its own empty cache and storage) for each measurement:
 * starting Chromium once is much cheaper on this machine than once per
 * page. Same executable and flags as the browser tests
 * (tests/helpers/browser.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser.ts';
import { installProbes } from './pageProbes.ts';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run "apt-get install -y chromium".`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh context with the bench probes installed.
 * @example const context = await newProbedContext(browser, { viewport: { width: 412, height: 823 } })
 */
export async function newProbedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  probes: { countObservers?: boolean } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await installProbes(context, probes);
  return context;
}
