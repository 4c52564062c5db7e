/**
 * The iframe is exactly as tall as the document inside it, on host pages
 * of another origin running the real pym.js (data-pym-src auto-init) and
 * @newswire/frames (autoInitFrames), and for the plain iframe of fixed
 * height, where the view fills the frame instead. One page per host kind,
 * resized 320 → 768 → 1280 → 320 px: at each width the frame fits after the
 * resize and again after a step change.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { FIXED_HEIGHTS } from '../../src/lib/embed/embedSnippets.ts';
import type { View } from '../../src/lib/embed/readEmbedParams.ts';
import { readSteps } from '../helpers/story.ts';
import {
  expectFrameFitsDocument,
  type Fit,
  openHostPage,
  scrollHostToStep,
  useEmbedSite,
  type HostKind,
} from '../helpers/embedHosts.ts';

const steps = readSteps();
/** The host page's widths in turn: every resize changes the layout, and the last goes back down. */
const WIDTHS = [320, 768, 1280, 320] as const;

const site = useEmbedSite();

/** A new page on the host page for `kind`, `width` px wide (800 high), with the story's frame started. */
async function openHostAt(kind: HostKind, width: number, view: View) {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  return { page, ...(await openHostPage(page, site.servers, kind, { view })) };
}

/** Resizes the host page and waits until the frame inside has the new width. */
async function resizeHost(page: Page, frame: Frame, from: number, to: number, height = 800) {
  await page.setViewportSize({ width: to, height });
  await frame.waitForFunction((w) => Math.abs(window.innerWidth - w) > 40, from - 24);
}

describe.each(['pym', 'frames', 'plain'] as const)('%s host', (kind) => {
  it(`the stepper at ${WIDTHS.join(' → ')} px: the frame fits its document after each resize and step change`, async () => {
    const { page, iframe, frame } = await openHostAt(kind, WIDTHS[0], 'stepper');
    await frame.waitForSelector('[data-step-id][aria-current="step"]');
    expect(await frame.evaluate(() => document.documentElement.dataset.frame)).toBe(
      kind === 'plain' ? 'fixed' : 'auto',
    );
    const current = () =>
      frame.evaluate(() =>
        document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id'),
      );
    let forward = true;
    for (const [i, width] of WIDTHS.entries()) {
      if (i > 0) await resizeHost(page, frame, WIDTHS[i - 1]!, width);
      const first = await expectFrameFitsDocument(iframe, frame, `${kind} ${width}px`);
      // Steps have texts of different lengths: step on (forward, then back
      // at the next width) until one changes the document's height, so the
      // frame is seen to follow a change. A fixed frame is walked through
      // every step: each time it keeps the snippet's height.
      const button = frame.getByRole('button', { name: forward ? /next/i : /previous/i });
      const index = steps.map((step) => step.id).indexOf((await current()) ?? '');
      const order = forward ? steps.slice(index + 1) : steps.slice(0, index).reverse();
      let changed: Fit | null = null;
      const fixedHeights: number[] = [first.frameHeight];
      for (const step of order) {
        await button.click();
        await expect.poll(current).toBe(step.id);
        const fit = await expectFrameFitsDocument(
          iframe,
          frame,
          `${kind} ${width}px at ${step.id}`,
        );
        fixedHeights.push(fit.frameHeight);
        if (kind !== 'plain' && Math.abs(fit.documentHeight - first.documentHeight) > 2) {
          changed = fit;
          break;
        }
      }
      if (kind === 'plain') {
        expect(fixedHeights).toEqual(fixedHeights.map(() => FIXED_HEIGHTS.stepper));
        expect(fixedHeights).toHaveLength(steps.length);
      } else expect(changed, `${kind} ${width}px: no step changed the height`).not.toBeNull();
      forward = !forward;
    }
    await page.close();
  });
});

describe.each(['pym', 'frames'] as const)('%s host with the whole story', (kind) => {
  it(`at ${WIDTHS.join(' → ')} px: the frame fits its document after each resize and step change`, async () => {
    const { page, iframe, frame } = await openHostAt(kind, WIDTHS[0], 'story');
    for (const [i, width] of WIDTHS.entries()) {
      if (i > 0) await resizeHost(page, frame, WIDTHS[i - 1]!, width, 700 + 50 * i);
      await expectFrameFitsDocument(iframe, frame, `${kind} story ${width}px`);
      const step = steps[2 + 2 * i]!;
      await scrollHostToStep(iframe, frame, step.id);
      await frame.waitForFunction(
        (id) => document.documentElement.dataset.activeStep === id,
        step.id,
      );
      await expectFrameFitsDocument(iframe, frame, `${kind} story ${width}px at step ${step.id}`);
    }
    await page.close();
  });
});
