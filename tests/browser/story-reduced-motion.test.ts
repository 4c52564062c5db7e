/**
 * Reduced motion: a reader who asks the system for less motion gets the
 * map's camera, the arcs and the timeline's range in their end state as
 * soon as a step changes, with no tween in between. The same check with
 * motion allowed shows the comparison can fail: there the first frame
 * after a step change is still on its way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import {
  VIEWPORTS,
  openStory,
  readDrawing,
  readSteps,
  waitForGraphicToSettle,
} from '../helpers/story.ts';

const steps = readSteps();

/**
 * Scrolls so that `id` crosses the trigger line and reads the drawing in the
 * first animation frames after the step became active.
 */
async function drawingRightAfterStepChange(page: Page, id: string) {
  await page.evaluate(async (stepId) => {
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
  }, id);
  return readDrawing(page);
}

/** Pairs of consecutive steps whose camera or timeline range differ, so a change is visible. */
const pairs = steps
  .slice(1)
  .map((to, i) => ({ from: steps[i]!, to }))
  .filter(
    ({ from, to }) =>
      JSON.stringify(from.map.extent) !== JSON.stringify(to.map.extent) ||
      from.timeline.from !== to.timeline.from ||
      from.timeline.to !== to.timeline.to,
  );

/**
 * Follows a link to the last step from the top of the page and records the
 * scroll position at every frame until it has stood still for ten frames:
 * a jump goes there in one move, a smooth scroll passes through positions
 * in between. Counted in frames, not milliseconds, so a slow machine cannot
 * turn one into the other.
 */
function scrollPositionsAfterDeepLink(page: Page) {
  return page.evaluate(async (id) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    window.scrollTo({ top: 0, behavior: 'instant' });
    await frame();
    const start = window.scrollY;
    document.querySelector<HTMLAnchorElement>(`.step-list a[href="#${id}"]`)!.click();
    const seen: number[] = [];
    let still = 0;
    while (still < 10) {
      await frame();
      const y = window.scrollY;
      still = y === seen.at(-1) ? still + 1 : 0;
      if (y !== seen.at(-1)) seen.push(y);
    }
    const rest = seen.at(-1)!;
    return { rest, between: seen.filter((y) => y !== start && y !== rest) };
  }, steps.at(-1)!.id);
}

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  describe('with reduced motion', () => {
    const site = useSite({ browser: { reducedMotion: 'reduce', viewport: { width, height } } });
    const tab = openStory(site);

    it('every step change shows the end state of the map and timeline in the first frame', async () => {
      for (const { from, to } of pairs) {
        await scrollToStep(tab.page, from.id);
        await waitForGraphicToSettle(tab.page);
        const before = await readDrawing(tab.page);
        const first = await drawingRightAfterStepChange(tab.page, to.id);
        await waitForGraphicToSettle(tab.page);
        const settled = await readDrawing(tab.page);
        // The graphic did move (a frozen one would pass the next check)...
        expect({ step: to.id, ...first }).not.toEqual({ step: to.id, ...before });
        // ...and was at its end state in the first frames, with no tween in between.
        expect({ step: to.id, ...first }).toEqual({ step: to.id, ...settled });
      }
    });

    it('arcs are drawn whole at once instead of growing with the scroll', async () => {
      const withFlows = steps.find((s) => s.map.flows.length > 0)!;
      await scrollToStep(tab.page, withFlows.id);
      const offsets = await tab.page.$$eval('svg.map [data-flow]', (arcs) =>
        arcs.map((a) => Number(a.getAttribute('stroke-dashoffset'))),
      );
      expect(offsets.length).toBe(withFlows.map.flows.length);
      expect(offsets.every((o) => o === 0)).toBe(true);
    });

    it('the page jumps to a deep link instead of scrolling there smoothly', async () => {
      const { rest, between } = await scrollPositionsAfterDeepLink(tab.page);
      expect(rest).toBeGreaterThan(height);
      expect(between).toEqual([]);
    });

    it('logged no errors', () => {
      expect(tab.watched.errors).toEqual([]);
    });
  });

  describe('with motion allowed (the control)', () => {
    const site = useSite({
      browser: { reducedMotion: 'no-preference', viewport: { width, height } },
    });
    const tab = openStory(site);

    it('the first frame after a step change that moves the camera is still on its way to the end state', async () => {
      // The first step whose camera differs from the previous one's.
      const pair = pairs.find(
        ({ from, to }) => JSON.stringify(from.map.extent) !== JSON.stringify(to.map.extent),
      )!;
      await scrollToStep(tab.page, pair.from.id);
      await waitForGraphicToSettle(tab.page);
      const first = await drawingRightAfterStepChange(tab.page, pair.to.id);
      await waitForGraphicToSettle(tab.page);
      const settled = await readDrawing(tab.page);
      expect(first.map).not.toEqual(settled.map);
    });

    it('the page scrolls smoothly to a deep link (the same probe as under reduced motion)', async () => {
      const { rest, between } = await scrollPositionsAfterDeepLink(tab.page);
      expect(rest).toBeGreaterThan(height);
      expect(between.length).toBeGreaterThan(0);
    });
  });
});
