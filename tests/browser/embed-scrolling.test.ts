/**
 * The whole story embedded in an auto-height iframe on a host page of
 * another origin: the host page scrolls, not the frame. At every step the
 * map must be on the reader's screen and the active step (read inside the
 * frame) must be the one at the reader's trigger line, as on the story's
 * own page. Shown with the real pym.js and @newswire/frames, with the
 * implicit-root IntersectionObserver, with pym's viewport messages alone,
 * and with neither (the stepper takes over).
 */
import { describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'playwright-core';
import { readSteps } from '../helpers/story.ts';
import {
  expectFrameFitsDocument,
  openHostPage,
  readEmbeddedStory,
  scrollHostToStep,
  useEmbedSite,
  type HostKind,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
const site = useEmbedSite();

async function openHost(
  kind: HostKind,
  size: { width: number; height: number },
  withoutObserver = false,
) {
  const page = await site.browser.context.newPage();
  await page.setViewportSize(size);
  if (withoutObserver) {
    // Takes IntersectionObserver away from the story's frame only, as in a browser without it.
    await page.addInitScript((childOrigin) => {
      if (location.origin === childOrigin)
        delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    }, site.servers.child.origin);
  }
  const { iframe, frame } = await openHostPage(page, site.servers, kind, { view: 'story' });
  return { page, iframe, frame };
}

/** Scrolls the host to each step in `order`; each must become active with the map on the host's screen. */
async function expectStepsFollowHostScroll(
  page: Page,
  iframe: ElementHandle<HTMLIFrameElement>,
  frame: Frame,
  order: typeof steps,
  label: string,
) {
  for (const step of order) {
    await scrollHostToStep(iframe, frame, step.id);
    await expect
      .poll(
        async () => {
          const seen = await readEmbeddedStory(iframe, frame);
          const map = seen.map;
          return {
            ...seen,
            mapOnScreen:
              !!map && map.height > 100 && map.top >= -1 && map.bottom <= seen.viewportHeight + 1,
          };
        },
        { timeout: 10_000, message: `${label}, step ${step.id}` },
      )
      .toMatchObject({
        active: step.id,
        current: [step.id],
        atTrigger: step.id,
        mapOnScreen: true,
      });
  }
}

describe.each([
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
])('the whole story on a host page $width px wide', (size) => {
  it.each(['pym', 'frames'] as const)(
    'with %s: every step activates at the trigger line with the map on screen, down and back up',
    async (kind) => {
      const { page, iframe, frame } = await openHost(kind, size);
      expect(await frame.evaluate(() => document.documentElement.dataset.frame)).toBe(
        'host-scroll',
      );
      await expectStepsFollowHostScroll(page, iframe, frame, steps, `${kind} down`);
      await expectStepsFollowHostScroll(page, iframe, frame, [...steps].reverse(), `${kind} up`);
      await expectFrameFitsDocument(iframe, frame, `${kind} after scrolling`);
      await page.close();
    },
  );
});

describe('without IntersectionObserver in the frame', () => {
  it("follows pym.js's viewport messages: every step activates with the map on screen", async () => {
    const { page, iframe, frame } = await openHost('pym', { width: 1280, height: 800 }, true);
    // The condition under test: the frame has no observer (the host page keeps its own).
    expect(await frame.evaluate(() => typeof window.IntersectionObserver)).toBe('undefined');
    expect(await page.evaluate(() => typeof window.IntersectionObserver)).toBe('function');
    await frame.waitForFunction(() => document.documentElement.dataset.frame === 'host-scroll');
    await frame.waitForSelector('.scrolly .step[data-step-id]');
    await expectStepsFollowHostScroll(page, iframe, frame, steps, 'pym messages only');
    await expectFrameFitsDocument(iframe, frame, 'pym messages only');
    await page.close();
  });

  it('falls back to the stepper when the host tells nothing either (@newswire/frames)', async () => {
    const { page, iframe, frame } = await openHost('frames', { width: 1280, height: 800 }, true);
    expect(await frame.evaluate(() => typeof window.IntersectionObserver)).toBe('undefined');
    expect(await frame.evaluate(() => document.documentElement.dataset.frame)).toBe('stepper');
    expect(await frame.locator('.scrolly').count()).toBe(0);
    const current = () =>
      frame.locator('[data-step-id][aria-current="step"]').getAttribute('data-step-id');
    expect(await current()).toBe(steps[0]!.id);
    await frame.getByRole('button', { name: /next/i }).click();
    expect(await current()).toBe(steps[1]!.id);
    await expectFrameFitsDocument(iframe, frame, 'stepper fallback');
    await page.close();
  });
});
