/**
 * Debian's Chromium, driven by playwright-core, with a fresh profile per
 * launch. There is no skipping: without Chromium the browser tests fail
 * with the command that installs it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get update && apt-get install -y chromium".`,
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'story-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  return {
    context,
    async close() {
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

/**
 * Runs axe-core in the page (injected by evaluation, so a strict CSP on the
 * page does not block it) and returns the violations, one line each.
 */
export async function runAxe(page: Page, context: string | null = null): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
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
  await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
}

/** Scrolls so that step `id` crosses the trigger line, and waits for it to become active. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
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
