/**
 * Reduced motion: a reader who asks the system for less motion gets the
 * map's camera, the arcs and the timeline's range in their end state as
 * soon as a step changes, with no tween in between. The same check with
 * motion allowed shows the comparison can fail: there the first frame
 * after a step change is still on its way.
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
import { startStaticServer, type StaticServer } from '../helpers/staticServer.ts';
import { DIST, readDrawing, readSteps, waitForGraphicToSettle } from '../helpers/story.ts';

const steps = readSteps();

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(DIST);
});

afterAll(async () => {
  await server?.close();
});

/**
 * Scrolls so that `id` crosses the trigger line and reads the drawing in the
 * first animation frame after the step became active.
 */
async function drawingRightAfterStepChange(page: Page, id: string) {
  const immediate = await page.evaluate(async (stepId) => {
    const el = document.querySelector(`[data-step-id="${stepId}"]`)!;
    const ratio = window.innerWidth < 760 ? 0.75 : 0.5;
    const top = el.getBoundingClientRect().top + window.scrollY;
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.documentElement.dataset.activeStep === stepId) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-active-step'],
      });
    });
    window.scrollTo({ top: top - window.innerHeight * ratio + 40, behavior: 'instant' });
    await changed;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return true;
  }, id);
  expect(immediate).toBe(true);
  return readDrawing(page);
}

/** Pairs of consecutive steps whose camera or timeline range differ, so a change is visible. */
const pairs = steps.slice(1).map((to, i) => ({ from: steps[i]!, to }));

describe.each([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
])('on a $name ($width px)', ({ width, height }) => {
  describe('with reduced motion', () => {
    let browser: Browser;
    let page: Page;
    let watched: ReturnType<typeof watchPage>;

    beforeAll(async () => {
      browser = await launchBrowser({ reducedMotion: 'reduce', viewport: { width, height } });
      page = await browser.context.newPage();
      watched = watchPage(page, [server.origin]);
      await page.goto(server.url);
      await waitForStory(page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('every step change shows the end state of the map and timeline in the first frame', async () => {
      for (const { from, to } of pairs) {
        await scrollToStep(page, from.id);
        await waitForGraphicToSettle(page);
        const first = await drawingRightAfterStepChange(page, to.id);
        await waitForGraphicToSettle(page);
        const settled = await readDrawing(page);
        expect({ step: to.id, ...first }).toEqual({ step: to.id, ...settled });
      }
    });

    it('arcs are drawn whole at once instead of growing with the scroll', async () => {
      const withFlows = steps.find((s) => s.map.flows.length > 0)!;
      await scrollToStep(page, withFlows.id);
      const offsets = await page.$$eval('svg.map [data-flow]', (arcs) =>
        arcs.map((a) => Number(a.getAttribute('stroke-dashoffset'))),
      );
      expect(offsets.length).toBe(withFlows.map.flows.length);
      expect(offsets.every((o) => o === 0)).toBe(true);
    });

    it('the page scrolls to a deep link without smooth scrolling', async () => {
      const behaviour = await page.evaluate(
        () => getComputedStyle(document.documentElement).scrollBehavior,
      );
      expect(behaviour).toBe('auto');
    });

    it('logged no errors', () => {
      expect(watched.errors).toEqual([]);
    });
  });

  describe('with motion allowed (the control)', () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchBrowser({
        reducedMotion: 'no-preference',
        viewport: { width, height },
      });
      page = await browser.context.newPage();
      await page.goto(server.url);
      await waitForStory(page);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('the first frame after a step change that moves the camera is still on its way to the end state', async () => {
      // The first step whose camera differs from the previous one's.
      const pair = pairs.find(
        ({ from, to }) => JSON.stringify(from.map.extent) !== JSON.stringify(to.map.extent),
      )!;
      await scrollToStep(page, pair.from.id);
      await waitForGraphicToSettle(page);
      const first = await drawingRightAfterStepChange(page, pair.to.id);
      await waitForGraphicToSettle(page);
      const settled = await readDrawing(page);
      expect(first.map).not.toEqual(settled.map);
    });
  });
});
