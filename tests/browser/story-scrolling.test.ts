/**
 * Scrolling through the built story in Chromium, on a phone and on a
 * desktop: every step activates and its map and timeline show what
 * data/steps.json asks for, going down and coming back up, after fast
 * jumps, and when the reader scrolls with the keyboard (and, on the
 * desktop, with a mouse wheel). Motion is reduced
 * (the graphic jumps to each step) because what is tested is which step
 * shows, not how it moves there; one pass down the story keeps motion on,
 * so the tweens still have to end at every step's state.
 */
import { describe, expect, it } from 'vitest';
import { scrollToStep } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import {
  VIEWPORTS,
  expectStepShown,
  openStory,
  readGraphic,
  readSteps,
  stepAtTriggerLine,
  waitForActiveStep,
  waitForGraphicToSettle,
  waitForScrollToSettle,
} from '../helpers/story.ts';

const steps = readSteps();
const first = steps[0]!;
const last = steps[steps.length - 1]!;

const site = useSite();

describe('on a desktop with motion allowed', () => {
  const tab = openStory(site, { media: { reducedMotion: 'no-preference' } });

  it('every tween ends at the state of the step, all the way down', async () => {
    expect(
      await tab.page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches),
    ).toBe(false);
    for (const step of steps) {
      await scrollToStep(tab.page, step.id);
      await expectStepShown(tab.page, step.id);
    }
  });
});

/**
 * Whenever the map's drawing changes, from its hydration on, it must be drawn
 * for its panel as laid out then: a map drawn at the old size and redrawn
 * when the panel reports its new one is a second drawing, which made step
 * changes (and the start) long tasks on phones, where the legend and the
 * timeline change height between steps.
 */
function watchMapDrawnAtItsPanelsSize(): void {
  const drawnAtWrongSize: string[] = [];
  (window as unknown as { __drawnAtWrongSize: string[] }).__drawnAtWrongSize = drawnAtWrongSize;
  document.addEventListener('DOMContentLoaded', () => {
    const svg = document.querySelector('svg.map');
    const panel = svg?.closest('.map-panel');
    if (!svg || !panel) return;
    new MutationObserver(() => {
      const drawn = Number(svg.getAttribute('viewBox')?.split(' ')[3]);
      const laidOut = panel.getBoundingClientRect().height;
      if (Math.abs(drawn - laidOut) > 0.5)
        drawnAtWrongSize.push(
          `${document.querySelector('figure.graphic')?.getAttribute('data-step')}: drawn ${drawn}, panel ${laidOut}`,
        );
    }).observe(svg, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

describe.each(VIEWPORTS)('on a $name ($width px)', ({ width, height }) => {
  const tab = openStory(site, {
    viewport: { width, height },
    media: { reducedMotion: 'reduce' },
    onPage: (page) => page.addInitScript(watchMapDrawnAtItsPanelsSize),
  });

  it('opens at the first step with its map and timeline', async () => {
    await expectStepShown(tab.page, first.id);
  });

  it('activates every step in turn while scrolling down, each showing its countries, places, arcs and events, the map drawn (from its hydration on) at the size its panel has', async () => {
    for (const step of steps) {
      await scrollToStep(tab.page, step.id);
      await expectStepShown(tab.page, step.id);
    }
    expect(
      await tab.page.evaluate(
        () => (window as unknown as { __drawnAtWrongSize: string[] }).__drawnAtWrongSize,
      ),
    ).toEqual([]);
  });

  it('activates every step again while scrolling back up', async () => {
    for (const step of [...steps].reverse()) {
      await scrollToStep(tab.page, step.id);
      await expectStepShown(tab.page, step.id);
    }
  });

  it('lands on the right step after a fast jump to the end of the story and back to the top', async () => {
    await tab.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await waitForActiveStep(tab.page, first.id);
    // Far past the last step, into the notes below it: the last step stays active.
    await tab.page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
    await waitForActiveStep(tab.page, last.id);
    await expectStepShown(tab.page, last.id);
    await tab.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await waitForActiveStep(tab.page, first.id);
    await expectStepShown(tab.page, first.id);
  });

  it('keeps the state right through a burst of jumps in both directions within one frame', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(tab.page, middle.id);
    // Several jumps in one task, so the browser paints none of them: enter/exit
    // order would be meaningless here; only the final position may decide.
    const burst = await tab.page.evaluate(
      (jumps) => {
        const start = window.scrollY;
        const stops: number[] = [];
        for (const dy of jumps) {
          window.scrollBy({ top: dy, behavior: 'instant' });
          stops.push(window.scrollY);
        }
        return { start, stops };
      },
      [height * 5, -height * 9, height * 3, -height * 2],
    );
    // Every jump moved the page (one synchronous task: no frame runs between them).
    expect(new Set([burst.start, ...burst.stops]).size).toBe(5);
    await waitForGraphicToSettle(tab.page);
    const at = await stepAtTriggerLine(tab.page);
    expect(at).toBeDefined();
    await expectStepShown(tab.page, at!);
  });

  it('follows keyboard scrolling: End reaches the last step and Home the first', async () => {
    await tab.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await tab.page.locator('body').click({ position: { x: 2, y: 2 } });
    await tab.page.keyboard.press('End');
    await waitForActiveStep(tab.page, last.id);
    // Let the keyboard's own scroll animation end, or it swallows the next key.
    await waitForScrollToSettle(tab.page);
    await tab.page.keyboard.press('Home');
    await waitForActiveStep(tab.page, first.id);
    await waitForScrollToSettle(tab.page);
    await tab.page.keyboard.press('PageDown');
    await tab.page.keyboard.press('PageDown');
    // The keys scroll smoothly: the graphic can hold still for six frames before the
    // page crosses into the next step, so the page must have stopped first.
    await waitForScrollToSettle(tab.page);
    await waitForGraphicToSettle(tab.page);
    expect((await readGraphic(tab.page)).active).toBe(await stepAtTriggerLine(tab.page));
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});

/**
 * A mouse wheel is a desktop's: on a phone the reader's finger moves the page,
 * which the step-by-step scrolls above stand for.
 */
describe('with a mouse wheel on a desktop', () => {
  const { width, height } = VIEWPORTS[1]!;
  const tab = openStory(site, { viewport: { width, height }, media: { reducedMotion: 'reduce' } });

  it('follows a wheel scroll down the page: the active step is always the one at the trigger line', async () => {
    await tab.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await tab.page.mouse.move(width / 2, height / 2);
    const seen: string[] = [];
    for (let guard = 0; guard < 400; guard++) {
      await tab.page.mouse.wheel(0, height / 3);
      // The wheel scrolls smoothly: compare the two only once the page stands still.
      await waitForScrollToSettle(tab.page);
      await waitForGraphicToSettle(tab.page);
      const y = await tab.page.evaluate(() => window.scrollY);
      const at = await stepAtTriggerLine(tab.page);
      const shown = await readGraphic(tab.page);
      expect(await tab.page.evaluate(() => window.scrollY)).toBe(y);
      expect(shown.active).toBe(at);
      if (shown.active && seen[seen.length - 1] !== shown.active) seen.push(shown.active);
      if (shown.active === last.id) break;
    }
    // A third of a screen per notch is less than a step, so none is skipped.
    expect(seen).toEqual(steps.map((s) => s.id));
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(tab.watched.errors).toEqual([]);
    expect(tab.watched.foreignRequests).toEqual([]);
  });
});
