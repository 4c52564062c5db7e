/**
 * Arriving in the middle of the story: a deep link `#step-id`, a jump from
 * the step list, and a reload mid-page must each show the right step with
 * its map and timeline, the step's text on screen, and nothing from an
 * earlier step left behind.
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
} from '../helpers/story.ts';

const steps = readSteps();

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

async function expectStepShown(page: Page, id: string) {
  await waitForGraphicToSettle(page);
  const want = expectedGraphic(steps.find((s) => s.id === id)!);
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

/** The step's heading is inside the viewport and not hidden under the sticky graphic. */
async function expectTitleReadable(page: Page, id: string) {
  const hit = await page.evaluate((stepId) => {
    const title = document.getElementById(`title-${stepId}`);
    if (!title) return 'no title';
    const r = title.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight)
      return `title off screen (${r.top}–${r.bottom})`;
    const under = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
    return under && title.contains(under)
      ? 'readable'
      : `covered by ${under?.outerHTML.slice(0, 80)}`;
  }, id);
  expect(hit, id).toBe('readable');
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
  });

  afterAll(async () => {
    await page?.close();
  });

  it.each(steps.map((s) => [s.id]))(
    'a deep link to #%s opens the story at that step, with its map and timeline and its text on screen',
    async (id) => {
      await page.goto('about:blank');
      await page.goto(`${server.url}#${id}`);
      await waitForStory(page);
      await page.waitForFunction(
        (stepId) => document.documentElement.dataset.activeStep === stepId,
        id,
      );
      await expectStepShown(page, id);
      await expectTitleReadable(page, id);
    },
  );

  it('the step list jumps to the step a reader picks, and to the notes', async () => {
    await page.goto(server.url);
    await waitForStory(page);
    const target = steps[steps.length - 2]!;
    await page.locator('.step-list summary').click();
    await page.locator(`.step-list a[href="#${target.id}"]`).click();
    await page.waitForFunction(
      (id) => document.documentElement.dataset.activeStep === id,
      target.id,
    );
    await expectStepShown(page, target.id);
    await expectTitleReadable(page, target.id);
    await page.locator('.step-list summary').scrollIntoViewIfNeeded();
    await page.locator('.step-list a[href="#notes"]').click();
    await page.waitForFunction(() => {
      const r = document.getElementById('notes')?.getBoundingClientRect();
      return !!r && r.top >= -1 && r.top < window.innerHeight / 2;
    });
  });

  it('going back in history after a jump returns to the step the reader came from', async () => {
    const from = steps[1]!;
    const to = steps[steps.length - 1]!;
    await page.goto(`${server.url}#${from.id}`);
    await waitForStory(page);
    await page.waitForFunction((id) => document.documentElement.dataset.activeStep === id, from.id);
    await page.evaluate((id) => (location.hash = id), to.id);
    await page.waitForFunction((id) => document.documentElement.dataset.activeStep === id, to.id);
    await page.goBack();
    await page.waitForFunction((id) => document.documentElement.dataset.activeStep === id, from.id);
    await expectStepShown(page, from.id);
  });

  it.each([
    ['at a step', 0],
    ['part-way through a step', 0.3],
  ])(
    'a reload in the middle of the page (%s) activates the step at the trigger line',
    async (_, extra) => {
      await page.goto(server.url);
      await waitForStory(page);
      const middle = steps[Math.floor(steps.length / 2)]!;
      await scrollToStep(page, middle.id);
      await jumpBy(page, height * extra);
      await waitForGraphicToSettle(page);
      const before = await page.evaluate(() => window.scrollY);
      await page.reload();
      await waitForStory(page);
      // The browser restores the reading position after the reload.
      await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before);
      await waitForGraphicToSettle(page);
      const at = await stepAtTriggerLine(page);
      expect(at).toBeDefined();
      await expectStepShown(page, at!);
    },
  );

  it('logged no errors and requested nothing from another origin', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
