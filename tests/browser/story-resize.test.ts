/**
 * Resizing and rotating: a reader who narrows a desktop window to a phone's
 * width, or turns a phone, stays on the step they were reading; the active
 * step is still the one at the trigger line, the graphic refits, and at
 * 320 px nothing makes the page scroll sideways.
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
  browser = await launchBrowser({ reducedMotion: 'reduce' });
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

/** Everything that is wider than the screen: the document, and any element sticking out of it. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      out.push(`document is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    }
    for (const el of document.querySelectorAll('svg.map, svg.timeline, .graphic, .step, .card')) {
      const r = el.getBoundingClientRect();
      if (r.left < -0.5 || r.right > width + 0.5) {
        out.push(
          `${el.tagName.toLowerCase()}.${el.getAttribute('class')} spans ${r.left}–${r.right}`,
        );
      }
    }
    return out;
  });
}

describe('resizing the window', () => {
  let page: Page;
  let watched: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    page = await browser.context.newPage();
    watched = watchPage(page, [server.origin]);
  });

  afterAll(async () => {
    await page?.close();
  });

  it.each(steps.filter((_, i) => i % 3 === 1).map((s) => [s.id]))(
    'from 1280 to 320 px wide keeps step %s, at the trigger line, with the graphic fitting the width',
    async (id) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(server.url);
      await waitForStory(page);
      await scrollToStep(page, id);
      await waitForGraphicToSettle(page);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.waitForFunction(
        () => (document.querySelector('svg.map')?.getBoundingClientRect().width ?? 999) <= 320,
      );
      await waitForGraphicToSettle(page);
      expect(await stepAtTriggerLine(page)).toBe(id);
      await expectStepShown(page, id);
      expect(await horizontalOverflow(page)).toEqual([]);
    },
  );

  it('back from 320 to 1280 px keeps the step too', async () => {
    const id = steps[steps.length - 3]!.id;
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(server.url);
    await waitForStory(page);
    await scrollToStep(page, id);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(
      () => (document.querySelector('svg.map')?.getBoundingClientRect().width ?? 0) > 400,
    );
    await waitForGraphicToSettle(page);
    expect(await stepAtTriggerLine(page)).toBe(id);
    await expectStepShown(page, id);
  });

  it('turning a phone to landscape and back keeps the step', async () => {
    const id = steps[Math.floor(steps.length / 2)]!.id;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(server.url);
    await waitForStory(page);
    await scrollToStep(page, id);
    for (const size of [
      { width: 740, height: 375 },
      { width: 375, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForFunction(
        (w) => Math.round(document.querySelector('svg.map')!.getBoundingClientRect().right) <= w,
        size.width,
      );
      await waitForGraphicToSettle(page);
      expect(await stepAtTriggerLine(page)).toBe(id);
      await expectStepShown(page, id);
    }
  });

  it('at 320 px, no step makes the page scroll sideways', async () => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(server.url);
    await waitForStory(page);
    const problems: string[] = [];
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await waitForGraphicToSettle(page);
      problems.push(...(await horizontalOverflow(page)).map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('logged no errors', () => {
    expect(watched.errors).toEqual([]);
  });
});
