/**
 * Scrolling through the built story in Chromium, on a phone and on a
 * desktop: every step activates and its map and timeline show what
 * data/steps.json asks for, going down and coming back up, after fast
 * jumps, and when the reader scrolls with the keyboard.
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
import {
  DIST,
  expectedGraphic,
  jumpBy,
  readGraphic,
  readSteps,
  stepAtTriggerLine,
  waitForGraphicToSettle,
  waitForScrollToSettle,
} from '../helpers/story.ts';

const steps = readSteps();
const first = steps[0]!;
const last = steps[steps.length - 1]!;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** After the map and timeline have finished moving, they show exactly the step's state. */
async function expectStepShown(page: Page, id: string) {
  await waitForGraphicToSettle(page);
  const step = steps.find((s) => s.id === id)!;
  const want = expectedGraphic(step);
  const shown = await readGraphic(page);
  expect({ step: id, ...shown }).toEqual({
    step: id,
    active: id,
    current: [id],
    countries: want.countries,
    places: want.places,
    placesInView: want.places,
    flows: want.flows,
    highlighted: want.highlighted,
  });
}

describe.each([
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
])('on a $name ($width px)', ({ width, height }) => {
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    watched = watchPage(page, [server.origin]);
    await page.goto(server.url);
    await waitForStory(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  it('opens at the first step with its map and timeline', async () => {
    await expectStepShown(page, first.id);
  });

  it('activates every step in turn while scrolling down, each showing its countries, places, arcs and events', async () => {
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expectStepShown(page, step.id);
    }
  });

  it('activates every step again while scrolling back up', async () => {
    for (const step of [...steps].reverse()) {
      await scrollToStep(page, step.id);
      await expectStepShown(page, step.id);
    }
  });

  it('follows a wheel scroll down the page: the active step is always the one at the trigger line', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.mouse.move(width / 2, height / 2);
    const seen: string[] = [];
    for (let guard = 0; guard < 400; guard++) {
      await page.mouse.wheel(0, height / 3);
      await waitForGraphicToSettle(page);
      const at = await stepAtTriggerLine(page);
      const shown = await readGraphic(page);
      expect(shown.active).toBe(at);
      if (shown.active && seen[seen.length - 1] !== shown.active) seen.push(shown.active);
      if (shown.active === last.id) break;
    }
    // A third of a screen per notch is less than a step, so none is skipped.
    expect(seen).toEqual(steps.map((s) => s.id));
  });

  it('lands on the right step after a fast jump to the end of the story and back to the top', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForFunction(
      (id) => document.documentElement.dataset.activeStep === id,
      first.id,
    );
    // Far past the last step, into the notes below it: the last step stays active.
    await page.evaluate(() =>
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
    );
    await page.waitForFunction((id) => document.documentElement.dataset.activeStep === id, last.id);
    await expectStepShown(page, last.id);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.waitForFunction(
      (id) => document.documentElement.dataset.activeStep === id,
      first.id,
    );
    await expectStepShown(page, first.id);
  });

  it('keeps the state right through a burst of jumps in both directions within one frame', async () => {
    const middle = steps[Math.floor(steps.length / 2)]!;
    await scrollToStep(page, middle.id);
    // Several jumps before the browser paints: enter/exit order would be
    // meaningless here; only the final position may decide.
    for (const dy of [height * 5, -height * 9, height * 3, -height * 2]) await jumpBy(page, dy);
    await waitForGraphicToSettle(page);
    const at = await stepAtTriggerLine(page);
    expect(at).toBeDefined();
    await expectStepShown(page, at!);
  });

  it('follows keyboard scrolling: End reaches the last step and Home the first', async () => {
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('End');
    await page.waitForFunction((id) => document.documentElement.dataset.activeStep === id, last.id);
    // Let the keyboard's own scroll animation end, or it swallows the next key.
    await waitForScrollToSettle(page);
    await page.keyboard.press('Home');
    await page.waitForFunction(
      (id) => document.documentElement.dataset.activeStep === id,
      first.id,
    );
    await waitForScrollToSettle(page);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await waitForGraphicToSettle(page);
    expect((await readGraphic(page)).active).toBe(await stepAtTriggerLine(page));
  });

  it('logged no errors and requested nothing from another origin', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
