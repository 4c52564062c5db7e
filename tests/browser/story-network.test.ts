/**
 * The story talks to no one but its own origin, even when a reader uses
 * everything on the page: every step, every timeline mark's details, the
 * step list, the text equivalents, the table. Served under a strict
 * Content-Security-Policy (no inline script, nothing from elsewhere), it
 * logs no error and every file it asks for exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchBrowser,
  scrollToStep,
  waitForStory,
  watchPage,
  type Browser,
} from '../helpers/browser.ts';
import { CSP_STRICT, startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { DIST, readSteps } from '../helpers/story.ts';

const steps = readSteps();

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(DIST, { headers: { 'Content-Security-Policy': CSP_STRICT } });
  browser = await launchBrowser({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
])('on a $name ($width px), under a strict Content-Security-Policy', ({ width, height }) => {
  let page: Page;
  let watched: ReturnType<typeof watchPage>;
  const failed: string[] = [];
  const loaded: string[] = [];

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    watched = watchPage(page, [server.origin]);
    page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
    await page.goto(server.url);
    await waitForStory(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('the map’s shapes and the app load from the site itself (the page is hydrated)', async () => {
    expect(await page.locator('svg.map [data-country]').count()).toBeGreaterThan(0);
    expect(loaded).toContain('/geo/region.js');
    expect(loaded.some((p) => /^\/assets\/.+\.js$/.test(p))).toBe(true);
  });

  it('every step, and every timeline mark’s details, load nothing from elsewhere', async () => {
    for (const step of steps) {
      await scrollToStep(page, step.id);
      const marks = page.locator('svg.timeline [data-event-id]');
      for (let i = 0; i < (await marks.count()); i++) {
        const id = await marks.nth(i).getAttribute('data-event-id');
        await marks.nth(i).focus();
        await page.waitForFunction(
          (eventId) =>
            document
              .querySelector(`svg.timeline [data-event-id="${eventId}"]`)
              ?.getAttribute('aria-pressed') === 'true',
          id,
        );
      }
    }
    expect(watched.foreignRequests).toEqual([]);
  });

  it('the step list, the text equivalents and the table load nothing from elsewhere', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator('.step-list summary').click();
    for (const summary of await page.locator('.describe summary').all()) {
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
    }
    await page.locator('#all-events').scrollIntoViewIfNeeded();
    expect(watched.foreignRequests).toEqual([]);
  });

  it('logged no errors (a CSP violation is one) and every request succeeded', () => {
    expect(watched.errors).toEqual([]);
    expect(failed).toEqual([]);
  });
});
