/**
 * The set-up every browser test file shares: the built site served on its
 * own origin, and a fresh Chromium. Call once at the top of a file (or a
 * describe block); it registers beforeAll/afterAll and hands back getters,
 * because the server and browser exist only once the hooks have run.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { startStaticServer, type StaticServer } from './staticServer.ts';
import { DIST } from './story.ts';

export interface SiteOptions {
  /** Folder to serve (default: dist/). A function is read when the hooks run (e.g. a build made in an earlier beforeAll). */
  root?: string | (() => string);
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Options for the browser, e.g. `{ reducedMotion: 'reduce' }` or a viewport. */
  browser?: Parameters<typeof launchBrowser>[0];
}

export interface Site {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function useSite(options: SiteOptions = {}): Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const root = typeof options.root === 'function' ? options.root() : (options.root ?? DIST);
    [server, browser] = await Promise.all([
      startStaticServer(root, { headers: options.headers }),
      launchBrowser(options.browser),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useSite: the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useSite: the browser starts in beforeAll');
      return browser;
    },
  };
}
