/**
 * Knows when a page has stopped fetching on its own. Playwright's
 * "networkidle" waits 500 ms without a connection after the load event; a
 * page that starts its islands after first paint (when the browser is
 * idle, or a moment later) can fetch after that. The benchmark's first
 * visit counts those fetches too, so it waits for a longer silence.
 */
import type { Page } from 'playwright-core';

export interface NetworkWatch {
  /**
   * Resolves once no request has been in flight for `quietMs`; rejects
   * after `maxMs` of a page that keeps fetching (its first visit has no end).
   */
  silence(options?: { quietMs?: number; maxMs?: number }): Promise<void>;
  stop(): void;
}

/**
 * Starts counting `page`'s requests; call before `page.goto`.
 * @example const network = watchNetwork(page); await page.goto(url); await network.silence();
 */
export function watchNetwork(page: Page): NetworkWatch {
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async silence({ quietMs = 2000, maxMs = 30_000 } = {}) {
      const since = Date.now();
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) {
        if (Date.now() - since > maxMs) {
          throw new Error(
            `${page.url()} was still fetching after ${maxMs / 1000} s (${inFlight} request(s) in flight)`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    stop() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    },
  };
}
