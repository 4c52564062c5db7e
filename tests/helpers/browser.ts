/**
 * Debian's Chromium, driven by playwright-core. A run has one Chromium
 * (tests/setup/chromiumServer.ts starts it with a fresh profile); each
 * launchBrowser() connects to it and opens a new context, which is as
 * separate as a new profile (cookies, storage, permissions) and costs a
 * fraction of a launch. Launch-only options (args, a proxy, …) or a run
 * without the global setup (a script outside Vitest) get a Chromium of
 * their own, as before. There is no skipping: without Chromium the browser
 * tests fail with the command that installs it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  CHROMIUM_ENDPOINT_VARIABLE,
  requireChromium,
} from './chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS };

export type BrowserOptions = Parameters<typeof chromium.launchPersistentContext>[1];

export interface Browser {
  context: BrowserContext;
  /** Another context in the same Chromium, for a test that needs other settings (a time zone, say); close it yourself. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Options that only a new Chromium process can honour; a context cannot. */
const LAUNCH_ONLY = [
  'args',
  'channel',
  'chromiumSandbox',
  'downloadsPath',
  'env',
  'executablePath',
  'handleSIGHUP',
  'handleSIGINT',
  'handleSIGTERM',
  'headless',
  'ignoreDefaultArgs',
  'proxy',
  'slowMo',
  'timeout',
  'tracesDir',
] as const satisfies readonly (keyof NonNullable<BrowserOptions>)[];

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

export async function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  const endpoint = process.env[CHROMIUM_ENDPOINT_VARIABLE];
  const needsOwnProcess = LAUNCH_ONLY.some((key) => options?.[key] !== undefined);
  if (endpoint && !needsOwnProcess) {
    const shared = await chromium.connect(endpoint);
    const open = (o: BrowserContextOptions = {}) =>
      shared.newContext({ viewport: DEFAULT_VIEWPORT, ...o });
    const context = await open(options as BrowserContextOptions);
    return {
      context,
      newContext: open,
      async close() {
        await context.close();
        // Disconnects; the shared Chromium stays up for the next file.
        await shared.close();
      },
    };
  }
  return launchOwnBrowser(options);
}

/** A Chromium for this caller alone, with a fresh profile. */
async function launchOwnBrowser(options: BrowserOptions): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(path.join(tmpdir(), 'story-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: DEFAULT_VIEWPORT,
    ...options,
  });
  const extra: BrowserContext[] = [];
  return {
    context,
    async newContext(o: BrowserContextOptions = {}) {
      // A persistent context's Chromium has no second context: launch another.
      const own = await launchOwnBrowser({ ...o } as BrowserOptions);
      extra.push(own.context);
      own.context.on('close', () => own.close());
      return own.context;
    },
    async close() {
      for (const c of extra) await c.close().catch(() => {});
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
/** Collects console errors, page errors and requests that leave the allowed origins. */
export function watchPage(page: Page, allowedOrigins: string[]) {
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (!allowedOrigins.some((o) => url.startsWith(o + '/'))) foreignRequests.push(url);
  });
  return { errors, foreignRequests };
}

const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Puts axe-core in the page once (by evaluation, so a strict CSP on the page does not block it). */
export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/**
 * Runs axe-core in the page (injected by evaluation, so a strict CSP on the
 * page does not block it) and returns the violations, one line each.
 */
export async function runAxe(page: Page, context: string | null = null): Promise<string[]> {
  await injectAxe(page);
  const violations = await page.evaluate(async (ctx) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: unknown }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  }, context);
  return violations;
}

/** Waits until the story has hydrated and measured its steps. */
export async function waitForStory(page: Page): Promise<void> {
  // The story page loads the graphic's scripts at the reader's first scroll, tap or key
  // (src/boot.ts): a reader who has not moved yet presses a key that moves nothing.
  const started = await page.evaluate(
    () => document.documentElement.dataset.activeStep !== undefined,
  );
  if (!started) await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
}

/** Scrolls so that step `id` crosses the trigger line, and waits for it to become active. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  // In front, as the reader's tab is: the wait below polls on animation frames,
  // which Chromium hardly runs in a tab behind another.
  await page.bringToFront();
  await page.evaluate((stepId) => {
    const el = document.querySelector(`[data-step-id="${stepId}"]`);
    if (!el) throw new Error(`no step ${stepId}`);
    const ratio = window.innerWidth < 760 ? 0.75 : 0.5;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * ratio + 40, behavior: 'instant' });
  }, id);
  await page.waitForFunction(
    (stepId) => document.documentElement.dataset.activeStep === stepId,
    id,
  );
}
