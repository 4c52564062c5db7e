/**
 * Resizing and rotating: a reader who narrows a desktop window to a phone's
 * width, or turns a phone, stays on the step they were reading; the active
 * step is still the one at the trigger line, the graphic refits, and at
 * 320 px nothing makes the page scroll sideways.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollToStep, waitForStory } from '../helpers/browser.ts';
import { useSite } from '../helpers/site.ts';
import {
  expectStepShown,
  openStory,
  readSteps,
  stepAtTriggerLine,
  waitForGraphicToSettle,
} from '../helpers/story.ts';

const steps = readSteps();

const site = useSite({ browser: { reducedMotion: 'reduce' } });

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
  const tab = openStory(site, { load: false });

  it.each(steps.filter((_, i) => i % 3 === 1).map((s) => [s.id]))(
    'from 1280 to 320 px wide keeps step %s, at the trigger line, with the graphic fitting the width',
    async (id) => {
      await tab.page.setViewportSize({ width: 1280, height: 800 });
      await tab.page.goto(site.server.url);
      await waitForStory(tab.page);
      await scrollToStep(tab.page, id);
      await waitForGraphicToSettle(tab.page);
      await tab.page.setViewportSize({ width: 320, height: 640 });
      await tab.page.waitForFunction(
        () => (document.querySelector('svg.map')?.getBoundingClientRect().width ?? 999) <= 320,
      );
      await waitForGraphicToSettle(tab.page);
      expect(await stepAtTriggerLine(tab.page)).toBe(id);
      await expectStepShown(tab.page, id);
      expect(await horizontalOverflow(tab.page)).toEqual([]);
    },
  );

  it('back from 320 to 1280 px keeps the step too', async () => {
    const id = steps[steps.length - 3]!.id;
    await tab.page.setViewportSize({ width: 320, height: 640 });
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    await scrollToStep(tab.page, id);
    await tab.page.setViewportSize({ width: 1280, height: 800 });
    await tab.page.waitForFunction(
      () => (document.querySelector('svg.map')?.getBoundingClientRect().width ?? 0) > 400,
    );
    await waitForGraphicToSettle(tab.page);
    expect(await stepAtTriggerLine(tab.page)).toBe(id);
    await expectStepShown(tab.page, id);
  });

  it('turning a phone to landscape and back keeps the step', async () => {
    const id = steps[Math.floor(steps.length / 2)]!.id;
    await tab.page.setViewportSize({ width: 375, height: 740 });
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    await scrollToStep(tab.page, id);
    for (const size of [
      { width: 740, height: 375 },
      { width: 375, height: 740 },
    ]) {
      await tab.page.setViewportSize(size);
      await tab.page.waitForFunction(
        (w) => Math.round(document.querySelector('svg.map')!.getBoundingClientRect().right) <= w,
        size.width,
      );
      await waitForGraphicToSettle(tab.page);
      expect(await stepAtTriggerLine(tab.page)).toBe(id);
      await expectStepShown(tab.page, id);
    }
  });

  it('at 320 px, no step makes the page scroll sideways', async () => {
    await tab.page.setViewportSize({ width: 320, height: 568 });
    await tab.page.goto(site.server.url);
    await waitForStory(tab.page);
    const problems: string[] = [];
    for (const step of steps) {
      await scrollToStep(tab.page, step.id);
      await waitForGraphicToSettle(tab.page);
      problems.push(...(await horizontalOverflow(tab.page)).map((p) => `${step.id}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('logged no errors', () => {
    expect(tab.watched.errors).toEqual([]);
  });
});
