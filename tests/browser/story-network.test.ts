/**
 * The story talks to no one but its own origin, even when a reader uses
 * everything on the page: every step, every timeline mark's details, the
 * step list, the text equivalents, the table. Served under a strict
 * Content-Security-Policy (no inline script, nothing from elsewhere), it
 * logs no error and every file it asks for exists.
 */
import { describe, expect, it } from 'vitest';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import { CSP_STRICT } from '../helpers/staticServer.ts';
import { VIEWPORTS, openStory, readSteps } from '../helpers/story.ts';

const steps = readSteps();

const site = useSite({
  headers: { 'Content-Security-Policy': CSP_STRICT },
  browser: { reducedMotion: 'reduce' },
});

describe.each(VIEWPORTS)(
  'on a $name ($width px), under a strict Content-Security-Policy',
  ({ width, height }) => {
    const failed: string[] = [];
    const loaded: string[] = [];
    const tab = openStory(site, {
      viewport: { width, height },
      onPage(page) {
        page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
        page.on('response', (r) => {
          if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
        });
        page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
      },
    });

    it('the map’s shapes and the app load from the site itself (the page is hydrated)', async () => {
      expect(await tab.page.locator('svg.map [data-country]').count()).toBeGreaterThan(0);
      expect(loaded).toContain('/geo/region.js');
      expect(loaded.some((p) => /^\/assets\/.+\.js$/.test(p))).toBe(true);
    });

    it('every step, and every timeline mark’s details, load nothing from elsewhere', async () => {
      for (const step of steps) {
        await scrollToStep(tab.page, step.id);
        const marks = tab.page.locator('svg.timeline [data-event-id]');
        for (let i = 0; i < (await marks.count()); i++) {
          const id = await marks.nth(i).getAttribute('data-event-id');
          await marks.nth(i).focus();
          await tab.page.waitForFunction(
            (eventId) =>
              document
                .querySelector(`svg.timeline [data-event-id="${eventId}"]`)
                ?.getAttribute('aria-pressed') === 'true',
            id,
          );
        }
      }
      expect(tab.watched.foreignRequests).toEqual([]);
    });

    it('the step list, the text equivalents and the table load nothing from elsewhere', async () => {
      await tab.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await tab.page.locator('.step-list summary').click();
      for (const summary of await tab.page.locator('.describe summary').all()) {
        await summary.scrollIntoViewIfNeeded();
        await summary.click();
      }
      await tab.page.locator('#all-events').scrollIntoViewIfNeeded();
      expect(tab.watched.foreignRequests).toEqual([]);
    });

    it('logged no errors (a CSP violation is one) and every request succeeded', () => {
      expect(tab.watched.errors).toEqual([]);
      expect(failed).toEqual([]);
    });
  },
);
